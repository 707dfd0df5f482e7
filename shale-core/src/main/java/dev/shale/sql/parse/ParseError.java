package dev.shale.sql.parse;

/** Thrown inside the parser when a statement does not have the shape of its kind. */
final class ParseError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int line;
  final int column;
  final String fix;

  ParseError(String message, int line, int column) {
    this(message, line, column, null);
  }

  ParseError(String message, int line, int column, String fix) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
    this.fix = fix;
  }
}
