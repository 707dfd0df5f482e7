package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;

/** A varchar(n) column or domain: the limit can later only shrink with a rewrite. */
public final class PreferTextField implements LintRule {
  @Override
  public Rule rule() {
    return Rule.PREFER_TEXT_FIELD;
  }

  @Override
  public Example example() {
    return new Example(
        "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));",
        "CREATE TABLE users (id bigint PRIMARY KEY, email text CHECK (length(email) <= 255));");
  }

  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public void check(StatementContext context, Report out) {
    for (TypedColumns.Typed c : TypedColumns.of(context)) {
      if (c.type().name().equals("character varying") && !c.type().modifiers().isEmpty()) {
        out.add(
            context.source(),
            c.span(),
            c.where()
                + " is "
                + c.type()
                + ": the length limit is a constraint that only a table rewrite under ACCESS"
                + " EXCLUSIVE can tighten or turn into anything but a longer varchar or text",
            "use text for "
                + c.column()
                + " with CHECK (length("
                + c.column()
                + ") <= "
                + c.type().modifiers().get(0)
                + ")");
      }
    }
  }
}
