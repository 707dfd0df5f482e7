package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement.Drop;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;

/**
 * DROP TYPE (an enum, composite or range type) that existed before this deploy: code that casts to
 * it or uses it fails; with CASCADE, the columns of that type are dropped too.
 */
public final class DroppingEnum implements LintRule {
  @Override
  public Rule rule() {
    return Rule.DROP_ENUM;
  }

  @Override
  public Example example() {
    return new Example(
        "DROP TYPE order_status;",
        "-- after a deploy whose code no longer uses order_status:\n"
            + "-- shale:ignore drop-enum\n"
            + "DROP TYPE order_status;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Drop drop) || drop.kind() != ObjectKind.TYPE) {
      return;
    }
    List<QualifiedName> existing =
        drop.names().stream()
            .filter(n -> !SameDeploy.created(context, ObjectKind.TYPE, n))
            .toList();
    if (existing.isEmpty()) {
      return;
    }
    out.add(
        context.source(),
        "drops type "
            + RenamingObject.names(existing)
            + (drop.cascade() ? " and, with CASCADE, every column of that type with its data" : "")
            + ": running code that casts to it or uses it fails",
        null);
  }
}
