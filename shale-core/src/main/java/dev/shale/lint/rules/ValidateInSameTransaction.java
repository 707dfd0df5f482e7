package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.AlterTableAction.AddConstraint;
import dev.shale.sql.parse.AlterTableAction.ValidateConstraint;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID to an existing table:
 * the ADD's lock (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE for a foreign key) is still
 * held while VALIDATE scans every row, so splitting the two gained nothing.
 */
public final class ValidateInSameTransaction implements LintRule {
  @Override
  public Rule rule() {
    return Rule.VALIDATE_SAME_TRANSACTION;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;\n"
            + "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;",
        "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;\n"
            + "-- in a later migration:\n"
            + "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!context.inTransaction()
        || !(context.statement() instanceof AlterTable alter)
        || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (!(action instanceof ValidateConstraint validate)) {
        continue;
      }
      StatementContext added = addedNotValid(context, alter, validate.name());
      if (added != null) {
        out.add(
            context.source(),
            action.span(),
            "VALIDATE CONSTRAINT "
                + validate.name()
                + " runs in the transaction that added it NOT VALID (line "
                + added.source().line()
                + "): the lock the ADD took on "
                + alter.table()
                + " is still held while every row is checked, so NOT VALID gains nothing",
            "commit between them: move ALTER TABLE "
                + alter.table()
                + " VALIDATE CONSTRAINT "
                + validate.name()
                + " to a later migration");
      }
    }
  }

  private static StatementContext addedNotValid(
      StatementContext context, AlterTable alter, String name) {
    for (StatementContext earlier : context.earlierInTransaction(AlterTable.class)) {
      if (earlier.statement() instanceof AlterTable add
          && SameDeploy.sameRelation(add.table(), alter.table())) {
        for (AlterTableAction action : add.actions()) {
          if (action instanceof AddConstraint c
              && name.equals(c.constraint().name())
              && notValid(c.constraint())) {
            return earlier;
          }
        }
      }
    }
    return null;
  }

  private static boolean notValid(Constraint c) {
    return (c instanceof Constraint.Check check && check.notValid())
        || (c instanceof Constraint.ForeignKey fk && fk.notValid())
        || (c instanceof Constraint.NotNull nn && nn.notValid());
  }
}
