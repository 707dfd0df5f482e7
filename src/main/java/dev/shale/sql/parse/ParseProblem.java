package dev.shale.sql.parse;

/** A statement (or a stretch of a file) that did not parse, and where. */
public record ParseProblem(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
