package dev.shale.sql;

/**
 * One statement of a migration script, as {@link ScriptSplitter} found it.
 *
 * @param number 1-based position of the statement in the script
 * @param line 1-based line where the statement's first token starts
 * @param column 1-based column (in characters, i.e. code points) of that token in its line
 * @param sql the text from the first token through the last token before the terminating semicolon:
 *     no semicolon, no leading or trailing comments or whitespace, inner comments kept as written
 */
public record ScriptStatement(int number, int line, int column, String sql) {}
