package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.Cluster;

/**
 * {@code CLUSTER} rewrites a table (a bare CLUSTER: every clustered table) under ACCESS EXCLUSIVE.
 */
public final class ClusterTable implements LintRule {
  @Override
  public Rule rule() {
    return Rule.CLUSTER;
  }

  @Override
  public Example example() {
    return new Example(
        "CLUSTER orders USING orders_created_idx;",
        "-- outside migrations, online:\n-- pg_repack --table=orders --order-by=created_at");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Cluster cluster)
        || cluster.table() != null && context.isNew(cluster.table())) {
      return;
    }
    out.add(
        context.source(),
        "CLUSTER rewrites "
            + (cluster.table() == null
                ? "every table that has a clustered index"
                : cluster.table().toString())
            + " and its indexes in index order under an ACCESS EXCLUSIVE lock: reads and writes"
            + " wait for the whole rewrite",
        null);
  }
}
