package dev.shale.db;

import java.nio.file.Path;
import java.util.List;

/**
 * A statement of a migration that PostgreSQL refused, with everything needed to find and fix it.
 *
 * @param migration the migration's name
 * @param file its file
 * @param statementNumber which statement failed, from 1
 * @param statementCount how many statements the migration has
 * @param line the line of the file where the statement starts
 * @param statement the statement as sent
 * @param sqlState the SQLSTATE code, e.g. {@code 23505}
 * @param message the server's message
 * @param detail the server's detail, or null
 * @param hint the server's hint, or null
 * @param where the server's context (e.g. inside a function), or null
 * @param errorLine the line of the file the server's error position points at, or 0 when none
 * @param errorColumn the column there, or 0
 * @param noTransaction whether the migration ran outside a transaction (earlier statements stay)
 * @param attempts how many times the migration was tried (lock-timeout retries)
 * @param invalidIndexes indexes left invalid by a failed concurrent build, schema-qualified
 * @param advice what to do next, one sentence per entry
 */
public record StatementFailure(
    String migration,
    Path file,
    int statementNumber,
    int statementCount,
    int line,
    String statement,
    String sqlState,
    String message,
    String detail,
    String hint,
    String where,
    int errorLine,
    int errorColumn,
    boolean noTransaction,
    int attempts,
    List<String> invalidIndexes,
    List<String> advice) {

  public StatementFailure {
    invalidIndexes = List.copyOf(invalidIndexes);
    advice = List.copyOf(advice);
  }

  private static final int MAX_LINES = 20;

  /** Which statement failed, where, and the server's error; {@link #render()} has it all. */
  @Override
  public String toString() {
    return "StatementFailure[migration="
        + migration
        + ", statement "
        + statementNumber
        + " of "
        + statementCount
        + " at "
        + file
        + ":"
        + line
        + ", "
        + sqlState
        + ": "
        + message
        + "]";
  }

  /** The whole report, as printed; a long statement shows its start and the failing lines. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("migration ").append(migration);
    if (statementNumber > statementCount) {
      out.append(" failed at COMMIT, after its ").append(statementCount).append(" statements (");
    } else {
      out.append(" failed at statement ")
          .append(statementNumber)
          .append(" of ")
          .append(statementCount)
          .append(" (");
    }
    out.append(file).append(':').append(line).append(")");
    if (attempts > 1) {
      out.append(", after ").append(attempts).append(" attempts");
    }
    out.append(":\n");
    String[] lines = statement.split("\n", -1);
    int around = errorLine > 0 ? errorLine - line : 0;
    for (int i = 0; i < lines.length; i++) {
      boolean shown = lines.length <= MAX_LINES || i < 3 || Math.abs(i - around) <= 3;
      if (shown) {
        out.append("    ").append(lines[i]).append('\n');
      } else if (i == 3 || i == around + 4) {
        int skipped = (i < around ? around - 3 : lines.length) - i;
        out.append("    … (").append(skipped).append(" more lines)\n");
      }
    }
    out.append("  ERROR ").append(sqlState).append(": ").append(message).append('\n');
    if (detail != null) {
      out.append("  Detail: ").append(detail).append('\n');
    }
    if (hint != null) {
      out.append("  Hint: ").append(hint).append('\n');
    }
    if (where != null) {
      out.append("  Where: ").append(where.replace("\n", "\n         ")).append('\n');
    }
    if (errorLine > 0) {
      out.append("  Position: ")
          .append(file)
          .append(':')
          .append(errorLine)
          .append(':')
          .append(errorColumn)
          .append('\n');
    }
    for (String index : invalidIndexes) {
      out.append("  Invalid index left behind: ")
          .append(index)
          .append(" (`shale migrate --retry-failed` drops it before building it again when the")
          .append(" file says CREATE INDEX CONCURRENTLY IF NOT EXISTS; by hand: DROP INDEX")
          .append(" CONCURRENTLY IF EXISTS ")
          .append(index)
          .append(";)\n");
    }
    for (String sentence : advice) {
      out.append(sentence).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
