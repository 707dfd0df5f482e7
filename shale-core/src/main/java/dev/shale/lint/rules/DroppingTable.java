package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement.Drop;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;

/** DROP TABLE of a table that existed before this deploy: its rows are gone, its users break. */
public final class DroppingTable implements LintRule {
  @Override
  public Rule rule() {
    return Rule.DROP_TABLE;
  }

  @Override
  public Example example() {
    return new Example(
        "DROP TABLE legacy_orders;",
        "-- after a deploy whose code no longer uses legacy_orders, with a backup:\n"
            + "-- shale:ignore drop-table\n"
            + "DROP TABLE legacy_orders;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Drop drop) || drop.kind() != ObjectKind.TABLE) {
      return;
    }
    List<String> existing =
        drop.names().stream().filter(n -> !context.isNew(n)).map(QualifiedName::toString).toList();
    if (existing.isEmpty()) {
      return;
    }
    out.add(
        context.source(),
        "DROP TABLE deletes every row of "
            + String.join(", ", existing)
            + (drop.cascade() ? " (and, with CASCADE, the views and foreign keys on it)" : "")
            + ", and running code that still uses "
            + (existing.size() == 1 ? "it" : "them")
            + " fails",
        null);
  }
}
