package dev.shale.lint;

import dev.shale.sql.parse.ParsedScript;

/**
 * One migration file to lint.
 *
 * @param name how findings name the file
 * @param text its content
 * @param inToolTransaction whether the tool that applies it wraps the whole file in one transaction
 *     (shale migrate does unless the file starts with {@code -- shale:no-transaction}); see {@link
 *     #inToolTransaction(ParsedScript)} for what the tool does with this file's statements
 * @param outsideIfRefused whether the tool runs the file outside any transaction, by itself, when
 *     it holds a statement PostgreSQL refuses in a transaction block (CREATE INDEX CONCURRENTLY,
 *     VACUUM, …): Flyway does for a file of its naming
 * @param implicitTransaction whether the tool sends the whole file as one query string (Prisma,
 *     golang-migrate), whose statements the server runs in one implicit transaction: a file of a
 *     single statement is then in none
 */
public record LintInput(
    String name,
    String text,
    boolean inToolTransaction,
    boolean outsideIfRefused,
    boolean implicitTransaction) {

  public LintInput(String name, String text, boolean inToolTransaction) {
    this(name, text, inToolTransaction, false, false);
  }

  public LintInput(String name, String text, boolean inToolTransaction, boolean outsideIfRefused) {
    this(name, text, inToolTransaction, outsideIfRefused, false);
  }

  /**
   * Whether the tool wraps the file in one transaction, {@code script} being the file parsed: from
   * the same parse the linter (or the trace) reads, so that the file is parsed once.
   */
  public boolean inToolTransaction(ParsedScript script) {
    return inToolTransaction
        && !(outsideIfRefused && script.statements().stream().anyMatch(NonTransactional::refused))
        && !(implicitTransaction && script.statements().size() == 1);
  }
}
