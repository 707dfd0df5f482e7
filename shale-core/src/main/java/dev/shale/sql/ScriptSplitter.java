package dev.shale.sql;

import static dev.shale.sql.SqlTokens.UNTERMINATED;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements where PostgreSQL (and psql) would: at semicolons
 * outside quotes, comments, dollar-quoted bodies, parentheses and SQL-standard routine bodies
 * ({@code BEGIN ATOMIC ... END}). One pass over the characters, lexing as PostgreSQL's scanner
 * does; nothing is parsed beyond that.
 *
 * <p>Parentheses count as in psql: {@code CREATE RULE ... DO (INSERT ...; INSERT ...)} is one
 * statement. A backslash outside quotes and comments is a psql meta-command, which the server would
 * not understand, and is refused, except the two that pg_dump writes around a dump ({@code
 * \restrict} and <code>&#92;unrestrict</code>, which only guard psql itself) and the rows that
 * follow {@code COPY … FROM stdin} up to the {@code \.} line, which go with their statement as psql
 * sends them.
 */
public final class ScriptSplitter {
  private static final char BOM = '\uFEFF';
  private static final String NESTING_HINT =
      " (block comments nest in PostgreSQL: each /* inside needs its own */)";
  private static final String ESCAPE_HINT =
      " (in E'...' a backslash escapes the next character, so \\' does not end it)";

  private final char[] s;
  private final int origin;
  private final LineCounter lines;
  private final AtomicBodyTracker atomicBody = new AtomicBodyTracker();
  private final List<ScriptStatement> statements = new ArrayList<>();
  private boolean stopAtFirstToken;
  private int parenDepth;
  private int statementStart = -1;
  private int lastTokenEnd;

  /** The COPY … FROM stdin whose rows start at {@link #copyRowsStart}, or -1. */
  private int pendingCopy = -1;

  private int copyRowsStart;

  private ScriptSplitter(String script) {
    this.s = script.toCharArray();
    this.origin = s.length > 0 && s[0] == BOM ? 1 : 0;
    this.lines = new LineCounter(s, origin);
  }

  /**
   * The statements of {@code script}, in order. Comment-only or empty pieces ({@code ;;}, a
   * trailing comment) yield no statement; a last statement without a semicolon is a statement. A
   * UTF-8 byte order mark at the start is skipped.
   *
   * @throws SqlScriptSyntaxException for an unterminated quoted string, quoted identifier,
   *     dollar-quoted string or block comment, and for a psql meta-command such as {@code \i}
   */
  public static List<ScriptStatement> split(String script) {
    return new ScriptSplitter(script).run();
  }

  /**
   * Whether {@code script} holds at least one statement, that is, whether {@link #split} would
   * return any: a script of nothing but comments, whitespace and semicolons has none. It lexes only
   * up to the first token, so it is cheap on any script. A script that cannot be split counts as
   * having statements ({@link #split} then says what is wrong).
   */
  public static boolean hasStatements(String script) {
    ScriptSplitter splitter = new ScriptSplitter(script);
    splitter.stopAtFirstToken = true;
    try {
      splitter.run();
    } catch (SqlScriptSyntaxException e) {
      return true;
    }
    return !splitter.statements.isEmpty();
  }

  private List<ScriptStatement> run() {
    int n = s.length;
    int i = origin;
    while (i < n && !(stopAtFirstToken && statementStart >= 0)) {
      if (pendingCopy >= 0 && i >= copyRowsStart) {
        i = copyData();
        continue;
      }
      char c = s[i];
      if (SqlTokens.isSpace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
        i = SqlTokens.endOfLineComment(s, i + 2);
      } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
        i = require(SqlTokens.endOfBlockComment(s, i + 2), i, "block comment", NESTING_HINT);
      } else if (c == ';') {
        i = semicolon(i);
      } else if (SqlTokens.isIdentStart(c)) {
        i = word(i);
      } else if (c == '\\' && statementStart < 0 && dumpGuard(i)) {
        i = SqlTokens.endOfLineComment(s, i + 1);
      } else {
        i = token(i, other(i));
      }
    }
    endStatement();
    if (pendingCopy >= 0) {
      copyData();
    }
    return List.copyOf(statements);
  }

  /** The end of a token that does not start with a letter: quotes, parameters, operators. */
  private int other(int i) {
    char c = s[i];
    return switch (c) {
      case '\'' -> require(SqlTokens.endOfString(s, i + 1, false), i, "quoted string", "");
      case '"' -> require(SqlTokens.endOfQuotedIdentifier(s, i + 1), i, "quoted identifier", "");
      case '$' -> dollar(i);
      case '(' -> {
        parenDepth++;
        yield i + 1;
      }
      case ')' -> {
        parenDepth = Math.max(0, parenDepth - 1);
        yield i + 1;
      }
      case '\\' -> throw metaCommand(i);
      default -> SqlTokens.isDigit(c) ? digits(i) : i + 1;
    };
  }

  /** A parameter ({@code $1}), a dollar-quoted string, or a lone {@code $}. */
  private int dollar(int i) {
    int n = s.length;
    if (i + 1 < n && SqlTokens.isDigit(s[i + 1])) {
      return digits(i + 1);
    }
    int bodyStart = SqlTokens.endOfDollarDelimiter(s, i);
    if (bodyStart < 0) {
      return i + 1;
    }
    String kind = "dollar-quoted string " + new String(s, i, bodyStart - i);
    return require(SqlTokens.endOfDollarBody(s, bodyStart, i, bodyStart), i, kind, "");
  }

  private int digits(int i) {
    while (i < s.length && SqlTokens.isDigit(s[i])) {
      i++;
    }
    return i;
  }

  /**
   * An unquoted word, or a string or identifier with a one-letter prefix: {@code E'...'} (backslash
   * escapes), {@code B'...'}, {@code X'...'}, {@code N'...'}, {@code U&'...'}, {@code U&"..."}. A
   * prefix letter counts only as a word of its own: in {@code date'...'} the quote starts a
   * standard string.
   */
  private int word(int i) {
    int n = s.length;
    char c = s[i];
    char next = i + 1 < n ? s[i + 1] : 0;
    if (next == '\'' && (c == 'e' || c == 'E')) {
      int end = SqlTokens.endOfString(s, i + 2, true);
      return token(i, require(end, i, "escape string", ESCAPE_HINT));
    }
    if (next == '\'' && "bBxXnN".indexOf(c) >= 0) {
      return token(i, require(SqlTokens.endOfString(s, i + 2, false), i, "quoted string", ""));
    }
    if ((c == 'u' || c == 'U') && next == '&' && i + 2 < n) {
      if (s[i + 2] == '\'') {
        return token(i, require(SqlTokens.endOfString(s, i + 3, false), i, "quoted string", ""));
      } else if (s[i + 2] == '"') {
        return token(
            i, require(SqlTokens.endOfQuotedIdentifier(s, i + 3), i, "quoted identifier", ""));
      }
    }
    int end = i + 1;
    while (end < n && SqlTokens.isIdentPart(s[end])) {
      end++;
    }
    atomicBody.word(s, i, end, parenDepth);
    return token(i, end);
  }

  private int semicolon(int i) {
    if (parenDepth > 0 || atomicBody.insideBody()) {
      return token(i, i + 1);
    }
    int before = statements.size();
    endStatement();
    if (statements.size() > before
        && !stopAtFirstToken
        && COPY_FROM_STDIN.matcher(statements.get(before).sql()).find()) {
      // the rest of this line is SQL that runs after the COPY; its rows start on the next line
      pendingCopy = before;
      int next = i + 1;
      while (next < s.length && s[next] != '\n') {
        next++;
      }
      copyRowsStart = Math.min(s.length, next + 1);
    }
    return i + 1;
  }

  /** Whether {@code sql} is a {@code COPY … FROM stdin}, which reads rows that follow it. */
  public static boolean isCopyFromStdin(String sql) {
    return COPY_FROM_STDIN.matcher(sql).find();
  }

  /** {@code COPY table [(columns)] FROM stdin …}: psql sends the lines after it as the rows. */
  private static final java.util.regex.Pattern COPY_FROM_STDIN =
      java.util.regex.Pattern.compile("(?is)^copy\\s+[^(\\s].*?\\bfrom\\s+stdin\\b");

  /**
   * Attaches the rows that follow a {@code COPY … FROM stdin} to it: from the next line through the
   * line before {@code \.} (or the end of the script, where psql also stops); returns where
   * splitting goes on.
   */
  private int copyData() {
    int n = s.length;
    int start = copyRowsStart;
    int index = pendingCopy;
    ScriptStatement copy = statements.get(index);
    pendingCopy = -1;
    int line = start;
    while (line < n) {
      int end = line;
      while (end < n && s[end] != '\n') {
        end++;
      }
      int content = end > line && s[end - 1] == '\r' ? end - 1 : end;
      if (content - line == 2 && s[line] == '\\' && s[line + 1] == '.') {
        statements.set(index, withData(copy, start, line));
        return Math.min(n, end + 1);
      }
      line = end + 1;
    }
    statements.set(index, withData(copy, start, n));
    return n;
  }

  private ScriptStatement withData(ScriptStatement copy, int start, int end) {
    return new ScriptStatement(
        copy.number(), copy.line(), copy.column(), copy.sql(), new String(s, start, end - start));
  }

  /**
   * Whether the backslash at {@code i} starts pg_dump's {@code \restrict KEY} or <code>
   * &#92;unrestrict KEY</code> (pg_dump 13.22, 14.19, 15.14, 16.10, 17.6 and later write them at
   * the start and end of a plain dump): they keep psql from running meta-commands hidden in the
   * dump's data, and the server never sees them.
   */
  private boolean dumpGuard(int i) {
    for (String guard : new String[] {"restrict", "unrestrict"}) {
      int end = i + 1 + guard.length();
      if (end <= s.length
          && new String(s, i + 1, guard.length()).equals(guard)
          && (end == s.length || SqlTokens.isSpace(s[end]))) {
        return true;
      }
    }
    return false;
  }

  /** Records a token {@code s[start, end)} of the current statement and returns {@code end}. */
  private int token(int start, int end) {
    if (statementStart < 0) {
      statementStart = start;
    }
    lastTokenEnd = end;
    return end;
  }

  private void endStatement() {
    if (statementStart >= 0) {
      lines.at(statementStart);
      statements.add(
          new ScriptStatement(
              statements.size() + 1,
              lines.line(),
              lines.column(),
              new String(s, statementStart, lastTokenEnd - statementStart)));
    }
    statementStart = -1;
    parenDepth = 0;
    atomicBody.reset();
  }

  private int require(int end, int start, String kind, String hint) {
    if (end != UNTERMINATED) {
      return end;
    }
    lines.at(start);
    throw new SqlScriptSyntaxException(
        "unterminated "
            + kind
            + " starting at line "
            + lines.line()
            + ", column "
            + lines.column()
            + hint,
        lines.line(),
        lines.column());
  }

  private SqlScriptSyntaxException metaCommand(int backslash) {
    int end = backslash + 1;
    while (end < s.length && !SqlTokens.isSpace(s[end]) && end - backslash < 32) {
      end++;
    }
    lines.at(backslash);
    return new SqlScriptSyntaxException(
        "psql meta-command "
            + new String(s, backslash, end - backslash)
            + " at line "
            + lines.line()
            + " is not SQL: Shale sends statements to the server as they are; inline the file or"
            + " drop the command",
        lines.line(),
        lines.column());
  }
}
