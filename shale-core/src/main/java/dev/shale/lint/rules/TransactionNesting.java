package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.Transaction;
import dev.shale.sql.parse.ParsedStatement.TransactionKind;

/**
 * BEGIN inside a transaction block (the file's own or the one the migration tool wraps the file
 * in): PostgreSQL ignores it with a warning, and the COMMIT meant for it ends the outer
 * transaction. COMMIT, ROLLBACK or PREPARE TRANSACTION in a file the tool runs in a transaction: it
 * ends the tool's transaction, so what follows runs outside it, and the migration is no longer all
 * or nothing. Savepoints are fine.
 */
public final class TransactionNesting implements LintRule {
  @Override
  public Rule rule() {
    return Rule.TRANSACTION_NESTING;
  }

  @Override
  public Example example() {
    return new Example(
        "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;",
        "ALTER TABLE orders ADD COLUMN note text;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Transaction t)) {
      return;
    }
    boolean toolFile = context.file().inToolTransaction();
    String fix =
        toolFile
            ? "remove the transaction control and let the tool's transaction cover the file, or"
                + " start the file with -- shale:no-transaction and keep its BEGIN and COMMIT"
            : null;
    if (t.kind() == TransactionKind.BEGIN && context.inTransaction()) {
      String outer =
          context.toolTransaction()
              ? "the transaction the migration tool runs this file in"
              : "the transaction opened on line " + opening(context);
      out.add(
          context.source(),
          "BEGIN inside "
              + outer
              + ": PostgreSQL ignores it with a warning, and the COMMIT meant for it ends the"
              + " outer transaction early",
          fix);
    } else if (toolFile
        && (t.kind() == TransactionKind.COMMIT
            || t.kind() == TransactionKind.ROLLBACK
            || t.kind() == TransactionKind.PREPARE)) {
      String word =
          switch (t.kind()) {
            case COMMIT -> "COMMIT";
            case ROLLBACK -> "ROLLBACK";
            default -> "PREPARE TRANSACTION";
          };
      out.add(
          context.source(),
          word
              + " in a migration that the tool runs in a transaction ends the tool's transaction:"
              + " the statements after it run outside it, and a failure no longer undoes the"
              + " whole migration",
          fix);
    }
  }

  /** The line of the BEGIN that opened the file's transaction (it runs outside it). */
  private static int opening(StatementContext context) {
    var statements = context.file().statements();
    for (int i = context.index() - 1; i >= 0; i--) {
      StatementContext c = statements.get(i);
      if (!c.inTransaction()
          && c.statement() instanceof Transaction t
          && t.kind() == TransactionKind.BEGIN) {
        return c.source().line();
      }
    }
    return context.source().line();
  }
}
