package dev.shale.sql.parse;

/**
 * A region of a migration file: 1-based line and column of its first character, and the line and
 * column just past its last character ({@code endColumn} exclusive, as in SARIF). Columns count
 * code points.
 */
public record Span(int line, int column, int endLine, int endColumn) {

  /** From the start of this span to the end of {@code other}. */
  Span to(Span other) {
    return new Span(line, column, other.endLine, other.endColumn);
  }

  @Override
  public String toString() {
    return line + ":" + column + "-" + endLine + ":" + endColumn;
  }
}
