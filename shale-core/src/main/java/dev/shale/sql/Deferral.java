package dev.shale.sql;

import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A part of the target schema that a plan completes only at a later {@link Stage}. Undoing it on
 * the target model gives the schema as it stands before that stage runs, which is what the snapshot
 * of each earlier step records.
 */
sealed interface Deferral {
  /** The stage after which the database holds this part as the target declares it. */
  Stage completes();

  /** The model as it stands before this part is complete. */
  SchemaModel undo(SchemaModel model);

  /**
   * An index built, swapped or dropped concurrently: before it completes the table holds {@code
   * before} (null for a new index) instead of {@code after} (null for a dropped one).
   */
  record IndexChanged(QualifiedName table, Index before, Index after) implements Deferral {
    public Stage completes() {
      return Stage.INDEXES;
    }

    public SchemaModel undo(SchemaModel model) {
      UnaryOperator<List<Index>> undo =
          all -> {
            List<Index> indexes = after == null ? all : without(all, after);
            return before == null ? indexes : with(indexes, before);
          };
      return Tables.editViewIndexes(
          Tables.edit(model, table, t -> t.withIndexes(undo.apply(t.indexes()))), table, undo);
    }
  }

  /**
   * A primary key or unique constraint on a live table: its unique index is built concurrently
   * ({@code INDEXES}), then attached as the constraint ({@code VALIDATE}). Before the attach the
   * model holds the plain unique index, before the build nothing.
   */
  record KeyAttached(QualifiedName table, String name, Index standIn) implements Deferral {
    public Stage completes() {
      return Stage.VALIDATE;
    }

    public SchemaModel undo(SchemaModel model) {
      return Tables.edit(
          model,
          table,
          t ->
              t.withPrimaryKey(
                      t.primaryKey() != null && t.primaryKey().name().equals(name)
                          ? null
                          : t.primaryKey())
                  .withUniques(t.uniques().stream().filter(u -> !u.name().equals(name)).toList())
                  .withIndexes(with(t.indexes(), standIn)));
    }
  }

  /**
   * SET NOT NULL on a live column: until it is proven, the column is nullable and a check {@code
   * (col IS NOT NULL)} stands in (added NOT VALID, then validated).
   */
  record NotNullProven(QualifiedName table, String column, CheckConstraint check)
      implements Deferral {
    public Stage completes() {
      return Stage.VALIDATE;
    }

    public SchemaModel undo(SchemaModel model) {
      return Tables.edit(
          model,
          table,
          t ->
              t.withColumns(
                      t.columns().stream()
                          .map(c -> c.name().equals(column) ? c.withNotNull(false) : c)
                          .toList())
                  .withChecks(with(t.checks(), check)));
    }
  }

  /**
   * A table attached as a partition once a check standing for its bound is proven: until then it is
   * as it stands {@code beforeAttach} (a plain table, or a partition elsewhere), with the check NOT
   * VALID.
   */
  record PartitionAttached(QualifiedName table, Table beforeAttach, CheckConstraint standIn)
      implements Deferral {
    public Stage completes() {
      return Stage.VALIDATE;
    }

    public SchemaModel undo(SchemaModel model) {
      return Tables.edit(
          model, table, t -> beforeAttach.withChecks(with(beforeAttach.checks(), standIn)));
    }
  }

  /**
   * A partition detached concurrently: until then, what it {@code was}; from then until the next
   * step drops it, with the check PostgreSQL adds in place of the bound.
   */
  record PartitionDetached(
      QualifiedName table, dev.shale.model.Partitioning was, CheckConstraint leftBehind)
      implements Deferral {
    public Stage completes() {
      return Stage.VALIDATE;
    }

    public SchemaModel undo(SchemaModel model) {
      return Tables.edit(
          model, table, t -> t.isPartition() ? t : t.withChecks(with(t.checks(), leftBehind)));
    }
  }

  /** A partition detached concurrently: a partition as it {@code was} until the detach step. */
  record PartitionDetachPending(QualifiedName table, Table was) implements Deferral {
    public Stage completes() {
      return Stage.INDEXES;
    }

    /** The partition as it was, but for the columns its parent now has. */
    public SchemaModel undo(SchemaModel model) {
      return Tables.edit(model, table, t -> was.withColumns(t.columns()));
    }
  }

  /** One partition's part of a partitioned table's index. */
  record PartitionIndex(QualifiedName partition, Index index) {}

