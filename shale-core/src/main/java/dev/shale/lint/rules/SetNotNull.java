package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.lint.StatementCost;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * {@code SET NOT NULL} scans the table under ACCESS EXCLUSIVE, unless (PostgreSQL 12+) a valid
 * CHECK constraint already proves the column not null.
 */
public final class SetNotNull implements LintRule {
  @Override
  public Rule rule() {
    return Rule.SET_NOT_NULL;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
        "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT"
            + " VALID;\n"
            + "-- in a later migration:\n"
            + "ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n"
            + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
            + "ALTER TABLE users DROP CONSTRAINT users_email_not_null;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.SetNotNull set && !proven(context, alter, set)) {
        String check = Facts.name(alter.table().name() + "_" + set.column() + "_not_null");
        String column = Facts.name(set.column());
        out.add(
            context.source(),
            action.span(),
            "SET NOT NULL on "
                + alter.table()
                + "."
                + column
                + " scans every row under an ACCESS EXCLUSIVE lock"
                + (context.pgVersion() >= 12
                    ? ": no valid CHECK (" + column + " IS NOT NULL) is known on the table"
                    : ""),
            context.pgVersion() >= 12
                ? "ALTER TABLE "
                    + alter.table()
                    + " ADD CONSTRAINT "
                    + check
                    + " CHECK ("
                    + column
                    + " IS NOT NULL) NOT VALID; then, in a later migration, ALTER TABLE "
                    + alter.table()
                    + " VALIDATE CONSTRAINT "
                    + check
                    + "; and this SET NOT NULL (no scan), then DROP CONSTRAINT "
                    + check
                : null);
      }
    }
  }

  private static boolean proven(
      StatementContext context, AlterTable alter, AlterTableAction.SetNotNull set) {
    return StatementCost.provenNotNull(context, alter.table(), set.column());
  }
}
