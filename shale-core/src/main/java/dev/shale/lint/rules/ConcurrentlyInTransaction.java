package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.NonTransactional;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement;

/**
 * CREATE INDEX, DROP INDEX, REINDEX and DETACH PARTITION with CONCURRENTLY fail inside a
 * transaction block. (REFRESH MATERIALIZED VIEW CONCURRENTLY runs in one, so it is not here.)
 */
public final class ConcurrentlyInTransaction implements LintRule {
  @Override
  public Rule rule() {
    return Rule.CONCURRENTLY_IN_TRANSACTION;
  }

  @Override
  public Example example() {
    return new Example(
        "BEGIN;\nCREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\nCOMMIT;",
        "-- shale:no-transaction\n"
            + "CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!context.inTransaction()) {
      return;
    }
    String what = concurrently(context.statement());
    if (what == null) {
      return;
    }
    out.add(
        context.source(),
        what
            + " CONCURRENTLY cannot run inside a transaction block"
            + (context.toolTransaction()
                ? ", and the migration tool runs this file in one"
                : " (this file opened one with BEGIN)")
            + ": the migration fails here",
        null);
  }

  private static String concurrently(ParsedStatement statement) {
    return NonTransactional.concurrently(statement);
  }
}
