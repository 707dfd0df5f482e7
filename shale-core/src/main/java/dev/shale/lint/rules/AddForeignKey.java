package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import java.util.List;

/**
 * A foreign key added to an existing table without NOT VALID ({@code ADD FOREIGN KEY}, or {@code
 * ADD COLUMN … REFERENCES}, which cannot be NOT VALID) checks every row while both tables are
 * locked against writes. A key on a new table, or referencing a new table, is left alone.
 */
public final class AddForeignKey implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_FOREIGN_KEY;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
            + " REFERENCES customers (id);",
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
            + " REFERENCES customers (id) NOT VALID;\n"
            + "-- in a later migration:\n"
            + "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.AddConstraint add
          && add.constraint() instanceof Constraint.ForeignKey fk
          && !fk.notValid()
          && !context.isNew(fk.table())) {
        String name =
            fk.name() != null
                ? Facts.name(fk.name())
                : Facts.name(alter.table().name() + "_" + String.join("_", fk.columns()) + "_fkey");
        String text = Facts.text(context.source(), action.span());
        out.add(
            context.source(),
            action.span(),
            "foreign key on "
                + alter.table()
                + " ("
                + Facts.names(fk.columns())
                + ") → "
                + fk.table()
                + ": both tables are locked against writes (SHARE ROW EXCLUSIVE) while every row of "
                + alter.table()
                + " is checked",
            fix(alter, name, fk, text));
      } else if (action instanceof AlterTableAction.AddColumn add) {
        Constraint.ForeignKey fk = add.column().constraint(Constraint.ForeignKey.class);
        if (fk == null || context.isNew(fk.table())) {
          continue;
        }
        String column = add.column().name();
        String name = alter.table().name() + "_" + column + "_fkey";
        out.add(
            context.source(),
            action.span(),
            "ADD COLUMN "
                + Facts.name(column)
                + " … REFERENCES "
                + fk.table()
                + " adds the foreign key at once (an inline REFERENCES cannot be NOT VALID): "
                + fk.table()
                + " is locked against writes (SHARE ROW EXCLUSIVE) and "
                + alter.table()
                + " against everything (ACCESS EXCLUSIVE)"
                + (add.column().constraint(Constraint.Default.class) != null
                    ? " while every row's default is checked against " + fk.table()
                    : ", both queued behind any running query on either table"),
            "ALTER TABLE "
                + alter.table()
                + " ADD COLUMN "
                + Facts.name(column)
                + " "
                + add.column().type()
                + "; ALTER TABLE "
                + alter.table()
                + " ADD CONSTRAINT "
                + Facts.name(name)
                + " FOREIGN KEY ("
                + Facts.name(column)
                + ") REFERENCES "
                + fk.table()
                + (fk.referencedColumns().isEmpty()
                    ? ""
                    : " (" + Facts.names(fk.referencedColumns()) + ")")
                + " NOT VALID; then, in a later migration, ALTER TABLE "
                + alter.table()
                + " VALIDATE CONSTRAINT "
                + Facts.name(name)
                + ";");
      }
    }
  }

  private static String fix(
      AlterTable alter, String name, Constraint.ForeignKey fk, String actionText) {
    String add =
        actionText != null && fk.name() != null
            ? actionText.strip()
            : "ADD CONSTRAINT "
                + name
                + " FOREIGN KEY ("
                + Facts.names(fk.columns())
                + ") REFERENCES "
                + fk.table()
                + (fk.referencedColumns().isEmpty()
                    ? ""
                    : " (" + Facts.names(List.copyOf(fk.referencedColumns())) + ")")
                + (fk.onDelete() != null ? " ON DELETE " + fk.onDelete() : "")
                + (fk.onUpdate() != null ? " ON UPDATE " + fk.onUpdate() : "");
    return "ALTER TABLE "
        + alter.table()
        + " "
        + add
        + " NOT VALID; then, in a later migration, ALTER TABLE "
        + alter.table()
        + " VALIDATE CONSTRAINT "
        + name
        + ";";
  }
}
