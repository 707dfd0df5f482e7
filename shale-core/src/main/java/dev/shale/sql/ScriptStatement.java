package dev.shale.sql;

/**
 * One statement of a migration script, as {@link ScriptSplitter} found it.
 *
 * @param number 1-based position of the statement in the script
 * @param line 1-based line where the statement's first token starts
 * @param column 1-based column (in characters, i.e. code points) of that token in its line
 * @param sql the text from the first token through the last token before the terminating semicolon:
 *     no semicolon, no leading or trailing comments or whitespace, inner comments kept as written
 * @param copyData for {@code COPY … FROM stdin}, the rows that follow it in the script (each line
 *     with its newline, up to the {@code \.} line that ends them); null for any other statement
 */
public record ScriptStatement(int number, int line, int column, String sql, String copyData) {
  private static final int SHOWN = 60;

  public ScriptStatement(int number, int line, int column, String sql) {
    this(number, line, column, sql, null);
  }

  /** Where it is and how it starts: its first line, cut to 60 characters. */
  @Override
  public String toString() {
    int newline = sql.indexOf('\n');
    String first = newline < 0 ? sql : sql.substring(0, newline);
    boolean more = newline >= 0 || first.length() > SHOWN;
    return "ScriptStatement[number="
        + number
        + ", line="
        + line
        + ", column="
        + column
        + ", sql="
        + (first.length() > SHOWN ? first.substring(0, SHOWN) : first)
        + (more ? "…" : "")
        + "]";
  }
}
