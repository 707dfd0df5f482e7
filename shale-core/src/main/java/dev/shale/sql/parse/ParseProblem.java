package dev.shale.sql.parse;

/**
 * A statement (or a stretch of a file) that did not parse, and where.
 *
 * @param fix the statement(s) to write instead, when the problem is one PostgreSQL refuses with a
 *     known rewrite (e.g. one DROP INDEX CONCURRENTLY per index); null otherwise
 */
public record ParseProblem(String file, int line, int column, String message, String fix) {
  public ParseProblem(String file, int line, int column, String message) {
    this(file, line, column, message, null);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
