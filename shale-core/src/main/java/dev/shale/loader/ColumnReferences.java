package dev.shale.loader;

import dev.shale.model.ColumnWords;
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
    for (ColumnWords.Word word : ColumnWords.of(expression)) {
      if (columns.contains(word.name())) {
        found.add(word.name());
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }
}
