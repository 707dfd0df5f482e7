package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement.Drop;
import dev.shale.sql.parse.QualifiedName;
import java.util.Optional;

/**
 * {@code DROP INDEX} without CONCURRENTLY takes ACCESS EXCLUSIVE on the index's table. Indexes (or
 * tables) created in this deploy are left alone.
 */
public final class DropIndexNonConcurrent implements LintRule {
  @Override
  public Rule rule() {
    return Rule.DROP_INDEX_NON_CONCURRENT;
  }

  @Override
  public Example example() {
    return new Example(
        "DROP INDEX orders_customer_idx;",
        "-- shale:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Drop drop)
        || drop.kind() != ObjectKind.INDEX
        || drop.concurrently()) {
      return;
    }
    for (QualifiedName index : drop.names()) {
      Optional<QualifiedName> table = context.schema().tableOfIndex(index);
      if (context.isNew(index)
          || context.schema().isDropped(index)
          || table.map(context::isNew).orElse(false)) {
        continue;
      }
      out.add(
          context.source(),
          "DROP INDEX "
              + index
              + " takes an ACCESS EXCLUSIVE lock on "
              + table.map(QualifiedName::toString).orElse("its table")
              + ": every query on the table waits until the drop ends, and the drop waits for every"
              + " running query on it",
          drop.names().size() == 1 && !drop.cascade()
              ? SqlEdits.insertAfterKeyword(context.source().sql(), "index", "CONCURRENTLY")
                  + " (in a migration of its own that starts with -- shale:no-transaction)"
              : "DROP INDEX CONCURRENTLY each index on its own (CONCURRENTLY takes one index and"
                  + " no CASCADE), in migrations that start with -- shale:no-transaction");
      return;
    }
  }
}
