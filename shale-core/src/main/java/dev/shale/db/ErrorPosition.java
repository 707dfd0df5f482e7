package dev.shale.db;

import dev.shale.sql.ScriptStatement;

/** Turns the server's error position (a character offset in a statement) into a file position. */
final class ErrorPosition {
  private ErrorPosition() {}

  /**
   * The {@code {line, column}} in the file of character {@code position} (1-based) of {@code
   * statement}, which starts at its own line and column.
   */
  static int[] locate(ScriptStatement statement, int position) {
    String sql = statement.sql();
    int offset = Math.min(position - 1, sql.length());
    int line = statement.line();
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (sql.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = line == statement.line() ? statement.column() + offset : offset - lineStart + 1;
    return new int[] {line, column};
  }
}
