package dev.shale.lint;

import dev.shale.sql.parse.AlterTableAction.DetachPartition;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import dev.shale.sql.parse.ParsedStatement.Cluster;
import dev.shale.sql.parse.ParsedStatement.CreateIndex;
import dev.shale.sql.parse.ParsedStatement.Drop;
import dev.shale.sql.parse.ParsedStatement.Opaque;
import dev.shale.sql.parse.ParsedStatement.Reindex;
import dev.shale.sql.parse.ParsedStatement.Transaction;
import dev.shale.sql.parse.ParsedStatement.TransactionKind;
import dev.shale.sql.parse.ParsedStatement.Vacuum;
import java.util.Set;

/** The statements PostgreSQL refuses inside a transaction block, by what they are. */
public final class NonTransactional {
  private static final Set<String> OPAQUE =
      Set.of("CREATE DATABASE", "CREATE TABLESPACE", "ALTER SYSTEM", "DISCARD ALL");

  private NonTransactional() {}

  /** The statement's CONCURRENTLY form, e.g. {@code CREATE INDEX}, or null. */
  public static String concurrently(ParsedStatement statement) {
    if (statement instanceof CreateIndex index && index.concurrently()) {
      return "CREATE INDEX";
    }
    if (statement instanceof Drop drop && drop.concurrently()) {
      return "DROP INDEX";
    }
    if (statement instanceof Reindex reindex && reindex.concurrently()) {
      return "REINDEX";
    }
    if (statement instanceof AlterTable alter
        && alter.actions().stream()
            .anyMatch(a -> a instanceof DetachPartition d && d.concurrently())) {
      return "DETACH PARTITION";
    }
    return null;
  }

  /** What else cannot run in a transaction block (VACUUM, CREATE DATABASE, …), or null. */
  public static String otherwise(ParsedStatement statement) {
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

  /** Whether the statement cannot run inside a transaction block at all. */
  public static boolean refused(ParsedStatement statement) {
    return concurrently(statement) != null || otherwise(statement) != null;
  }
}
