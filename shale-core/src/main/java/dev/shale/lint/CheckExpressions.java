package dev.shale.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads CHECK expressions as far as rules need: whether one proves a column NOT NULL. Only a
 * conjunction proves anything: {@code a IS NOT NULL AND b > 0} proves {@code a}, {@code a IS NOT
 * NULL OR b IS NOT NULL} proves neither (PostgreSQL's SET NOT NULL reasons the same way).
 */
public final class CheckExpressions {
  private CheckExpressions() {}

  /** Whether {@code expression} being true implies {@code column} is not null. */
  public static boolean provesNotNull(String expression, String column) {
    for (String conjunct : conjuncts(stripParens(expression))) {
      String c = stripParens(conjunct).replaceAll("\\s+", " ").strip();
      String lower = c.toLowerCase(Locale.ROOT);
      if (lower.endsWith(" is not null")) {
        String operand = stripParens(c.substring(0, c.length() - " is not null".length())).strip();
        if (identifier(operand).equals(column)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An identifier as PostgreSQL folds it: quoted kept, unquoted lower-cased. */
  private static String identifier(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1).replace("\"\"", "\"");
    }
    return text.toLowerCase(Locale.ROOT);
  }

  /** Removes parentheses that enclose the whole text. */
  static String stripParens(String text) {
    String t = text.strip();
    while (t.startsWith("(") && closingOf(t, 0) == t.length() - 1) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  /** The top-level operands of AND, outside parentheses, strings and quoted names. */
  static List<String> conjuncts(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        i = end < 0 ? text.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0
          && text.regionMatches(true, i, "and", 0, 3)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_')
          && (i + 3 >= text.length()
              || !Character.isLetterOrDigit(text.charAt(i + 3)) && text.charAt(i + 3) != '_')) {
        parts.add(text.substring(start, i));
        start = i + 3;
      } else if (depth == 0 && text.regionMatches(true, i, " or ", 0, 4)) {
        return List.of();
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static int closingOf(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        i = end < 0 ? text.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
