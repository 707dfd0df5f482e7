package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.AddEnumValue;

/**
 * Before PostgreSQL 12, {@code ALTER TYPE … ADD VALUE} fails inside a transaction block, unless the
 * type was created earlier in the same transaction (PostgreSQL allowed that case for pg_dump).
 */
public final class EnumValueInTransaction implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ENUM_VALUE_IN_TRANSACTION;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TYPE order_status ADD VALUE 'refunded';",
        "-- shale:no-transaction\nALTER TYPE order_status ADD VALUE 'refunded';",
        11);
  }

  @Override
  public boolean appliesTo(int pgVersion) {
    return pgVersion < 12;
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!context.inTransaction()
        || !(context.statement() instanceof AddEnumValue add)
        || EnumValueAdded.typeCreatedInTransaction(context, add)) {
      return;
    }
    out.add(
        context.source(),
        "ALTER TYPE "
            + add.type()
            + " ADD VALUE cannot run inside a transaction block before PostgreSQL 12"
            + (context.toolTransaction()
                ? ", and the migration tool runs this file in one"
                : " (this file opened one with BEGIN)")
            + ": the migration fails here",
        null);
  }

  static boolean isTypeCreation(ParsedStatement s, AddEnumValue add) {
    return s instanceof ParsedStatement.CreateType t
        && SameDeploy.sameRelation(t.name(), add.type());
  }
}
