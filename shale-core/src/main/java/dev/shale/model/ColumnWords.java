package dev.shale.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of an SQL expression that may name columns, found as PostgreSQL's lexer would: outside
 * string literals and comments, an unquoted word folded to lower case, a quoted one as written;
 * function names (followed by {@code (}) and type names (after {@code ::}) left out.
 */
public final class ColumnWords {
  private ColumnWords() {}

  /**
   * One word: where it stands, the name it means, and whether it follows a dot ({@code t.col}) or
   * is followed by one ({@code t} in {@code t.col}).
   */
  public record Word(int start, int end, String name, boolean afterDot, boolean beforeDot) {}

  public static List<Word> of(String expression) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'') {
        i = endOfQuoted(expression, i, '\'');
      } else if (c == '-' && i + 1 < n && expression.charAt(i + 1) == '-') {
        int end = expression.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (c == '"') {
        int end = endOfQuoted(expression, i, '"');
        String name = expression.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
        add(words, expression, i, end, name);
        i = end;
      } else if (isIdentStart(c)) {
        int end = i + 1;
        while (end < n && isIdentPart(expression.charAt(end))) {
          end++;
        }
        add(words, expression, i, end, expression.substring(i, end).toLowerCase(Locale.ROOT));
        i = end;
      } else if (c >= '0' && c <= '9') {
        // a number, with any letters that follow it (1e5, 0x1F): not a name
        while (i < n && isIdentPart(expression.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
    }
    return words;
  }

  private static void add(List<Word> words, String text, int start, int end, String name) {
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before >= 1 && text.charAt(before) == ':' && text.charAt(before - 1) == ':') {
      return;
    }
    int after = end;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    if (after < text.length() && text.charAt(after) == '(') {
      return;
    }
    boolean afterDot = before >= 0 && text.charAt(before) == '.';
    boolean beforeDot = after < text.length() && text.charAt(after) == '.';
    words.add(new Word(start, end, name, afterDot, beforeDot));
  }

  /**
   * Where the quoted text (string or identifier) starting at {@code start} ends, past its quote.
   */
  public static int endOfQuoted(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  private static boolean isIdentPart(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
  }
}
