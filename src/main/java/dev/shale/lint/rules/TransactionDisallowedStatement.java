package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.Cluster;
import dev.shale.sql.parse.ParsedStatement.Drop;
import dev.shale.sql.parse.ParsedStatement.Opaque;
import dev.shale.sql.parse.ParsedStatement.Reindex;
import dev.shale.sql.parse.ParsedStatement.Transaction;
import dev.shale.sql.parse.ParsedStatement.TransactionKind;
import dev.shale.sql.parse.ParsedStatement.Vacuum;
import java.util.Set;

/**
 * Statements that PostgreSQL refuses inside a transaction block (PreventInTransactionBlock):
 * VACUUM, CREATE/DROP DATABASE, CREATE/DROP TABLESPACE, ALTER SYSTEM, REINDEX
 * SYSTEM/DATABASE/SCHEMA, a bare CLUSTER, COMMIT/ROLLBACK PREPARED. (CONCURRENTLY statements are
 * concurrently-in-transaction's; ADD VALUE before PostgreSQL 12 is enum-value-in-transaction's.)
 * ANALYZE runs in a transaction, so it is not here.
 */
public final class TransactionDisallowedStatement implements LintRule {
  /** The kinds of opaque statements that cannot run in a transaction block. */
  private static final Set<String> OPAQUE =
      Set.of("CREATE DATABASE", "CREATE TABLESPACE", "ALTER SYSTEM");

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
    if (statement instanceof Vacuum vacuum) {
      return vacuum.full() ? "VACUUM FULL" : "VACUUM";
    }
    if (statement instanceof Opaque opaque && OPAQUE.contains(opaque.kind())) {
      return opaque.kind();
    }
    if (statement instanceof Drop drop
        && (drop.kind() == ObjectKind.DATABASE || drop.kind() == ObjectKind.TABLESPACE)) {
      return "DROP " + drop.kind().keywords();
    }
    if (statement instanceof Reindex reindex
        && Set.of("SYSTEM", "DATABASE", "SCHEMA").contains(reindex.target())) {
      return "REINDEX " + reindex.target();
    }
    if (statement instanceof Cluster cluster && cluster.table() == null) {
      return "CLUSTER without a table name";
    }
    if (statement instanceof Transaction t
        && (t.kind() == TransactionKind.COMMIT_PREPARED
            || t.kind() == TransactionKind.ROLLBACK_PREPARED)) {
      return t.kind() == TransactionKind.COMMIT_PREPARED ? "COMMIT PREPARED" : "ROLLBACK PREPARED";
    }
    return null;
  }
}
