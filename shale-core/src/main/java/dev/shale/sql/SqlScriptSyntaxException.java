package dev.shale.sql;

/**
 * A script that cannot be split into statements, e.g. {@code unterminated quoted string starting at
 * line 12, column 5}. The message says what is wrong and where; {@link #line()} and {@link
 * #column()} (both 1-based) give the same place to tools.
 */
public final class SqlScriptSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  SqlScriptSyntaxException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line where the problem starts. */
  public int line() {
    return line;
  }

  /** The 1-based column (in characters) where the problem starts. */
  public int column() {
    return column;
  }
}
