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
    String comment,
    RowSecurity rowSecurity,
    TableStorage storage,
    List<ExclusionConstraint> exclusions,
    List<Trigger> triggers,
    Partitioning partitioning) {

  /**
   * @param rowSecurity null when the table has none (row-level security off, no policy)
   * @param storage null for a logged table without storage parameters
   * @param exclusions exclusion constraints, sorted by name
   * @param triggers sorted by name (null reads as none)
   * @param partitioning null for a table that is neither partitioned nor a partition
   */
  public Table {
    rowSecurity = RowSecurity.NONE.equals(rowSecurity) ? null : rowSecurity;
    storage = TableStorage.NONE.equals(storage) ? null : storage;
    columns = List.copyOf(columns);
    uniques = List.copyOf(uniques);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
    exclusions =
        (exclusions == null ? List.<ExclusionConstraint>of() : exclusions)
            .stream().sorted(java.util.Comparator.comparing(ExclusionConstraint::name)).toList();
    triggers =
        triggers == null
            ? List.of()
            : triggers.stream().sorted(java.util.Comparator.comparing(Trigger::name)).toList();
  }

  public Table(
      QualifiedName name,
      List<Column> columns,
      PrimaryKey primaryKey,
      List<UniqueConstraint> uniques,
      List<ForeignKey> foreignKeys,
      List<CheckConstraint> checks,
      List<Index> indexes,
      String comment,
      RowSecurity rowSecurity,
      TableStorage storage) {
    this(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        List.of(),
        List.of(),
        null);
  }

  public Table withExclusions(List<ExclusionConstraint> replaced) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        replaced,
        triggers,
        partitioning);
  }

  /**
   * This table with the checks and foreign keys that {@code declared} holds as NOT VALID, and this
   * one as valid but otherwise equal, marked NOT VALID too.
   */
  public Table validityLike(Table declared) {
    List<CheckConstraint> relaxedChecks =
        checks.stream()
            .map(c -> declared.checks().contains(c.withNotValid(true)) ? c.withNotValid(true) : c)
            .toList();
    List<ForeignKey> relaxedKeys =
        foreignKeys.stream()
            .map(
                k ->
                    declared.foreignKeys().contains(k.withNotValid(true))
                        ? k.withNotValid(true)
                        : k)
            .toList();
    return withChecks(relaxedChecks).withForeignKeys(relaxedKeys);
  }

  public Table withName(QualifiedName newName) {
    return new Table(
        newName,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withColumns(List<Column> newColumns) {
    return new Table(
        name,
        newColumns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withPrimaryKey(PrimaryKey key) {
    return new Table(
        name,
        columns,
        key,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withUniques(List<UniqueConstraint> newUniques) {
    return new Table(
        name,
        columns,
        primaryKey,
        newUniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withForeignKeys(List<ForeignKey> keys) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        keys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withChecks(List<CheckConstraint> newChecks) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        newChecks,
        indexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withIndexes(List<Index> newIndexes) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        newIndexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withRowSecurity(RowSecurity security) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        security,
        storage,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withStorage(TableStorage replaced) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        replaced,
        exclusions,
        triggers,
        partitioning);
  }

  public Table withTriggers(List<Trigger> newTriggers) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        newTriggers,
        partitioning);
  }

  public Table withPartitioning(Partitioning replaced) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        indexes,
        comment,
        rowSecurity,
        storage,
        exclusions,
        triggers,
        replaced);
  }

  public boolean isPartitioned() {
    return partitioning != null && partitioning.isPartitioned();
  }

  public boolean isPartition() {
    return partitioning != null && partitioning.isPartition();
  }

  public Optional<Trigger> trigger(String triggerName) {
    return triggers.stream().filter(t -> t.name().equals(triggerName)).findFirst();
  }

  /** How the table is stored, {@link TableStorage#NONE} for a plain logged table. */
  public TableStorage storageOrNone() {
    return TableStorage.of(storage);
  }

  /** The table's row-level security, {@link RowSecurity#NONE} when it has none. */
  public RowSecurity security() {
    return RowSecurity.of(rowSecurity);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
