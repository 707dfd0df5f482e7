package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * {@code DETACH PARTITION} without CONCURRENTLY (PostgreSQL 14+) takes ACCESS EXCLUSIVE on the
 * partitioned table: every query on every partition waits.
 */
public final class DetachPartitionNonConcurrent implements LintRule {
  @Override
  public Rule rule() {
    return Rule.DETACH_PARTITION_NON_CONCURRENT;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE measurements DETACH PARTITION measurements_2020;",
        "-- shale:no-transaction\n"
            + "ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;");
  }

  @Override
  public boolean appliesTo(int pgVersion) {
    return pgVersion >= 14;
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.DetachPartition detach
          && !detach.concurrently()
          && !detach.finalizing()) {
        out.add(
            context.source(),
            action.span(),
            "DETACH PARTITION "
                + detach.partition()
                + " takes an ACCESS EXCLUSIVE lock on "
                + alter.table()
                + ": every query on every partition waits until the detach ends",
            "ALTER TABLE "
                + alter.table()
                + " DETACH PARTITION "
                + detach.partition()
                + " CONCURRENTLY; in a migration of its own that starts with --"
                + " shale:no-transaction");
      }
    }
  }
}
