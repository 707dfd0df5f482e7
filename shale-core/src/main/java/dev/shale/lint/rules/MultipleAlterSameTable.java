package dev.shale.lint.rules;

import dev.shale.lint.KnownSchema;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.lint.StatementCost;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Two or more ALTER TABLE statements on one existing table in one transaction: each takes its lock
 * again (and may scan or rewrite again) where one statement with all the actions would do it once.
 * Reported on the second. RENAME and SET SCHEMA are statements of their own in PostgreSQL's grammar
 * (they cannot be combined), so they are not counted.
 */
public final class MultipleAlterSameTable implements LintRule {
  @Override
  public Rule rule() {
    return Rule.MULTIPLE_ALTER_SAME_TABLE;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;\n"
            + "ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2) USING total::numeric;",
        "ALTER TABLE orders ALTER COLUMN quantity TYPE bigint,\n"
            + "  ALTER COLUMN total TYPE numeric(14, 2) USING total::numeric;");
  }

  /** The ALTER TABLEs that read or rewrite a table, per table, in the current transaction. */
  private static final class Seen {
    int transaction = -1;
    final Map<String, List<AlterTable>> alters = new HashMap<>();
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!context.inTransaction() || !(context.statement() instanceof AlterTable alter)) {
      return;
    }
    Seen seen = context.file().state(this, Seen::new);
    if (seen.transaction != context.transaction()) {
      seen.transaction = context.transaction();
      seen.alters.clear();
    }
    if (alter.foreign() || !StatementCost.growsWithTable(context)) {
      return;
    }
    List<AlterTable> same =
        seen.alters.computeIfAbsent(KnownSchema.key(alter.table()), k -> new ArrayList<>(3));
    if (same.size() < 3) {
      same.add(alter);
    }
    if (same.size() != 2 || same.get(1) != alter) {
      return;
    }
    AlterTable first = same.get(0);
    out.add(
        context.source(),
        "a second ALTER TABLE on "
            + alter.table()
            + " in this transaction (the first is on line "
            + first.source().line()
            + "): both read or rewrite every row, so the table is scanned twice while its lock is"
            + " held",
        combined(first, alter));
  }

  /**
   * One ALTER TABLE with the actions of both; null when their texts cannot be cut out, or when one
   * validates a constraint (VALIDATE belongs in a later transaction, not in the same statement).
   */
  private static String combined(AlterTable first, AlterTable second) {
    if (first.only() != second.only()
        || Stream.concat(first.actions().stream(), second.actions().stream())
            .anyMatch(a -> a instanceof AlterTableAction.ValidateConstraint)) {
      return null;
    }
    List<String> actions = new ArrayList<>();
    for (AlterTable a : List.of(first, second)) {
      for (AlterTableAction action : a.actions()) {
        String text = StatementText.slice(a.source(), action.span());
        if (text == null) {
          return null;
        }
        actions.add(text.strip());
      }
    }
    return "ALTER TABLE "
        + (first.only() ? "ONLY " : "")
        + first.table()
        + " "
        + String.join(", ", actions)
        + ";";
  }
}
