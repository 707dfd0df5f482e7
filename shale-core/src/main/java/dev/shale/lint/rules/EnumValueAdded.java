package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.AddEnumValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A value that {@code ALTER TYPE … ADD VALUE} added earlier in the same transaction is used: the
 * server refuses it ("unsafe use of new value", SQLSTATE 55P04) until the transaction commits.
 *
 * <p>A use is a string literal equal to the value in a later statement of the transaction ({@code
 * INSERT … VALUES ('refunded')}, {@code SET DEFAULT 'refunded'}, {@code WHERE status =
 * 'refunded'::order_status}, an index predicate, …), read from the statement's text outside
 * comments, quoted identifiers and dollar-quoted bodies. Types are not resolved, so a literal of
 * the same text meant for a text column counts too; statements where a literal is no use of an enum
 * value are skipped: further ADD VALUE (a BEFORE/AFTER neighbor may be new), RENAME VALUE, CREATE
 * TYPE, settings, COMMENT ON, and function or DO bodies (never looked into; a PL/pgSQL body is not
 * checked when it is created). Measured on PostgreSQL 14 and 17: a value added to a type created in
 * the same transaction is refused on 14 and accepted on 17, so such values count before 17 only.
 */
public final class EnumValueAdded implements LintRule {
  static final int SAME_TRANSACTION_TYPE_USABLE_FROM = 17;

  @Override
  public Rule rule() {
    return Rule.ADD_ENUM_VALUE;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TYPE order_status ADD VALUE 'refunded';\n"
            + "UPDATE orders SET status = 'refunded' WHERE refunded_at IS NOT NULL;",
        "-- shale:no-transaction\nALTER TYPE order_status ADD VALUE 'refunded';\n"
            + "-- in a later migration:\n"
            + "UPDATE orders SET status = 'refunded' WHERE refunded_at IS NOT NULL;");
  }

  @Override
  public boolean appliesTo(int pgVersion) {
    return pgVersion >= 12;
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!context.inTransaction() || !usesValues(context.statement())) {
      return;
    }
    List<StatementContext> earlier = context.earlierInTransaction(AddEnumValue.class);
    if (earlier.isEmpty()) {
      return;
    }
    Set<String> literals =
        new LinkedHashSet<>(StatementText.stringLiterals(context.source().sql()));
    Set<String> reported = new LinkedHashSet<>();
    for (StatementContext e : earlier) {
      if (e.statement() instanceof AddEnumValue add
          && literals.contains(add.value())
          && !reported.contains(add.value())
          && !(context.pgVersion() >= SAME_TRANSACTION_TYPE_USABLE_FROM
              && typeCreatedInTransaction(e, add))) {
        reported.add(add.value());
        out.add(
            context.source(),
            "uses '"
                + add.value()
                + "', which ALTER TYPE "
                + add.type()
                + " ADD VALUE added on line "
                + e.source().line()
                + " of this transaction: PostgreSQL refuses it (unsafe use of new value) until"
                + " that transaction commits, so the migration fails here",
            "commit between them: ALTER TYPE "
                + add.type()
                + " ADD VALUE '"
                + add.value().replace("'", "''")
                + "' in a migration of its own before this one");
      }
    }
  }

  /** Whether the ADD VALUE's type was created earlier in the ADD VALUE's own transaction. */
  static boolean typeCreatedInTransaction(StatementContext addContext, AddEnumValue add) {
    return addContext.inTransaction()
        && addContext.earlierInTransaction(ParsedStatement.CreateType.class).stream()
            .anyMatch(c -> EnumValueInTransaction.isTypeCreation(c.statement(), add));
  }

  private static boolean usesValues(ParsedStatement s) {
    return !(s instanceof AddEnumValue
        || s instanceof ParsedStatement.Rename
        || s instanceof ParsedStatement.CreateType
        || s instanceof ParsedStatement.Transaction
        || s instanceof ParsedStatement.SetVariable
        || s instanceof ParsedStatement.ResetVariable
        || s instanceof ParsedStatement.SetConfig
        || s instanceof ParsedStatement.CommentOn
        || s instanceof ParsedStatement.DoBlock
        || s instanceof ParsedStatement.CreateFunction);
  }
}
