package dev.shale.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The copies of its ancestors' primary key, unique constraints and indexes that PostgreSQL gives a
 * partition, named as it names them there (ChooseIndexName on the partition): after the partition
 * and the key and INCLUDE columns, numbered past the names in use. The model does not hold them;
 * they matter where they surface, when the partition is detached or its own indexes would take
 * their names. Ancestors are visited nearest first, each one's key, uniques and indexes in the
 * model's order (PostgreSQL clones them in the order they were made, which the model does not
 * keep).
 *
 * @param primaryKey the copy of the nearest ancestor's primary key, or null
 */
public record PartitionCopies(
    PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<Index> indexes) {
  public PartitionCopies {
    uniques = List.copyOf(uniques);
    indexes = List.copyOf(indexes);
  }

  /**
   * The copies a partition named {@code partition} of {@code parent} (in {@code model}) has, named
   * past the names {@code taken} says were in use when they were made.
   */
  public static PartitionCopies of(
      SchemaModel model, QualifiedName parent, String partition, Predicate<String> taken) {
    Set<String> chosen = new HashSet<>();
    Predicate<String> inUse = taken.or(chosen::contains);
    PrimaryKey primaryKey = null;
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    int depth = 0;
    for (Table ancestor = model.table(parent).orElse(null);
        ancestor != null && depth < 100;
        ancestor =
                ancestor.isPartition()
                    ? model.table(ancestor.partitioning().parent()).orElse(null)
                    : null,
            depth++) {
      if (ancestor.primaryKey() != null && primaryKey == null) {
        String name = PgNames.choose(partition, null, "pkey", inUse);
        chosen.add(name);
        primaryKey = new PrimaryKey(name, ancestor.primaryKey().columns());
      }
      for (UniqueConstraint u : ancestor.uniques()) {
        String name = PgNames.choose(partition, PgNames.joinColumns(u.columns()), "key", inUse);
        chosen.add(name);
        uniques.add(new UniqueConstraint(name, u.columns(), u.nullsNotDistinct()));
      }
      for (Index i : ancestor.indexes()) {
        String name = PgNames.indexName(partition, i, inUse);
        chosen.add(name);
        indexes.add(i.withName(name));
      }
    }
    return new PartitionCopies(primaryKey, uniques, indexes);
  }

  /** The names of the copies, in the order they were chosen. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (primaryKey != null) {
      names.add(primaryKey.name());
    }
    uniques.forEach(u -> names.add(u.name()));
    indexes.forEach(i -> names.add(i.name()));
    return names;
  }
}
