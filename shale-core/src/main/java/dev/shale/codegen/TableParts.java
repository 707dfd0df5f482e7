package dev.shale.codegen;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnWords;
import dev.shale.model.ForeignKey;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each key, check and foreign key of a table is written: on its column ({@code
 * .primaryKey()}, {@code .unique()}, {@code .check(...)}, {@code .references(...)}) where the DSL
 * allows it, else as a table part after the columns. A constraint on its column cannot carry a name
 * (only {@code .unique("name")} can), so one whose name must be spelled out ({@code explicit}) goes
 * to the table level. The order here is the order the loader names defaulted constraints in.
 */
final class TableParts {
  final Table table;
  final boolean primaryKeyOnColumn;
  final Map<String, UniqueConstraint> uniqueOnColumn = new LinkedHashMap<>();
  final Map<String, CheckConstraint> checkOnColumn = new LinkedHashMap<>();
  final Map<String, ForeignKey> foreignKeyOnColumn = new LinkedHashMap<>();
  final List<UniqueConstraint> uniques = new ArrayList<>();
  final List<CheckConstraint> checks = new ArrayList<>();
  final List<ForeignKey> foreignKeys = new ArrayList<>();

  TableParts(Table table, Set<Object> explicit) {
    this.table = table;
    // A partition's columns are its parent's and are not written: its own parts go on the table.
    boolean onColumns = !table.isPartition();
    this.primaryKeyOnColumn =
        onColumns
            && table.primaryKey() != null
            && table.primaryKey().columns().size() == 1
            && !explicit.contains(table.primaryKey());
    Set<String> columns = new HashSet<>();
    table.columns().forEach(c -> columns.add(c.name()));
    for (UniqueConstraint u : table.uniques()) {
      boolean fits =
          onColumns
              && u.columns().size() == 1
              && !(u.nullsNotDistinct() && explicit.contains(u))
              && !uniqueOnColumn.containsKey(u.columns().get(0));
      if (fits) {
        uniqueOnColumn.put(u.columns().get(0), u);
      } else {
        uniques.add(u);
      }
    }
    for (CheckConstraint c : table.checks()) {
      String column =
          !onColumns || explicit.contains(c) || c.notValid()
              ? null
              : singleColumn(c.expression(), columns);
      if (column != null && !checkOnColumn.containsKey(column)) {
        checkOnColumn.put(column, c);
      } else {
        checks.add(c);
      }
    }
    for (ForeignKey f : table.foreignKeys()) {
      boolean fits =
          onColumns
              && f.columns().size() == 1
              && f.targetColumns().size() == 1
              && !explicit.contains(f)
              && !f.notValid()
              && !foreignKeyOnColumn.containsKey(f.columns().get(0));
      if (fits) {
        foreignKeyOnColumn.put(f.columns().get(0), f);
      } else {
        foreignKeys.add(f);
      }
    }
  }

  /** The unique constraints in the order the loader meets them: those on columns first. */
  List<UniqueConstraint> uniqueOrder() {
    return onColumnsFirst(uniqueOnColumn, uniques);
  }

  List<CheckConstraint> checkOrder() {
    return onColumnsFirst(checkOnColumn, checks);
  }

  List<ForeignKey> foreignKeyOrder() {
    return onColumnsFirst(foreignKeyOnColumn, foreignKeys);
  }

  /** The parts written on columns, in column order, then those written on the table. */
  private <T> List<T> onColumnsFirst(Map<String, T> onColumns, List<T> onTable) {
    List<T> order = new ArrayList<>();
    for (Column c : table.columns()) {
      T part = onColumns.get(c.name());
      if (part != null) {
        order.add(part);
      }
    }
    order.addAll(onTable);
    return order;
  }

  /**
   * The one column of the table an expression mentions, or null for none or several: what decides
   * between {@code t_col_check} and {@code t_check}.
   */
  static String singleColumn(String expression, Set<String> columns) {
    Set<String> found = new HashSet<>();
    for (ColumnWords.Word word : ColumnWords.of(expression)) {
      if (columns.contains(word.name())) {
        found.add(word.name());
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }
}
