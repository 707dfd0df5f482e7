package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * The contract of expand and contract (the old column dropped after the drop of the trigger that
 * kept it in step) in the same deploy as its expand (the trigger's creation): the instances still
 * running the old code have had no deploy in which to move to the new column, so they break.
 */
public final class ContractInSameDeploy implements LintRule {
  @Override
  public Rule rule() {
    return Rule.CONTRACT_COLUMN;
  }

  @Override
  public Example example() {
    String expand =
        "ALTER TABLE users ADD COLUMN full_name text;\n"
            + "CREATE TRIGGER shale_sync_full_name BEFORE INSERT OR UPDATE ON users\n"
            + "  FOR EACH ROW EXECUTE FUNCTION shale_sync_users_full_name();\n";
    String contract =
        "DROP TRIGGER shale_sync_full_name ON users;\n"
            + "DROP FUNCTION shale_sync_users_full_name();\n"
            + "ALTER TABLE users DROP COLUMN name;";
    return new Example(
        expand + contract,
        "-- the expand shipped in an earlier deploy, and every instance now uses full_name:\n"
            + contract);
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter)
        || !context.schema().contractsWhatItExpanded(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.DropColumn drop) {
        out.add(
            context.source(),
            action.span(),
            "the contract drops "
                + alter.table()
                + "."
                + drop.column()
                + " in the same deploy as the expand that added its replacement: instances still"
                + " running the old code have had no deploy to move to the new column, and break",
            null);
      }
    }
  }
}
