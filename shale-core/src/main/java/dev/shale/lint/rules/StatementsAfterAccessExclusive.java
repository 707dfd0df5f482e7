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

  /** What the current transaction holds, kept as the statements go by. */
  private static final class Held {
    int transaction = -1;
    StatementContext holder;
    final Set<String> relations = new HashSet<>();
    boolean done;
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!context.inTransaction()) {
      return;
    }
    Held held = context.file().state(this, Held::new);
    if (held.transaction != context.transaction()) {
      held.transaction = context.transaction();
      held.holder = null;
      held.relations.clear();
      held.done = false;
    }
    StatementContext holder = held.holder;
    boolean report = holder != null && !held.done && prolongs(context, held.relations);
    if (holder == null && context.takesAccessExclusive()) {
      held.holder = context;
    }
    if (held.holder != null) {
      for (Lock lock : context.locks()) {
        if (lock.mode() == LockMode.ACCESS_EXCLUSIVE) {
          held.relations.add(KnownSchema.key(lock.relation()));
        }
      }
    }
    if (!report) {
      return;
    }
    held.done = true;
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
            + lock.table()
            + " is still held, and "
            + (StatementCost.growsWithTable(context)
                ? "it reads or writes every row of a table"
                : "it locks another table too")
            + ": every query on "
            + lock.table()
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
    if (context.statement() instanceof ParsedStatement.Rename rename
        && rename.kind() == dev.shale.sql.parse.ObjectKind.INDEX
        && rename.target() == ParsedStatement.RenameTarget.OBJECT) {
      // ALTER INDEX … RENAME locks only the index, in a mode no query's lock conflicts with
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
