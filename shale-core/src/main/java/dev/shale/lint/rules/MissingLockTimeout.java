package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Lock;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;

/**
 * A statement that blocks writes (SHARE or stronger) on an existing table runs with no lock_timeout
 * in force: waiting behind one long query, it makes every query on the table queue. Statements that
 * take SHARE UPDATE EXCLUSIVE at most (CONCURRENTLY, VALIDATE) are left alone: they let reads and
 * writes through while they wait.
 */
public final class MissingLockTimeout implements LintRule {
  @Override
  public Rule rule() {
    return Rule.MISSING_LOCK_TIMEOUT;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ADD COLUMN note text;",
        "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (context.lockTimeout()) {
      return;
    }
    Lock lock = context.strongestLock();
    if (lock == null || !lock.blocksWrites()) {
      return;
    }
    out.add(
        context.source(),
        "takes "
            + lock
            + " with no lock_timeout in force: if it waits behind a long-running query, every"
            + (lock.blocksReads() ? " query" : " write")
            + " on "
            + lock.table()
            + " waits behind it",
        (context.inTransaction() ? "SET LOCAL" : "SET") + " lock_timeout = '5s'; before it");
  }
}
