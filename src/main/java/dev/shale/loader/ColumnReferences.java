package dev.shale.loader;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds which of a table's columns an SQL expression mentions, the way PostgreSQL decides between
 * {@code t_col_check} (one column) and {@code t_check} (none or several) when naming a check.
 */
final class ColumnReferences {
  private ColumnReferences() {}

  /** The one column the expression refers to, or null when it refers to none or several. */
  static String singleColumn(String expression, Set<String> columns) {
    Set<String> found = new TreeSet<>();
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'') {
        i = skipQuoted(expression, i, '\'');
      } else if (c == '"') {
        int end = skipQuoted(expression, i, '"');
        String name = expression.substring(i + 1, end - 1).replace("\"\"", "\"");
        if (columns.contains(name) && !followedByCall(expression, end)) {
          found.add(name);
        }
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < n
            && (Character.isLetterOrDigit(expression.charAt(end))
                || expression.charAt(end) == '_'
                || expression.charAt(end) == '$')) {
          end++;
        }
        String word = expression.substring(i, end).toLowerCase(Locale.ROOT);
        boolean afterCast = i >= 2 && expression.startsWith("::", i - 2);
        if (columns.contains(word) && !afterCast && !followedByCall(expression, end)) {
          found.add(word);
        }
        i = end;
      } else {
        i++;
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static int skipQuoted(String text, int start, char quote) {
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

  private static boolean followedByCall(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '(';
  }
}
