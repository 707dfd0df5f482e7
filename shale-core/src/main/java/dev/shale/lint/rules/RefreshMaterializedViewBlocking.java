package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.RefreshMaterializedView;

/**
 * {@code REFRESH MATERIALIZED VIEW} without CONCURRENTLY runs the view's query under ACCESS
 * EXCLUSIVE: nobody can read the view meanwhile. {@code WITH NO DATA} runs no query and a view
 * created in this deploy has no readers, so both are left alone.
 */
public final class RefreshMaterializedViewBlocking implements LintRule {
  @Override
  public Rule rule() {
    return Rule.REFRESH_MATVIEW_BLOCKING;
  }

  @Override
  public Example example() {
    return new Example(
        "REFRESH MATERIALIZED VIEW daily_sales;",
        "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales; -- needs a unique index on the view");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof RefreshMaterializedView refresh)
        || refresh.concurrently()
        || !refresh.withData()
        || context.isNew(refresh.name())) {
      return;
    }
    out.add(
        context.source(),
        "REFRESH MATERIALIZED VIEW "
            + refresh.name()
            + " runs its whole query under an ACCESS EXCLUSIVE lock: every read of the view waits"
            + " until it ends",
        SqlEdits.insertAfterKeyword(context.source().sql(), "view", "CONCURRENTLY")
            + " (the view needs a unique index)");
  }
}
