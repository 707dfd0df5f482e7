package dev.shale.sql.parse;

import dev.shale.sql.ScriptSplitter;
import dev.shale.sql.ScriptStatement;
import dev.shale.sql.SqlScriptSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a migration file into {@link ParsedStatement}s. The file is split into statements by
 * {@link ScriptSplitter} (so comments, strings, {@code E''} strings and dollar-quoted bodies never
 * yield a statement), each statement is tokenized and parsed on its own, and a statement that does
 * not parse becomes {@link ParsedStatement.Unparsed} with a {@link ParseProblem}: the next
 * statement is parsed as usual. Where the file itself cannot be split (a psql meta-command, an
 * unterminated string or comment), the problem is reported there and splitting resumes on the next
 * line after a meta-command; after an unterminated token there is nothing left to split. Never
 * throws on any input.
 */
public final class SqlParser {
  private static final String META_COMMAND = "psql meta-command";

  private final String file;
  private final List<ParsedStatement> statements = new ArrayList<>();
  private final List<ParseProblem> problems = new ArrayList<>();

  private SqlParser(String file) {
    this.file = file;
  }

  /** The statements of {@code script}; {@code file} names it in problems. */
  public static ParsedScript parse(String file, String script) {
    SqlParser parser = new SqlParser(file);
    parser.split(script, 0);
    return new ParsedScript(file, parser.statements, parser.problems);
  }

  /** One statement on its own, e.g. a statement Shale generated; {@code number} is 1. */
  public static ParsedStatement parseStatement(String sql) {
    List<ParsedStatement> parsed = parse("<statement>", sql).statements();
    return parsed.isEmpty() ? null : parsed.get(0);
  }

  /** Splits {@code text}, whose first line is line {@code lineOffset + 1} of the file. */
  private void split(String text, int lineOffset) {
    while (true) {
      try {
        addAll(ScriptSplitter.split(text), lineOffset);
        return;
      } catch (SqlScriptSyntaxException e) {
        int line = e.line() + lineOffset;
        problems.add(new ParseProblem(file, line, e.column(), relocated(e.getMessage(), e, line)));
        int lineStart = offsetOfLine(text, e.line());
        int errorAt = offsetOfColumn(text, lineStart, e.column());
        if (e.getMessage().startsWith(META_COMMAND)) {
          addAll(splitPrefix(text.substring(0, lineStart)), lineOffset);
          int next = offsetOfLine(text, e.line() + 1);
          if (next >= text.length()) {
            return;
          }
          text = text.substring(next);
          lineOffset += e.line();
        } else {
          List<ScriptStatement> before = splitPrefix(text.substring(0, errorAt));
          addAll(endsOpen(text, before, errorAt) ? dropLast(before) : before, lineOffset);
          return;
        }
      }
    }
  }

  /**
   * The statements before the place where splitting failed, which split cleanly (the splitter
   * reports the first problem from the start); should they not, none.
   */
  private static List<ScriptStatement> splitPrefix(String prefix) {
    try {
      return ScriptSplitter.split(prefix);
    } catch (SqlScriptSyntaxException e) {
      return List.of();
    }
  }

  /** The offset of 1-based {@code column} (in code points) of the line starting at {@code from}. */
  private static int offsetOfColumn(String text, int from, int column) {
    int i = from;
    for (int c = 1; c < column && i < text.length(); c++) {
      i += Character.charCount(text.codePointAt(i));
    }
    return Math.min(i, text.length());
  }

  /** The splitter's message with its line made the file's line. */
  private static String relocated(String message, SqlScriptSyntaxException e, int line) {
    return message
        .replace("at line " + e.line() + ",", "at line " + line + ",")
        .replace("at line " + e.line() + " ", "at line " + line + " ");
  }

  /**
   * Whether the last statement before an unterminated token is still open there (no semicolon in
   * between): the token belongs to it, so it is incomplete and not parsed.
   */
  private static boolean endsOpen(String text, List<ScriptStatement> before, int errorAt) {
    if (before.isEmpty()) {
      return false;
    }
    ScriptStatement last = before.get(before.size() - 1);
    int start = offsetOfLine(text, last.line()) + last.column() - 1;
    int end = text.indexOf(last.sql(), Math.max(0, start));
    int gapStart = end < 0 ? errorAt : Math.min(errorAt, end + last.sql().length());
    for (Token t : Tokenizer.tokenize(text.substring(gapStart, errorAt), 1, 1)) {
      if (t.isSymbol(";")) {
        return false;
      }
    }
    return true;
  }

  private static List<ScriptStatement> dropLast(List<ScriptStatement> list) {
    return list.subList(0, list.size() - 1);
  }

  /**
   * The offset where 1-based {@code line} starts ({@code \n}, {@code \r\n} and {@code \r} end one).
   */
  private static int offsetOfLine(String text, int line) {
    int current = 1;
    int i = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '\uFEFF' && line == 1) {
      return 1;
    }
    while (current < line && i < n) {
      char c = text.charAt(i++);
      if (c == '\n' || (c == '\r' && (i == n || text.charAt(i) != '\n'))) {
        current++;
      }
    }
    return i;
  }

  private void addAll(List<ScriptStatement> split, int lineOffset) {
    for (ScriptStatement s : split) {
      statements.add(parseOne(statements.size() + 1, s.line() + lineOffset, s.column(), s.sql()));
    }
  }

  private ParsedStatement parseOne(int number, int line, int column, String sql) {
    List<Token> tokens = Tokenizer.tokenize(sql, line, column);
    Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    Span span =
        last == null
            ? new Span(line, column, line, column)
            : new Span(line, column, last.endLine(), last.endColumn());
    Source source = new Source(number, span, sql);
    StatementParser parser = new StatementParser(source, tokens);
    try {
      return parser.parse();
    } catch (ParseError e) {
      String kind = parser.words(0, 2);
      problems.add(new ParseProblem(file, e.line, e.column, e.getMessage(), e.fix));
      return new ParsedStatement.Unparsed(source, kind, e.getMessage());
    }
  }
}
