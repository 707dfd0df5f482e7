package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnDef;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * {@code ADD COLUMN … NOT NULL} without a default on an existing table: the column is NULL in every
 * existing row, so the statement fails as soon as the table holds one. Serial, identity and
 * generated columns get values, so they are not this rule's.
 */
public final class AddingRequiredField implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_REQUIRED_COLUMN;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE users ADD COLUMN plan text NOT NULL;",
        "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (!(action instanceof AlterTableAction.AddColumn add)) {
        continue;
      }
      ColumnDef column = add.column();
      if (column.constraint(Constraint.NotNull.class) == null
          || column.constraint(Constraint.Default.class) != null
          || column.constraint(Constraint.Identity.class) != null
          || column.constraint(Constraint.Generated.class) != null
          || column.type() != null && column.type().name().endsWith("serial")) {
        continue;
      }
      out.add(
          context.source(),
          action.span(),
          "NOT NULL column "
              + Facts.name(column.name())
              + " has no default: every existing row of "
              + alter.table()
              + " would hold NULL, so the statement fails as soon as the table has a row",
          context.pgVersion() >= 11
              ? "give it a constant default: ADD COLUMN "
                  + Facts.name(column.name())
                  + " "
                  + column.type()
                  + " NOT NULL DEFAULT … (no rewrite from PostgreSQL 11), or add it nullable,"
                  + " backfill, then SET NOT NULL as set-not-null says"
              : "add it nullable, backfill in batches, then SET NOT NULL");
    }
  }
}
