package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;

/** A timestamp without time zone column or domain. */
public final class PreferTimestamptz implements LintRule {
  @Override
  public Rule rule() {
    return Rule.PREFER_TIMESTAMPTZ;
  }

  @Override
  public Example example() {
    return new Example(
        "CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamp);",
        "CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz);");
  }

  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public void check(StatementContext context, Report out) {
    for (TypedColumns.Typed c : TypedColumns.of(context)) {
      if (c.type().name().equals("timestamp without time zone")) {
        out.add(
            context.source(),
            c.span(),
            c.where()
                + " is timestamp without time zone: its values carry no zone and shift when the"
                + " server or a session runs in another time zone",
            "use timestamptz for " + c.column());
      }
    }
  }
}
