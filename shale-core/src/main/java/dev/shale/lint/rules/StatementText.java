package dev.shale.lint.rules;

import dev.shale.sql.SqlTokens;
import dev.shale.sql.parse.Source;
import dev.shale.sql.parse.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What a few rules need from a statement's text beyond its typed form: the values of its string
 * literals (outside comments, quoted identifiers and dollar-quoted bodies), and the text under a
 * span.
 */
final class StatementText {
  private StatementText() {}

  /**
   * The values of the statement's {@code '...'} and {@code E'...'} literals, in order. Comments,
   * quoted identifiers, bit strings and dollar-quoted bodies (function and DO bodies) are skipped.
   */
  static List<String> stringLiterals(String sql) {
    char[] s = sql.toCharArray();
    List<String> out = new ArrayList<>();
    int n = s.length;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (c == '-' && i + 1 < n && s[i + 1] == '-') {
        i = SqlTokens.endOfLineComment(s, i + 2);
      } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
        i = end(SqlTokens.endOfBlockComment(s, i + 2), n);
      } else if (c == '"') {
        i = end(SqlTokens.endOfQuotedIdentifier(s, i + 1), n);
      } else if (c == '\'') {
        int e = end(SqlTokens.endOfString(s, i + 1, false), n);
        out.add(sql.substring(i + 1, Math.max(i + 1, e - 1)).replace("''", "'"));
        i = e;
      } else if (c == '$' && i + 1 < n && !SqlTokens.isDigit(s[i + 1])) {
        int open = SqlTokens.endOfDollarDelimiter(s, i);
        if (open < 0) {
          i++;
        } else {
          i = end(SqlTokens.endOfDollarBody(s, open, i, open), n);
        }
      } else if (SqlTokens.isIdentStart(c)) {
        int start = i;
        while (i < n && SqlTokens.isIdentPart(s[i])) {
          i++;
        }
        if (i < n && s[i] == '\'' && i - start == 1) {
          char prefix = Character.toLowerCase(s[start]);
          boolean escapes = prefix == 'e';
          int e = end(SqlTokens.endOfString(s, i + 1, escapes), n);
          if (prefix == 'e' || prefix == 'n') {
            String body = sql.substring(i + 1, Math.max(i + 1, e - 1));
            out.add(escapes ? unescape(body) : body.replace("''", "'"));
          }
          i = e;
        }
      } else {
        i++;
      }
    }
    return out;
  }

  private static int end(int e, int n) {
    return e == SqlTokens.UNTERMINATED ? n : e;
  }

  /** The common escapes of an {@code E'...'} body; others are kept as written. */
  private static String unescape(String body) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          default -> out.append(next);
        }
      } else if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
        out.append('\'');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text of the statement under {@code span}, a part of it; null when it lies outside. */
  static String slice(Source source, Span span) {
    int from = offset(source, span.line(), span.column());
    int to = offset(source, span.endLine(), span.endColumn());
    if (from < 0 || to < from) {
      return null;
    }
    return source.sql().substring(from, to);
  }

  /** The offset in the statement's text of a file position, or -1. */
  private static int offset(Source source, int line, int column) {
    String sql = source.sql();
    int l = source.span().line();
    int c = source.span().column();
    int i = 0;
    while (i <= sql.length()) {
      if (l == line && c == column) {
        return i;
      }
      if (i == sql.length()) {
        break;
      }
      char ch = sql.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 >= sql.length() || sql.charAt(i + 1) != '\n'))) {
        l++;
        c = 1;
      } else if (!Character.isLowSurrogate(ch)) {
        c++;
      }
      i++;
    }
    return -1;
  }
}
