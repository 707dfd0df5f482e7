package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;

/** A json column (or domain): no equality operator, and every read parses the text again. */
public final class PreferJsonb implements LintRule {
  @Override
  public Rule rule() {
    return Rule.PREFER_JSONB;
  }

  @Override
  public Example example() {
    return new Example(
        "CREATE TABLE events (id bigint PRIMARY KEY, payload json);",
        "CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);");
  }

  @Override
  public void check(StatementContext context, Report out) {
    for (TypedColumns.Typed c : TypedColumns.of(context)) {
      if (c.type().name().equals("json")) {
        out.add(
            context.source(),
            c.span(),
            c.where()
                + " is json: it has no equality operator, so DISTINCT, GROUP BY, UNION and unique"
                + " indexes on it fail, and every read parses the text again; use jsonb",
            null);
      }
    }
  }
}
