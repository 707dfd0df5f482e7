package dev.shale.sql;

import static dev.shale.sql.Identifiers.literal;
import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;

import dev.shale.diff.Change;
import dev.shale.diff.ColumnPair;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.stream.Stream;

/** The statements of expand and contract that no other change writes: backfill and contract. */
final class ExpandContractSql {
  private ExpandContractSql() {}

  /**
   * Heap pages updated per batch of a backfill: a few thousand rows, so that each batch holds its
   * row locks for a fraction of a second.
   */
  static final int PAGES_PER_BATCH = 64;

  /**
   * The backfill. Online: a loop over the table's pages by ctid range (a TID range scan, so each
   * batch reads only its pages), committing after each batch, outside any transaction; only rows
   * whose new column is still NULL are updated, so that a retry resumes. Plain (generate --simple,
   * push): one UPDATE in the migration's transaction. {@code firstOfItsStep}: the online backfill
   * step turns statement_timeout off once, before its first loop.
   */
  static void backfill(
      Change.Backfill c, boolean online, boolean firstOfItsStep, OnlineForms.Emitter out) {
    String table = qualified(c.table());
    String column = quote(c.column());
    // Only rows the trigger has not filled: a value that new code wrote is never overwritten, a
    // retry skips what is done, and no comparison needs an equality operator (json has none).
    String unfilled = column + " IS NULL AND " + c.value() + " IS NOT NULL";
    Risk risk = Risk.lockOnly(c.table(), LockMode.ROW_EXCLUSIVE);
    // In the expand's transaction: a conversion that names a missing column or gives the wrong
    // type fails here, and the trigger that would run it on every write is never committed.
    out.emit(
        Stage.MAIN,
        "-- the trigger's conversions, checked before it runs them: no row is changed\n"
            + c.check(),
        risk);
    if (!online) {
      out.emit(
          Stage.MAIN,
          "UPDATE " + table + " SET " + column + " = " + c.value() + " WHERE " + unfilled,
          risk);
      // The update queues the events of deferred constraints and constraint triggers; an ALTER
      // TABLE of the table later in the transaction fails while any is pending.
      out.emit(Stage.MAIN, "SET CONSTRAINTS ALL IMMEDIATE", Risk.NONE);
      return;
    }
    // statement_timeout counts over the whole DO block, its COMMITs notwithstanding: a table of a
    // few hundred million rows would outlast any sensible limit. Each batch is short, and
    // lock_timeout still bounds every wait; migrate puts the setting back after the migration.
    if (firstOfItsStep) {
      out.emit(Stage.BACKFILL, "SET statement_timeout = 0", Risk.NONE);
    }
    String tag = c.value().contains("$backfill$") ? "$shale_backfill$" : "$backfill$";
    String sql =
        "DO "
            + tag
            + "\nDECLARE\n  shale_pages bigint;\n  shale_done bigint := 0;\nBEGIN\n"
            + "  LOOP\n"
            + ("    shale_pages := pg_relation_size(" + literal(table) + "::regclass)")
            + " / current_setting('block_size')::bigint;\n"
            + "    EXIT WHEN shale_done >= shale_pages;\n"
            + ("    UPDATE " + table + " SET " + column + " = " + c.value() + "\n")
            + "      WHERE ctid >= format('(%s,0)', shale_done)::tid\n"
            + ("        AND ctid < format('(%s,0)', shale_done + " + PAGES_PER_BATCH + ")::tid\n")
            + ("        AND " + unfilled + ";\n")
            + "    COMMIT;\n"
            + ("    shale_done := shale_done + " + PAGES_PER_BATCH + ";\n")
            + "  END LOOP;\nEND\n"
            + tag;
    out.emit(Stage.BACKFILL, sql, risk);
  }

  /**
   * The contract, in one transaction: each statement takes the table's ACCESS EXCLUSIVE lock only
   * for a catalog change, and the transaction commits at once.
   */
  static void contract(Change.ContractColumn c, OnlineForms.Emitter out) {
    ColumnPair pair = c.pair();
    QualifiedName table = pair.table();
    Risk brief = Risk.lockOnly(table, LockMode.ACCESS_EXCLUSIVE);
    out.emit(
        Stage.MAIN, "DROP TRIGGER " + quote(pair.trigger()) + " ON " + qualified(table), brief);
    out.emit(Stage.MAIN, "DROP FUNCTION " + qualified(pair.function()) + "()", Risk.NONE);
    out.emit(
        Stage.MAIN,
        "ALTER TABLE " + qualified(table) + " DROP COLUMN " + quote(pair.old()),
        new Risk(
            Stream.concat(Stream.of(table), c.referenced().stream())
                .map(t -> new TableLock(t, LockMode.ACCESS_EXCLUSIVE))
                .toList(),
            false,
            false,
            false,
            true,
            List.of(Rule.CONTRACT_COLUMN)));
    if (!pair.replacement().equals(pair.finalName())) {
      out.emit(
          Stage.MAIN,
          "ALTER TABLE "
              + qualified(table)
              + " RENAME COLUMN "
              + quote(pair.replacement())
              + " TO "
              + quote(pair.finalName()),
          brief);
    }
    for (Change rename : c.renames()) {
      if (rename instanceof Change.RenameIndex r) {
        out.emit(
            Stage.MAIN,
            "ALTER INDEX " + qualified(table.schema(), r.from()) + " RENAME TO " + quote(r.to()),
            Risk.lockOnly(
                new QualifiedName(table.schema(), r.from()), LockMode.SHARE_UPDATE_EXCLUSIVE));
      } else if (rename instanceof Change.RenameConstraint r) {
        out.emit(
            Stage.MAIN,
            "ALTER TABLE "
                + qualified(table)
                + " RENAME CONSTRAINT "
                + quote(r.from())
                + " TO "
                + quote(r.to()),
            brief);
      }
    }
  }
}
