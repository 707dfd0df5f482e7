package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.AlterIndex;
import dev.shale.sql.parse.ParsedStatement.AlterMaterializedView;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import dev.shale.sql.parse.ParsedStatement.MoveAllInTablespace;

/**
 * {@code SET TABLESPACE} copies an existing table, index or materialized view file by file into the
 * new tablespace, holding ACCESS EXCLUSIVE on it for the whole copy (measured: its relfilenode
 * changes; an index's table is not locked, but every query that plans with the index or writes the
 * table waits for it). A partitioned table has no storage: only its default for new partitions
 * changes.
 */
public final class SetTablespace implements LintRule {
  @Override
  public Rule rule() {
    return Rule.SET_TABLESPACE;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE events SET TABLESPACE fast_disks;",
        "CREATE TABLE events_archive (id bigint, kind text) TABLESPACE fast_disks;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    ParsedStatement statement = context.statement();
    if (statement instanceof AlterTable alter) {
      if (context.isNew(alter.table())
          || context.schema().table(alter.table()).map(t -> t.partitioned()).orElse(false)) {
        return;
      }
      for (AlterTableAction action : alter.actions()) {
        if (action instanceof AlterTableAction.SetTablespace set) {
          out.add(
              context.source(),
              action.span(),
              copies("table " + alter.table(), set.tablespace())
                  + " (its indexes stay where they are)",
              null);
        }
      }
    } else if (statement instanceof AlterIndex index
        && index.action().equals("SET TABLESPACE")
        && !context.isNew(index.index())) {
      String table = context.schema().tableOfIndex(index.index()).map(t -> " " + t).orElse("");
      out.add(
          context.source(),
          copies("index " + index.index(), index.argument())
              + ": every query that uses the index, and every write to its table"
              + table
              + ", waits",
          null);
    } else if (statement instanceof AlterMaterializedView view
        && view.action().equals("SET TABLESPACE")
        && !context.isNew(view.view())) {
      out.add(context.source(), copies("materialized view " + view.view(), view.argument()), null);
    } else if (statement instanceof MoveAllInTablespace move) {
      String kinds =
          switch (move.kind()) {
            case INDEX -> "index";
            case MATERIALIZED_VIEW -> "materialized view";
            default -> "table";
          };
      out.add(
          context.source(),
          "moves every "
              + kinds
              + " in tablespace "
              + move.from()
              + (move.owners().isEmpty() ? "" : " owned by " + String.join(", ", move.owners()))
              + " to "
              + move.to()
              + ": each is copied under an ACCESS EXCLUSIVE lock, and "
              + (move.nowait()
                  ? "with NOWAIT the statement fails if any of them is in use"
                  : "it waits for every lock first, then holds them all until the transaction"
                      + " ends"),
          null);
    }
  }

  private static String copies(String what, String tablespace) {
    return "SET TABLESPACE copies "
        + what
        + " into tablespace "
        + tablespace
        + " under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole copy";
  }
}
