package dev.shale.sql.parse;

/**
 * Where a statement is in its file and what it says.
 *
 * @param number 1-based position of the statement in the file
 * @param span from the statement's first token to the end of its last (the semicolon excluded)
 * @param sql the statement's text as written, comments inside it kept
 */
public record Source(int number, Span span, String sql) {
  public int line() {
    return span.line();
  }

  public int column() {
    return span.column();
  }
}
