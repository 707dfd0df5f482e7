package dev.shale.model;

/**
 * How a table takes part in declarative partitioning: partitioned by a key ({@code PARTITION BY
 * RANGE (logdate)}), a partition of a parent with its bound ({@code PARTITION OF measurement FOR
 * VALUES FROM ('2024-01-01') TO ('2025-01-01')}), or both, for a partition that is partitioned in
 * turn.
 *
 * @param key null when the table is not partitioned
 * @param parent null when the table is not a partition
 * @param bound set exactly when {@code parent} is
 */
public record Partitioning(PartitionKey key, QualifiedName parent, PartitionBound bound) {
  public Partitioning {
    if ((parent == null) != (bound == null)) {
      throw new IllegalArgumentException("a partition needs both its parent and its bound");
    }
  }

  public boolean isPartitioned() {
    return key != null;
  }

  public boolean isPartition() {
    return parent != null;
  }

  /** This with the parent's name edited (the parent renamed or moved). */
  public Partitioning moved(java.util.function.UnaryOperator<QualifiedName> move) {
    return parent == null ? this : new Partitioning(key, move.apply(parent), bound);
  }

  /** This with the key's column names or expressions edited (a column renamed). */
  public Partitioning mapped(
      java.util.function.UnaryOperator<String> columns,
      java.util.function.UnaryOperator<String> expressions) {
    return key == null
        ? this
        : new Partitioning(
            new PartitionKey(
                key.strategy(),
                key.elements().stream().map(e -> e.mapped(columns, expressions)).toList()),
            parent,
            bound);
  }
}
