package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * {@code DISABLE ROW LEVEL SECURITY} on a table that exists: its policies stop applying at once, so
 * every role with privileges on the table sees and changes every row. Not a lock problem, a
 * security one, and easy to miss in review among schema changes.
 */
public final class RowSecurityDisabled implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ROW_SECURITY_DISABLED;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE documents DISABLE ROW LEVEL SECURITY;",
        "DROP POLICY own_documents ON documents;\n"
            + "CREATE POLICY own_documents ON documents USING (owner = current_user);");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.RowLevelSecurity security
          && security.mode().equals("DISABLE")) {
        out.add(
            context.source(),
            action.span(),
            "DISABLE ROW LEVEL SECURITY on "
                + alter.table()
                + " stops its policies: every role with privileges on it reads and writes all its"
                + " rows",
            null);
      }
    }
  }
}
