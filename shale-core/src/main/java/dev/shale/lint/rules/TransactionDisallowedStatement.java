package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.NonTransactional;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement;

/**
 * Statements that PostgreSQL refuses inside a transaction block (PreventInTransactionBlock):
 * VACUUM, CREATE/DROP DATABASE, CREATE/DROP TABLESPACE, ALTER SYSTEM, REINDEX
 * SYSTEM/DATABASE/SCHEMA, a bare CLUSTER, COMMIT/ROLLBACK PREPARED. (CONCURRENTLY statements are
 * concurrently-in-transaction's; ADD VALUE before PostgreSQL 12 is enum-value-in-transaction's.)
 * ANALYZE runs in a transaction, so it is not here.
 */
public final class TransactionDisallowedStatement implements LintRule {
  /** The kinds of opaque statements that cannot run in a transaction block. */
  @Override
  public Rule rule() {
    return Rule.NOT_IN_TRANSACTION;
  }

  @Override
  public Example example() {
    return new Example("VACUUM ANALYZE orders;", "-- shale:no-transaction\nVACUUM ANALYZE orders;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!context.inTransaction()) {
      return;
    }
    String what = disallowed(context.statement());
    if (what == null) {
      return;
    }
    out.add(
        context.source(),
        what
            + " cannot run inside a transaction block"
            + (context.toolTransaction()
                ? ", and the migration tool runs this file in one"
                : " (this file opened one with BEGIN)")
            + ": the migration fails here",
        null);
  }

  private static String disallowed(ParsedStatement statement) {
    return NonTransactional.otherwise(statement);
  }
}