  /**
   * A partitioned table's index made ON ONLY and its partitions' indexes attached in {@link
   * Stage#VALIDATE}: before that the partitions hold their indexes as their own, the parent none.
   */
  record PartitionedIndexAttached(QualifiedName table, Index index, List<PartitionIndex> children)
      implements Deferral {
    public Stage completes() {
      return Stage.VALIDATE;
    }

    public SchemaModel undo(SchemaModel model) {
      SchemaModel m = Tables.edit(model, table, t -> t.withIndexes(without(t.indexes(), index)));
      for (PartitionIndex child : children) {
        m = Tables.edit(m, child.partition(), t -> t.withIndexes(with(t.indexes(), child.index())));
      }
      return m;
    }
  }

  /** A foreign key that waits for a key attached in {@link Stage#VALIDATE}. */
  record ForeignKeyAdded(QualifiedName table, ForeignKey key, Stage completes) implements Deferral {
    public SchemaModel undo(SchemaModel model) {
      return Tables.edit(
          model,
          table,
          t ->
              t.withForeignKeys(
                  t.foreignKeys().stream().filter(fk -> !fk.name().equals(key.name())).toList()));
    }
  }

  /**
   * A primary key, unique constraint, unique index or foreign key that the plan replaces: it stands
   * until the step that attaches its replacement ({@link PlanContext#keptUntilReplaced}).
   */
  record ConstraintKept(QualifiedName table, Object definition) implements Deferral {
    public Stage completes() {
      return Stage.VALIDATE;
    }

    public SchemaModel undo(SchemaModel model) {
      return Tables.edit(model, table, this::restore);
    }

    private Table restore(Table t) {
      if (definition instanceof PrimaryKey key) {
        return t.withPrimaryKey(key);
      }
      if (definition instanceof UniqueConstraint key) {
        return t.withUniques(
            with(t.uniques().stream().filter(u -> !u.name().equals(key.name())).toList(), key));
      }
      if (definition instanceof Index index) {
        return t.withIndexes(with(without(t.indexes(), index), index));
      }
      ForeignKey key = (ForeignKey) definition;
      return t.withForeignKeys(
          with(t.foreignKeys().stream().filter(f -> !f.name().equals(key.name())).toList(), key));
    }
  }

  /**
   * A unique index rebuilt under its own name while foreign keys rest on it: the replacement is
   * built concurrently as {@code temporary}, and swapped in (the old one dropped, the new one
   * renamed) in {@link Stage#VALIDATE}, where the foreign keys move to it.
   */
  record IndexSwappedLate(QualifiedName table, Index old, Index temporary) implements Deferral {
    public Stage completes() {
      return Stage.VALIDATE;
    }

    public SchemaModel undo(SchemaModel model) {
      return Tables.edit(
          model, table, t -> t.withIndexes(with(with(without(t.indexes(), old), old), temporary)));
    }
  }

  private static List<Index> without(List<Index> indexes, Index index) {
    return indexes.stream().filter(i -> !i.name().equals(index.name())).toList();
  }

  private static <T> List<T> with(List<T> items, T item) {
    List<T> all = new ArrayList<>(items);
    all.add(item);
    return all;
  }

  /** Edits of one table of a model; lists stay sorted by name as the model keeps them. */
  final class Tables {
    private Tables() {}

    static SchemaModel edit(SchemaModel model, QualifiedName table, UnaryOperator<Table> edit) {
      return model.withTables(
          model.tables().stream()
              .map(t -> t.name().equals(table) ? sorted(edit.apply(t)) : t)
              .toList());
    }

    /** A materialized view's indexes edited (the view's constructor keeps them sorted). */
    static SchemaModel editViewIndexes(
        SchemaModel model, QualifiedName view, UnaryOperator<List<Index>> edit) {
      return model.withViews(
          model.views().stream()
              .map(v -> v.name().equals(view) ? v.withIndexes(edit.apply(v.indexes())) : v)
              .toList());
    }

    private static Table sorted(Table t) {
      return t.withUniques(sortedBy(t.uniques(), UniqueConstraint::name))
          .withForeignKeys(sortedBy(t.foreignKeys(), ForeignKey::name))
          .withChecks(sortedBy(t.checks(), CheckConstraint::name))
          .withIndexes(sortedBy(t.indexes(), Index::name));
    }

    private static <T> List<T> sortedBy(List<T> items, java.util.function.Function<T, String> key) {
      return items.stream().sorted(java.util.Comparator.comparing(key)).toList();
    }
  }
}
