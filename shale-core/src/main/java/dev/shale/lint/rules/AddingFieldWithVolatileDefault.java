package dev.shale.lint.rules;

import dev.shale.lint.DefaultExpressions;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnDef;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * {@code ADD COLUMN … DEFAULT expr} on an existing table. From PostgreSQL 11 a default that is not
 * VOLATILE is stored once in the catalog (no rewrite); a VOLATILE one is evaluated for every row,
 * rewriting the table. Before 11 any non-null default rewrites. Volatility is proven as {@link
 * DefaultExpressions} says: literals, casts, operators, {@code now()} and other known STABLE or
 * IMMUTABLE built-ins pass; {@code random()}, {@code gen_random_uuid()}, {@code
 * uuid_generate_v4()}, {@code clock_timestamp()}, {@code timeofday()}, {@code nextval(…)} and any
 * function shale does not know are reported. Serial, identity and generated columns are other
 * rules'.
 */
public final class AddingFieldWithVolatileDefault implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_COLUMN_VOLATILE_DEFAULT;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();",
        "ALTER TABLE orders ADD COLUMN token uuid;\n"
            + "ALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();\n"
            + "-- then backfill existing rows in batches, outside the migration");
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
      Constraint.Default def = column.constraint(Constraint.Default.class);
      if (def == null
          || DefaultExpressions.isNull(def.expression())
          || column.constraint(Constraint.Identity.class) != null
          || column.constraint(Constraint.Generated.class) != null
          || column.type() != null && column.type().name().endsWith("serial")) {
        continue;
      }
      String name = Facts.name(column.name());
      String fix =
          "ALTER TABLE "
              + alter.table()
              + " ADD COLUMN "
              + name
              + " "
              + column.type()
              + "; ALTER TABLE "
              + alter.table()
              + " ALTER COLUMN "
              + name
              + " SET DEFAULT "
              + def.expression()
              + "; then backfill existing rows in batches";
      if (context.pgVersion() < 11) {
        out.add(
            context.source(),
            action.span(),
            "before PostgreSQL 11 a column added with a default ("
                + def.expression()
                + ") is written into every row: "
                + alter.table()
                + " is rewritten under an ACCESS EXCLUSIVE lock",
            fix);
        continue;
      }
      String unproven = DefaultExpressions.unprovenVolatile(def.expression());
      if (unproven == null) {
        continue;
      }
      out.add(
          context.source(),
          action.span(),
          DefaultExpressions.knownVolatile(def.expression())
              ? "the default of "
                  + name
                  + " calls "
                  + unproven
                  + ", which is VOLATILE: it is evaluated for every existing row, and "
                  + alter.table()
                  + " is rewritten under an ACCESS EXCLUSIVE lock"
              : "the default of "
                  + name
                  + " uses "
                  + unproven
                  + ", which shale cannot prove STABLE or IMMUTABLE: if it is VOLATILE, "
                  + alter.table()
                  + " is rewritten under an ACCESS EXCLUSIVE lock (suppress with -- shale:ignore"
                  + " adding-field-with-volatile-default if it is not)",
          fix);
    }
  }
}
