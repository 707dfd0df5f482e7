package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * {@code ADD UNIQUE} (or {@code ADD COLUMN … UNIQUE}) on an existing table builds the index under
 * ACCESS EXCLUSIVE. {@code UNIQUE USING INDEX} adopts an index built beforehand: instant.
 */
public final class AddUniqueConstraint implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_UNIQUE;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
        "-- shale:no-transaction\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email);\n"
            + "-- in the next migration:\n"
            + "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX"
            + " users_email_key;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.AddConstraint add
          && add.constraint() instanceof Constraint.Unique unique
          && unique.usingIndex() == null) {
        String name =
            unique.name() != null
                ? unique.name()
                : alter.table().name() + "_" + String.join("_", unique.columns()) + "_key";
        out.add(
            context.source(),
            action.span(),
            "UNIQUE ("
                + Facts.names(unique.columns())
                + ") on "
                + alter.table()
                + " builds its index under an ACCESS EXCLUSIVE lock: reads and writes wait for the"
                + " whole build",
            "CREATE UNIQUE INDEX CONCURRENTLY "
                + Facts.name(name)
                + " ON "
                + alter.table()
                + " ("
                + Facts.names(unique.columns())
                + ") in a migration that starts with -- shale:no-transaction; then ALTER TABLE "
                + alter.table()
                + " ADD CONSTRAINT "
                + Facts.name(name)
                + " UNIQUE USING INDEX "
                + Facts.name(name)
                + ";");
      } else if (action instanceof AlterTableAction.AddColumn add
          && add.column().constraint(Constraint.Unique.class) != null) {
        String column = add.column().name();
        out.add(
            context.source(),
            action.span(),
            "ADD COLUMN "
                + Facts.name(column)
                + " … UNIQUE builds a unique index on "
                + alter.table()
                + " under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build",
            "add the column without UNIQUE, CREATE UNIQUE INDEX CONCURRENTLY on ("
                + Facts.name(column)
                + ") in a migration that starts with -- shale:no-transaction, then ADD"
                + " CONSTRAINT … UNIQUE USING INDEX");
      }
    }
  }
}
