package dev.shale.lint.rules;

import dev.shale.lint.KnownSchema;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.CreateIndex;

/** {@code CREATE INDEX} without CONCURRENTLY on a table that holds rows blocks its writes. */
public final class CreateIndexNonConcurrent implements LintRule {
  @Override
  public Rule rule() {
    return Rule.CREATE_INDEX_NON_CONCURRENT;
  }

  @Override
  public Example example() {
    return new Example(
        "CREATE INDEX orders_customer_idx ON orders (customer_id);",
        "-- shale:no-transaction\n"
            + "CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof CreateIndex index)
        || index.concurrently()
        || context.isNew(index.table())) {
      return;
    }
    boolean partitioned =
        context.schema().table(index.table()).map(KnownSchema.Table::partitioned).orElse(false);
    String name = index.name() == null ? "an index" : "index " + index.name();
    out.add(
        context.source(),
        "CREATE INDEX builds "
            + name
            + " on "
            + index.table()
            + " under a SHARE lock: every INSERT, UPDATE and DELETE on "
            + index.table()
            + " waits until the build ends",
        partitioned
            ? "CREATE INDEX … ON ONLY "
                + index.table()
                + " (instant, invalid), CREATE INDEX CONCURRENTLY on each partition, then"
                + " ALTER INDEX … ATTACH PARTITION for each"
            : SqlEdits.insertAfterKeyword(context.source().sql(), "index", "CONCURRENTLY"));
  }
}
