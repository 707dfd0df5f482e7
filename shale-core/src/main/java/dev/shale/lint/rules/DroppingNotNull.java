package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * DROP NOT NULL on a column of an existing table: code that reads the column as never null breaks
 * on the first NULL written by newer code.
 */
public final class DroppingNotNull implements LintRule {
  @Override
  public Rule rule() {
    return Rule.DROP_NOT_NULL;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;",
        "-- after a deploy whose readers of users.email handle NULL:\n"
            + "-- shale:ignore dropping-not-null\n"
            + "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.DropNotNull drop
          && !SameDeploy.columnAdded(context, alter.table(), drop.column())
          && !knownNullable(context, alter.table(), drop.column())) {
        out.add(
            context.source(),
            action.span(),
            "DROP NOT NULL lets NULL into "
                + alter.table()
                + "."
                + drop.column()
                + ": running code that reads it as never null breaks on the first NULL",
            null);
      }
    }
  }

  /**
   * A column the migrations created nullable and never made NOT NULL: the drop changes nothing. (A
   * serial column is NOT NULL without saying so.)
   */
  private static boolean knownNullable(
      StatementContext context, dev.shale.sql.parse.QualifiedName table, String column) {
    return context
        .schema()
        .table(table)
        .flatMap(t -> t.column(column))
        .map(c -> !c.notNull() && !c.type().name().endsWith("serial"))
        .orElse(false);
  }
}
