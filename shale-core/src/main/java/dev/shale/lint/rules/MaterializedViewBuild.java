package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.CreateView;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code CREATE MATERIALIZED VIEW} without {@code WITH NO DATA} runs its whole query inside the
 * migration. When the query reads only tables created in this deploy (empty), that is instant.
 */
public final class MaterializedViewBuild implements LintRule {
  @Override
  public Rule rule() {
    return Rule.MATERIALIZED_VIEW_BUILD;
  }

  @Override
  public Example example() {
    return new Example(
        "CREATE MATERIALIZED VIEW daily_sales AS SELECT day, sum(total) FROM orders GROUP BY day;",
        "CREATE MATERIALIZED VIEW daily_sales AS SELECT day, sum(total) FROM orders GROUP BY day"
            + " WITH NO DATA;\n"
            + "-- then, outside the migration: REFRESH MATERIALIZED VIEW daily_sales;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof CreateView view)
        || !view.materialized()
        || !view.withData()) {
      return;
    }
    List<QualifiedName> existing = view.reads().stream().filter(t -> !context.isNew(t)).toList();
    if (existing.isEmpty()) {
      return;
    }
    out.add(
        context.source(),
        "CREATE MATERIALIZED VIEW "
            + view.name()
            + " runs its query over "
            + existing.stream().map(QualifiedName::toString).collect(Collectors.joining(", "))
            + " inside the migration, which lasts as long as the query does",
        "end it WITH NO DATA and REFRESH MATERIALIZED VIEW "
            + view.name()
            + " outside the migration");
  }
}
