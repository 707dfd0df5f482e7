package dev.shale.lint.rules;

import dev.shale.lint.KnownSchema;
import dev.shale.lint.LintRule;
import dev.shale.lint.Lock;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.lint.StatementCost;
import dev.shale.sql.LockMode;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A statement that runs after another statement of the same transaction took ACCESS EXCLUSIVE on an
 * existing relation: the relation stays blocked for reads and writes while it runs. Reported once
 * per transaction, on the first such statement. Transaction control, settings (SET, RESET,
 * set_config, SET TRANSACTION, SET CONSTRAINTS), COMMENT ON and GRANT/REVOKE do not count: they
 * only touch the catalog and end at once.
 */
public final class StatementsAfterAccessExclusive implements LintRule {
  @Override
  public Rule rule() {
    return Rule.AFTER_ACCESS_EXCLUSIVE;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ADD COLUMN note text;\nUPDATE orders SET note = '' WHERE note IS NULL;",
        "ALTER TABLE orders ADD COLUMN note text;\n"
            + "-- in a later migration:\n"
            + "UPDATE orders SET note = '' WHERE note IS NULL;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!context.inTransaction() || !counts(context.statement())) {
      return;
    }
    List<StatementContext> earlier = context.earlierInTransaction();
    int first = -1;
    for (int i = 0; i < earlier.size() && first < 0; i++) {
      if (earlier.get(i).takesAccessExclusive()) {
        first = i;
      }
    }
    if (first < 0) {
      return;
    }
    Set<String> held = new HashSet<>();
    for (int i = first; i < earlier.size(); i++) {
      for (Lock lock : earlier.get(i).locks()) {
        if (lock.mode() == LockMode.ACCESS_EXCLUSIVE) {
          held.add(KnownSchema.key(lock.relation()));
        }
      }
    }
    for (int i = first + 1; i < earlier.size(); i++) {
      if (prolongs(earlier.get(i), held)) {
        return;
      }
    }
    if (!prolongs(context, held)) {
      return;
    }
    StatementContext holder = earlier.get(first);
    Lock lock =
        holder.locks().stream()
            .filter(l -> l.mode() == LockMode.ACCESS_EXCLUSIVE)
            .findFirst()
            .orElseThrow();
    out.add(
        context.source(),
        "runs while the ACCESS EXCLUSIVE lock that line "
            + holder.source().line()
            + " took on "
            + lock.relation()
            + " is still held, and "
            + (StatementCost.growsWithTable(context)
                ? "it reads or writes every row of a table"
                : "it locks another table too")
            + ": every query on "
            + lock.relation()
            + " waits until it, and the rest of the transaction, end",
        "end the transaction right after line "
            + holder.source().line()
            + " and move this statement and the ones after it to another migration");
  }

  /**
   * Whether the statement keeps the lock for long (it takes time that grows with a table) or widens
   * what waits (it locks another table, which also risks a deadlock). A brief change of the same
   * table adds nothing that matters.
   */
  private static boolean prolongs(StatementContext context, Set<String> held) {
    if (!counts(context.statement())) {
      return false;
    }
    return StatementCost.growsWithTable(context)
        || context.locks().stream().anyMatch(l -> !held.contains(KnownSchema.key(l.relation())));
  }

  /** Whether the statement holds the lock any longer than an instant. */
  private static boolean counts(ParsedStatement statement) {
    if (statement instanceof ParsedStatement.Transaction
        || statement instanceof ParsedStatement.SetVariable
        || statement instanceof ParsedStatement.ResetVariable
        || statement instanceof ParsedStatement.SetConfig
        || statement instanceof ParsedStatement.CommentOn
        || statement instanceof ParsedStatement.Grant) {
      return false;
    }
    return !(statement instanceof ParsedStatement.Opaque opaque
        && (opaque.kind().startsWith("SET ") || opaque.kind().equals("SHOW")));
  }
}
