package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * {@code ALTER COLUMN … SET EXPRESSION AS (…)} (PostgreSQL 17+) recomputes a stored generated
 * column for every row: a rewrite. A column the migrations made VIRTUAL (PostgreSQL 18) is only
 * recomputed on read.
 */
public final class SetGeneratedExpression implements LintRule {
  @Override
  public Rule rule() {
    return Rule.SET_GENERATED_EXPRESSION;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ALTER COLUMN total_cents SET EXPRESSION AS (total * 100 + fee);",
        "-- a VIRTUAL column (PostgreSQL 18) changes its expression without a rewrite\n"
            + "ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100)"
            + " VIRTUAL;\n"
            + "ALTER TABLE orders ALTER COLUMN total_cents SET EXPRESSION AS (total * 100 + fee);",
        18);
  }

  @Override
  public boolean appliesTo(int pgVersion) {
    return pgVersion >= 17;
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.SetExpression set
          && !context
              .schema()
              .table(alter.table())
              .map(t -> t.virtual(set.column(), context.pgVersion()))
              .orElse(false)) {
        out.add(
            context.source(),
            action.span(),
            "SET EXPRESSION recomputes "
                + Facts.column(alter.table(), set.column())
                + " for every row: "
                + alter.table()
                + " is rewritten under an ACCESS EXCLUSIVE lock",
            null);
      }
    }
  }
}
