package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * A CHECK added to an existing table without NOT VALID scans every row under ACCESS EXCLUSIVE. So
 * does {@code ADD COLUMN … CHECK}: measured on PostgreSQL 15, the server reads the whole table to
 * check the new column, even when every value is NULL.
 */
public final class ConstraintMissingNotValid implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_CHECK;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);",
        "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;\n"
            + "-- in a later migration:\n"
            + "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.AddConstraint add
          && add.constraint() instanceof Constraint.Check check
          && !check.notValid()) {
        String name =
            check.name() != null ? Facts.name(check.name()) : alter.table().name() + "_check";
        out.add(
            context.source(),
            action.span(),
            "CHECK ("
                + check.expression()
                + ") on "
                + alter.table()
                + " is checked against every row under an ACCESS EXCLUSIVE lock: reads and writes"
                + " wait for the whole scan",
            "ALTER TABLE "
                + alter.table()
                + " ADD CONSTRAINT "
                + name
                + " CHECK ("
                + check.expression()
                + ") NOT VALID; then, in a later migration, ALTER TABLE "
                + alter.table()
                + " VALIDATE CONSTRAINT "
                + name
                + ";");
      } else if (action instanceof AlterTableAction.AddColumn add) {
        Constraint.Check check = add.column().constraint(Constraint.Check.class);
        if (check == null) {
          continue;
        }
        String column = add.column().name();
        String name =
            check.name() != null
                ? Facts.name(check.name())
                : Facts.name(alter.table().name() + "_" + column + "_check");
        out.add(
            context.source(),
            action.span(),
            "ADD COLUMN "
                + Facts.name(column)
                + " with CHECK ("
                + check.expression()
                + ") scans every row of "
                + alter.table()
                + " under an ACCESS EXCLUSIVE lock to check the new column",
            "add the column without the CHECK, then ALTER TABLE "
                + alter.table()
                + " ADD CONSTRAINT "
                + name
                + " CHECK ("
                + check.expression()
                + ") NOT VALID; and VALIDATE CONSTRAINT "
                + name
                + " in a later migration");
      }
    }
  }
}
