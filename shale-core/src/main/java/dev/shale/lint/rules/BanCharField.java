package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;

/** A char(n) / character(n) / bpchar column or domain. */
public final class BanCharField implements LintRule {
  @Override
  public Rule rule() {
    return Rule.BAN_CHAR_FIELD;
  }

  @Override
  public Example example() {
    return new Example(
        "CREATE TABLE countries (code char(2) PRIMARY KEY);",
        "CREATE TABLE countries (code text PRIMARY KEY CHECK (length(code) = 2));");
  }

  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public void check(StatementContext context, Report out) {
    for (TypedColumns.Typed c : TypedColumns.of(context)) {
      String name = c.type().name();
      if (name.equals("character") || name.equals("bpchar")) {
        out.add(
            context.source(),
            c.span(),
            c.where()
                + " is "
                + c.type()
                + ": it pads values with spaces, compares them ignoring trailing spaces and is no"
                + " faster than text",
            "use text (with a CHECK on the length if it matters) for " + c.column());
      }
    }
  }
}
