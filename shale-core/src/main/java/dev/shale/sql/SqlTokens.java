package dev.shale.sql;

/**
 * The token shapes of PostgreSQL's lexer (scan.l, and psql's copy psqlscan.l) that matter for
 * finding where a statement ends. Each {@code end...} method takes the offset just past a token's
 * opening and returns the offset just past its end, or {@link #UNTERMINATED}.
 *
 * <p>Assumes {@code standard_conforming_strings = on} (the default since PostgreSQL 9.1): a
 * backslash escapes only in {@code E'...'} strings.
 */
public final class SqlTokens {
  public static final int UNTERMINATED = -1;

  private SqlTokens() {}

  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  public static boolean isNewline(char c) {
    return c == '\n' || c == '\r';
  }

  /** A first character of an identifier or dollar-quote tag; every non-ASCII character is one. */
  public static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A later character of a dollar-quote tag: no {@code $}. */
  public static boolean isTagPart(char c) {
    return isIdentStart(c) || isDigit(c);
  }

  /** A later character of an unquoted identifier, which may contain {@code $}. */
  public static boolean isIdentPart(char c) {
    return isTagPart(c) || c == '$';
  }

  /**
   * The end of a single-quoted string whose body starts at {@code from}: {@code ''} is a quote, and
   * in an escape string a backslash takes the next character with it. A string followed by
   * whitespace containing a newline and another quote continues there (SQL's string continuation,
   * which keeps the escape mode of the first part).
   */
  public static int endOfString(char[] s, int from, boolean escapes) {
    int i = from;
    while (true) {
      i = closingQuote(s, i, escapes);
      if (i == UNTERMINATED) {
        return UNTERMINATED;
      }
      int next = continuationQuote(s, i);
      if (next < 0) {
        return i;
      }
      i = next + 1;
    }
  }

  private static int closingQuote(char[] s, int from, boolean escapes) {
    int n = s.length;
    for (int i = from; i < n; i++) {
      char c = s[i];
      if (c == '\'') {
        if (i + 1 < n && s[i + 1] == '\'') {
          i++;
        } else {
          return i + 1;
        }
      } else if (c == '\\' && escapes) {
        i++;
      }
    }
    return UNTERMINATED;
  }

  /**
   * The offset of the quote that continues a string ending at {@code from}, or -1. Between them:
   * spaces and {@code --} comments including at least one newline (scan.l's {@code quotecontinue}).
   */
  private static int continuationQuote(char[] s, int from) {
    int n = s.length;
    boolean newline = false;
    int i = from;
    while (i < n) {
      char c = s[i];
      if (isNewline(c)) {
        newline = true;
        i++;
      } else if (isSpace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
        i = endOfLineComment(s, i + 2);
      } else {
        break;
      }
    }
    return newline && i < n && s[i] == '\'' ? i : -1;
  }

  /**
   * The end of a double-quoted identifier whose body starts at {@code from}; {@code ""} is a quote.
   */
  public static int endOfQuotedIdentifier(char[] s, int from) {
    int n = s.length;
    for (int i = from; i < n; i++) {
      if (s[i] == '"') {
        if (i + 1 < n && s[i + 1] == '"') {
          i++;
        } else {
          return i + 1;
        }
      }
    }
    return UNTERMINATED;
  }

  /**
   * The end of the opening delimiter {@code $tag$} (or {@code $$}) at {@code dollar}, or -1 when
   * none starts there. The caller has ruled out {@code $} followed by a digit (a parameter).
   */
  public static int endOfDollarDelimiter(char[] s, int dollar) {
    int n = s.length;
    int i = dollar + 1;
    if (i < n && isIdentStart(s[i])) {
      i++;
      while (i < n && isTagPart(s[i])) {
        i++;
      }
    }
    return i < n && s[i] == '$' ? i + 1 : -1;
  }

  /**
   * The end of a dollar-quoted body starting at {@code from}, closed by the same delimiter as
   * {@code s[delimiterStart, delimiterEnd)}. Nothing inside is special, other tags included.
   */
  public static int endOfDollarBody(char[] s, int from, int delimiterStart, int delimiterEnd) {
    int length = delimiterEnd - delimiterStart;
    int last = s.length - length;
    for (int i = from; i <= last; i++) {
      if (s[i] == '$' && sameChars(s, i, delimiterStart, length)) {
        return i + length;
      }
    }
    return UNTERMINATED;
  }

  private static boolean sameChars(char[] s, int a, int b, int length) {
    for (int k = 0; k < length; k++) {
      if (s[a + k] != s[b + k]) {
        return false;
      }
    }
    return true;
  }

  /** The end of a block comment whose body starts at {@code from}; block comments nest. */
  public static int endOfBlockComment(char[] s, int from) {
    int n = s.length;
    int depth = 1;
    int i = from;
    while (i + 1 < n) {
      char c = s[i];
      if (c == '/' && s[i + 1] == '*') {
        depth++;
        i += 2;
      } else if (c == '*' && s[i + 1] == '/') {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return UNTERMINATED;
  }

  /** The offset of the newline ending a {@code --} comment whose body starts at {@code from}. */
  public static int endOfLineComment(char[] s, int from) {
    int i = from;
    while (i < s.length && !isNewline(s[i])) {
      i++;
    }
    return i;
  }
}
