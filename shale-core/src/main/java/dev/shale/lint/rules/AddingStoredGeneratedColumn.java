package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * {@code ADD COLUMN … GENERATED ALWAYS AS (…) STORED} on an existing table computes the column for
 * every row: a rewrite under ACCESS EXCLUSIVE. From PostgreSQL 18 a generated column without STORED
 * is VIRTUAL (computed on read, no rewrite); before 18 the server refuses one without STORED, which
 * is reported too, since the migration fails.
 */
public final class AddingStoredGeneratedColumn implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_GENERATED_COLUMN;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100)"
            + " STORED;",
        "-- PostgreSQL 18: a virtual column is computed on read\n"
            + "ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100)"
            + " VIRTUAL;",
        18);
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
      Constraint.Generated generated = add.column().constraint(Constraint.Generated.class);
      if (generated == null) {
        continue;
      }
      String name = Facts.name(add.column().name());
      boolean stored = generated.explicit() && !generated.virtual();
      if (stored) {
        out.add(
            context.source(),
            action.span(),
            "stored generated column "
                + name
                + " is computed for every existing row: "
                + alter.table()
                + " is rewritten under an ACCESS EXCLUSIVE lock",
            context.pgVersion() >= 18
                ? "make it VIRTUAL (computed on read, no rewrite), or add a plain column and"
                    + " backfill it in batches"
                : null);
      } else if (context.pgVersion() < 18) {
        out.add(
            context.source(),
            action.span(),
            "generated column "
                + name
                + (generated.explicit() ? " is VIRTUAL" : " has no STORED")
                + ": before PostgreSQL 18 generated columns must be STORED, so the server refuses"
                + " this statement, and with STORED it rewrites "
                + alter.table()
                + " under an ACCESS EXCLUSIVE lock",
            null);
      }
    }
  }
}
