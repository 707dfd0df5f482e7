package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * DROP COLUMN on a table that existed before this deploy loses the column's data, and running code
 * that still reads or writes it fails. A column added earlier in the same deploy is no finding, nor
 * the contract of expand and contract (after the drop of its trigger), which {@code
 * contract-column} judges.
 */
public final class DroppingColumn implements LintRule {
  @Override
  public Rule rule() {
    return Rule.DROP_COLUMN;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE users DROP COLUMN legacy_name;",
        "-- after a deploy whose code no longer reads or writes legacy_name:\n"
            + "-- shale:ignore drop-column\n"
            + "ALTER TABLE users DROP COLUMN legacy_name;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter)
        || context.isNew(alter.table())
        || context.schema().contracts(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.DropColumn drop
          && !SameDeploy.columnAdded(context, alter.table(), drop.column())) {
        out.add(
            context.source(),
            action.span(),
            "DROP COLUMN "
                + alter.table()
                + "."
                + drop.column()
                + " deletes the column's data"
                + (drop.cascade() ? " and, with CASCADE, the views and constraints using it" : "")
                + ", and running code that still reads or writes "
                + drop.column()
                + " fails",
            null);
      }
    }
  }
}
