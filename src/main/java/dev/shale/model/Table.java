package dev.shale.model;

import java.util.List;
import java.util.Optional;

/**
 * A table. Columns keep their declared order; constraints and indexes are sorted by name.
 * Constraint and index names are always set (defaults are resolved by the loader).
 */
public record Table(
    QualifiedName name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniques,
    List<ForeignKey> foreignKeys,
    List<CheckConstraint> checks,
    List<Index> indexes,
    String comment) {

  public Table {
    columns = List.copyOf(columns);
    uniques = List.copyOf(uniques);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
