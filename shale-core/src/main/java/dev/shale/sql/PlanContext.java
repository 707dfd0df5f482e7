package dev.shale.sql;

import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.ColumnWords;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.PgNames;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole plan does to each table, computed once before any statement is written, so that
 * each change can choose its form: whether its table is new, rewritten or locked anyway, which
 * indexes are rebuilt under their own name, and which keys are built outside the main migration.
 */
final class PlanContext {
  final PlanOptions options;

  /** Tables created by this plan: nobody uses them yet, so nothing on them needs care. */
  final Set<QualifiedName> newTables = new HashSet<>();

  /** Sequences this plan creates. */
  final Set<QualifiedName> newSequences = new HashSet<>();

  /**
   * Tables the main migration rewrites (a type change, a volatile default, a stored generated
   * column): they are locked for the whole rewrite, so indexes and keys on them are built in the
   * same transaction rather than left missing until a later step.
   */
  final Set<QualifiedName> rewritten = new HashSet<>();

  /**
   * Tables the main migration locks ACCESS EXCLUSIVE anyway: dropping an index there inside the
   * transaction adds no lock.
   */
  final Set<QualifiedName> lockedInMain = new HashSet<>();

  /** Columns the plan drops, per table. */
  final Map<QualifiedName, Set<String>> droppedColumns = new HashMap<>();

  /**
   * (table, column) of columns whose NOT NULL is set plainly in the main migration: identity needs
   * it before ADD IDENTITY in the same transaction, and a serial column has no nullable form that a
   * snapshot could record.
   */
  final Set<List<Object>> plainNotNull = new HashSet<>();

  /** (table, index name) of indexes dropped and created again under the same name. */
  final Set<List<Object>> rebuiltIndexes = new HashSet<>();

  /** (table, constraint name) of constraints dropped and added again under the same name. */
  final Set<List<Object>> rebuiltConstraints = new HashSet<>();

  /** Relation names (schema-qualified) that the plan creates or renames something to. */
  final Set<QualifiedName> claimedNames = new HashSet<>();

  /** Every relation name the plan's statements use, to choose temporary names that are free. */
  final Set<QualifiedName> usedNames = new HashSet<>();

  /**
   * The words of the queries of views the plan creates: a primary key on a table they may read is
   * added in the main migration, as a view that groups by it needs it to exist.
   */
  final Set<String> readByNewViews = new HashSet<>();

  /** Whether a view created by the plan may read the table (its name appears in the query). */
  boolean readByNewView(QualifiedName table) {
    return readByNewViews.contains(table.name());
  }

  /** Constraint names in use on each table (by the names it has before and after the plan). */
  final Map<QualifiedName, Set<String>> constraintNames = new HashMap<>();

  /** The index drops of the plan, by (table, name): a rebuilt index's old definition. */
  final Map<List<Object>, Change.DropIndex> indexDrops = new HashMap<>();

  /** (table, column set) of the keys that the plan's foreign keys reference. */
  final Set<List<Object>> referencedKeys = new HashSet<>();

  /** (table, column) of columns whose default is set: a default does not fill existing NULLs. */
  final Set<List<Object>> defaultedColumns = new HashSet<>();

  /** Enum names as they were before this plan's renames (new name → old name). */
  final Map<QualifiedName, QualifiedName> enumNamesBefore = new HashMap<>();

  /** Enums that gain values in this plan. */
  final Set<QualifiedName> enumsGainingValues = new HashSet<>();

  /** Enum values (type, value) that a later statement of the plan uses. */
  final Set<List<Object>> enumValuesUsedLater = new HashSet<>();

  /** Unique keys (table, column set) a change may build; see {@link #keyBuiltLate}. */
  private final List<Change> uniqueKeys = new java.util.ArrayList<>();

  /** The schema before the plan, where dropped constraints are looked up. */
  private SchemaModel before = SchemaModel.EMPTY;

  SchemaModel before() {
    return before;
  }

  /** Tables renamed by the plan or whose columns it renames, by their names before and after. */
  private final Set<QualifiedName> renamedTables = new HashSet<>();

  /** (table, name) of the constraints that the plan renames, by their names before and after. */
  private final Set<List<Object>> renamedConstraints = new HashSet<>();

  /**
   * Keys and foreign keys that the plan drops only just before their replacement is attached (in
   * {@link Stage#VALIDATE}), by (table, name), with their definitions before the plan: the table
   * keeps its unique guarantee and its references while the replacement is built concurrently.
   */
  final Map<List<Object>, Object> keptUntilReplaced = new HashMap<>();

  private PlanContext(PlanOptions options) {
    this.options = options;
  }

  static PlanContext of(
      List<Change> changes, PlanOptions options, List<Statement> simplePlan, SchemaModel before) {
    PlanContext context = new PlanContext(options);
    context.before = before;
    for (Change change : changes) {
      context.note(change);
    }
    for (Statement statement : simplePlan) {
      Change change = statement.change();
      boolean keyOrIndex =
          change instanceof Change.CreateIndex
              || change instanceof Change.DropIndex
              || change instanceof Change.AddUnique
              || change instanceof Change.AddPrimaryKey;
      for (TableLock lock : statement.risk().locks()) {
        if (statement.risk().rewrite()) {
          context.rewritten.add(lock.table());
        }
        if (!keyOrIndex && lock.mode() == LockMode.ACCESS_EXCLUSIVE) {
          context.lockedInMain.add(lock.table());
        }
      }
    }
    return context;
  }

  private void note(Change change) {
    if (change instanceof Change.CreateView c) {
      ColumnWords.of(c.view().query()).forEach(w -> readByNewViews.add(w.name()));
      if (c.view().materialized()) {
        // Its indexes are built with it, before anything reads it.
        newTables.add(c.view().name());
      }
    }
    if (change instanceof Change.CreateTable c) {
      Table table = c.definition();
      newTables.add(table.name());
      claim(table.name());
      if (table.primaryKey() != null) {
        claim(table.name().schema(), table.primaryKey().name());
      }
      for (UniqueConstraint u : table.uniques()) {
        claim(table.name().schema(), u.name());
      }
      for (Column column : table.columns()) {
        if (column.type().isSerial() || column.identity() != null) {
          claim(
              table.name().schema(),
              PgNames.makeObjectName(table.name().name(), column.name(), "seq"));
        }
      }
    } else if (change instanceof Change.CreateSequence c) {
      claim(c.sequence().name());
      newSequences.add(c.sequence().name());
    } else if (change instanceof Change.CreateView c) {
      claim(c.view().name());
    } else if (change instanceof Change.RenameTable c) {
      claim(c.to());
      renamedTables.add(c.from());
      renamedTables.add(c.to());
    } else if (change instanceof Change.RenameColumn c) {
      renamedTables.add(c.table());
    } else if (change instanceof Change.RenameConstraint c) {
      renamedConstraints.add(List.of(c.table(), c.from()));
      renamedConstraints.add(List.of(c.table(), c.to()));
    } else if (change instanceof Change.RenameSequence c) {
      claim(c.to());
    } else if (change instanceof Change.RenameOwnedSequence c) {
      claim(c.to());
    } else if (change instanceof Change.RenameView c) {
      claim(c.to());
    } else if (change instanceof Change.RenameIndex c) {
      claim(c.table().schema(), c.to());
      usedNames.add(new QualifiedName(c.table().schema(), c.from()));
      renamedConstraints.add(List.of(c.table(), c.from()));
      renamedConstraints.add(List.of(c.table(), c.to()));
    } else if (change instanceof Change.CreateIndex c) {
      claim(c.table().schema(), c.index().name());
    } else if (change instanceof Change.AddUnique c) {
      claim(c.table().schema(), c.constraint().name());
    } else if (change instanceof Change.AddPrimaryKey c) {
      claim(c.table().schema(), c.key().name());
    } else if (change instanceof Change.DropIndex c) {
      indexDrops.put(List.of(c.table(), c.name()), c);
      rebuiltIndexes.add(List.of(c.table(), c.name()));
      usedNames.add(new QualifiedName(c.table().schema(), c.name()));
    } else if (change instanceof Change.DropConstraint c) {
      rebuiltConstraints.add(List.of(c.table(), c.name()));
    } else if (change instanceof Change.DropColumn c) {
      droppedColumns.computeIfAbsent(c.table(), t -> new HashSet<>()).add(c.column().name());
    } else if (change instanceof Change.AddIdentity c) {
      plainNotNull.add(List.of(c.table(), c.column()));
    } else if (change instanceof Change.AddForeignKey c) {
      referencedKeys.add(List.of(c.key().targetTable(), Set.copyOf(c.key().targetColumns())));
    } else if (change instanceof Change.SetDefault c) {
      defaultedColumns.add(List.of(c.table(), c.column()));
    } else if (change instanceof Change.AlterColumnType c) {
      if (c.restoreDefault() != null) {
        defaultedColumns.add(List.of(c.table(), c.column()));
      }
      if (c.to().isSerial()) {
        plainNotNull.add(List.of(c.table(), c.column()));
      }
    } else if (change instanceof Change.AddEnumValue c) {
      enumsGainingValues.add(c.type());
    } else if (change instanceof Change.RenameEnum c) {
      enumNamesBefore.put(c.to(), enumNamesBefore.getOrDefault(c.from(), c.from()));
    } else if (change instanceof Change.RenameSchema c) {
      // Schema renames come first: enums renamed later are found under the schema's new name.
      schemaRenames.put(c.to(), c.from());
    }
    if (change instanceof Change.AddUnique
        || change instanceof Change.AddPrimaryKey
        || change instanceof Change.CreateIndex i && i.index().unique()) {
      uniqueKeys.add(change);
    }
  }

  private final Map<String, String> schemaRenames = new HashMap<>();

  /**
   * Whether the values added to this enum go to their own first migration: always online, and in
   * the simple form when a later statement uses one of them.
   */
  boolean addsValuesEarly(QualifiedName type) {
    return enumsGainingValues.contains(type)
        && (options.online()
            || enumValuesUsedLater.stream().anyMatch(used -> used.get(0).equals(type)));
  }

  /** The name an enum had before this plan's renames (schema renames, then its own). */
  QualifiedName enumNameBefore(QualifiedName name) {
    QualifiedName renamed = enumNamesBefore.getOrDefault(name, name);
    String schema = schemaRenames.getOrDefault(renamed.schema(), renamed.schema());
    return new QualifiedName(schema, renamed.name());
  }

  /**
   * Whether a unique key on {@code columns} of {@code table} is completed only after the main
   * migration (a unique index built concurrently, or a key attached to one): a foreign key that
   * references it must wait for it.
   */
  boolean keyBuiltLate(QualifiedName table, List<String> columns) {
    if (!buildsConcurrently(table)) {
      return false;
    }
    Set<String> wanted = Set.copyOf(columns);
    for (Change change : uniqueKeys) {
      if (change instanceof Change.AddUnique c
          && c.table().equals(table)
          && attachedLate(table, c.constraint().name())
          && Set.copyOf(c.constraint().columns()).equals(wanted)) {
        return true;
      }
      if (change instanceof Change.AddPrimaryKey c
          && c.table().equals(table)
          && attachedLate(table, c.key().name())
          && Set.copyOf(c.key().columns()).equals(wanted)) {
        return true;
      }
      if (change instanceof Change.CreateIndex c
          && c.table().equals(table)
          && c.index().where() == null
          && c.index().elements().stream().allMatch(e -> e.column() != null)
          && c.index().elements().stream()
              .map(IndexElement::column)
              .collect(java.util.stream.Collectors.toSet())
              .equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private void claim(QualifiedName name) {
    claimedNames.add(name);
    usedNames.add(name);
  }

  private void claim(String schema, String name) {
    claim(new QualifiedName(schema, name));
  }

  /** Finishes the sets that need every change seen: rebuilds are drops that are created again. */
  PlanContext settle(List<Change> changes) {
    Set<List<Object>> createdIndexes = new HashSet<>();
    Set<List<Object>> addedConstraints = new HashSet<>();
    for (Change change : changes) {
      if (change instanceof Change.CreateIndex c) {
        createdIndexes.add(List.of(c.table(), c.index().name()));
      } else if (change instanceof Change.AddUnique c) {
        addedConstraints.add(List.of(c.table(), c.constraint().name()));
      } else if (change instanceof Change.AddPrimaryKey c) {
        addedConstraints.add(List.of(c.table(), c.key().name()));
      }
    }
    rebuiltIndexes.retainAll(createdIndexes);
    rebuiltConstraints.retainAll(addedConstraints);
    keepKeysUntilReplaced(changes);
    return this;
  }

  /**
   * Whether a key added by the plan is built concurrently and attached in {@link Stage#VALIDATE}: a
   * new name, or the name of a key that the table keeps until then.
   */
  boolean attachedLate(QualifiedName table, String name) {
    return !isRebuiltConstraint(table, name) || keptUntilReplaced.containsKey(List.of(table, name));
  }

  /**
   * Chooses the primary keys and unique constraints whose drop waits for the key built to replace
   * them, and the foreign keys that rest on them and are added again to the replacement: dropped in
   * the main migration, the table would accept duplicates (and orphans) while the replacement is
   * built, and a VALIDATE of the re-added foreign key could then fail.
   */
  private void keepKeysUntilReplaced(List<Change> changes) {
    Set<List<Object>> keptKeys = new HashSet<>();
    for (Change change : changes) {
      if (change instanceof Change.DropConstraint d && keyCanWait(d, changes)) {
        Table table = before.table(d.table()).orElseThrow();
        Object key =
            table.primaryKey() != null && table.primaryKey().name().equals(d.name())
                ? table.primaryKey()
                : table.uniques().stream()
                    .filter(u -> u.name().equals(d.name()))
                    .findFirst()
                    .orElseThrow();
        keptUntilReplaced.put(List.of(d.table(), d.name()), key);
        keptKeys.add(List.of(d.table(), Set.copyOf(keyColumns(key))));
      }
    }
    Map<List<Object>, ForeignKey> movable = new HashMap<>();
    for (Change change : changes) {
      if (change instanceof Change.DropConstraint d
          && d.referenced() != null
          && !renamedTables.contains(d.table())
          && buildsConcurrently(d.table())
          && !isNew(d.referenced())) {
        before
            .table(d.table())
            .flatMap(
                t -> t.foreignKeys().stream().filter(f -> f.name().equals(d.name())).findFirst())
            .filter(
                fk ->
                    fk.columns().stream()
                        .noneMatch(droppedColumns.getOrDefault(d.table(), Set.of())::contains))
            .filter(fk -> readdedLate(changes, d.table(), d.name()))
            .ifPresent(fk -> movable.put(List.of(d.table(), d.name()), fk));
      }
    }
    Set<List<Object>> referenced = new HashSet<>();
    movable
        .values()
        .forEach(fk -> referenced.add(List.of(fk.targetTable(), Set.copyOf(fk.targetColumns()))));
    for (Change change : changes) {
      if (change instanceof Change.DropIndex d && indexCanWait(d, changes, referenced)) {
        keptUntilReplaced.put(List.of(d.table(), d.name()), d.index());
        keptKeys.add(List.of(d.table(), indexColumns(d.index())));
      }
    }
    movable.forEach(
        (drop, fk) -> {
          if (keptKeys.contains(List.of(fk.targetTable(), Set.copyOf(fk.targetColumns())))) {
            keptUntilReplaced.put(drop, fk);
          }
        });
  }

  /**
   * Whether a unique index that foreign keys rest on can stand until its replacement is complete:
   * the foreign keys then move to the replacement in the same transaction, instead of being dropped
   * with the index in the main migration (an index rebuilt under its own name is swapped there).
   */
  private boolean indexCanWait(
      Change.DropIndex d, List<Change> changes, Set<List<Object>> referenced) {
    QualifiedName table = d.table();
    Index index = d.index();
    if (!index.unique()
        || index.where() != null
        || index.elements().stream().anyMatch(e -> e.column() == null)
        || !referenced.contains(List.of(table, indexColumns(index)))
        || !buildsConcurrently(table)
        || renamedTables.contains(table)
        || renamedConstraints.contains(List.of(table, d.name()))
        || dropsColumnOf(table, index)) {
      return false;
    }
    if (isRebuiltIndex(table, d.name())) {
      return true;
    }
    return !claimedNames.contains(new QualifiedName(table.schema(), d.name()))
        && changes.stream().anyMatch(c -> uniqueKeys.contains(c) && table.equals(keyTable(c)));
  }

  private static Set<String> indexColumns(Index index) {
    return index.elements().stream()
        .map(IndexElement::column)
        .collect(java.util.stream.Collectors.toSet());
  }

  private boolean keyCanWait(Change.DropConstraint d, List<Change> changes) {
    QualifiedName table = d.table();
    if (!(d.kind().equals("primary key") || d.kind().equals("unique constraint"))
        || !buildsConcurrently(table)
        || renamedTables.contains(table)
        || renamedConstraints.contains(List.of(table, d.name()))
        || claimedNames.contains(new QualifiedName(table.schema(), d.name()))
            && !isRebuiltConstraint(table, d.name())) {
      return false;
    }
    List<String> columns =
        before
            .table(table)
            .flatMap(
                t ->
                    t.primaryKey() != null && t.primaryKey().name().equals(d.name())
                        ? java.util.Optional.of(t.primaryKey().columns())
                        : t.uniques().stream()
                            .filter(u -> u.name().equals(d.name()))
                            .findFirst()
                            .map(UniqueConstraint::columns))
            .orElse(null);
    if (columns == null
        || columns.stream().anyMatch(droppedColumns.getOrDefault(table, Set.of())::contains)) {
      return false;
    }
    boolean replaced = false;
    for (Change change : changes) {
      if (change instanceof Change.DropNotNull c
          && c.table().equals(table)
          && columns.contains(c.column())) {
        return false; // a primary key column cannot lose NOT NULL while the key stands
      }
      replaced |= uniqueKeys.contains(change) && table.equals(keyTable(change));
    }
    return replaced;
  }

  /** Whether the plan adds the foreign key again, waiting for a key built after the main step. */
  private boolean readdedLate(List<Change> changes, QualifiedName table, String name) {
    return changes.stream()
        .anyMatch(
            change ->
                change instanceof Change.AddForeignKey a
                    && a.table().equals(table)
                    && a.key().name().equals(name)
                    && keyBuiltLate(a.key().targetTable(), a.key().targetColumns()));
  }

  private static QualifiedName keyTable(Change change) {
    if (change instanceof Change.AddUnique c) {
      return c.table();
    }
    if (change instanceof Change.AddPrimaryKey c) {
      return c.table();
    }
    return change instanceof Change.CreateIndex c ? c.table() : null;
  }

  private static List<String> keyColumns(Object key) {
    return key instanceof PrimaryKey pk ? pk.columns() : ((UniqueConstraint) key).columns();
  }

  boolean createsSequence(QualifiedName sequence) {
    return newSequences.contains(sequence);
  }

  boolean isNew(QualifiedName table) {
    return newTables.contains(table);
  }

  /** Whether changes on this table take their online form. */
  boolean online(QualifiedName table) {
    return options.online() && !isNew(table) && !partitioned(table);
  }

  /**
   * Whether a CHECK added to this table is added NOT VALID and validated in the next step: also on
   * a partitioned table, where PostgreSQL takes both (measured on 14 to 18), validating every
   * partition under SHARE UPDATE EXCLUSIVE.
   */
  boolean onlineCheck(QualifiedName table) {
    return options.online() && !isNew(table);
  }

  /**
   * Whether the table was partitioned: PostgreSQL builds no index on it concurrently and adds no
   * foreign key NOT VALID, so its changes take their plain form, with their risk said.
   */
  private boolean partitioned(QualifiedName table) {
    return before.table(table).map(Table::isPartitioned).orElse(false);
  }

  /**
   * Whether an index (or the index of a key) on this table is built concurrently in its own step:
   * online, and the table is not rewritten by the main migration anyway.
   */
  boolean buildsConcurrently(QualifiedName table) {
    return online(table) && !rewritten.contains(table);
  }

  boolean isRebuiltIndex(QualifiedName table, String name) {
    return rebuiltIndexes.contains(List.of(table, name));
  }

  boolean isRebuiltConstraint(QualifiedName table, String name) {
    return rebuiltConstraints.contains(List.of(table, name));
  }

  /**
   * Whether the plan drops a column that the index covers, includes, or reads in an expression or
   * its predicate: dropping the column drops the index with it.
   */
  boolean dropsColumnOf(QualifiedName table, Index index) {
    Set<String> dropped = droppedColumns.getOrDefault(table, Set.of());
    if (dropped.isEmpty()) {
      return false;
    }
    List<String> texts = new ArrayList<>();
    for (IndexElement e : index.elements()) {
      if (e.column() != null && dropped.contains(e.column())) {
        return true;
      }
      if (e.expression() != null) {
        texts.add(e.expression());
      }
    }
    if (index.where() != null) {
      texts.add(index.where());
    }
    return index.include().stream().anyMatch(dropped::contains)
        || texts.stream()
            .flatMap(t -> ColumnWords.of(t).stream())
            .anyMatch(w -> !w.afterDot() && dropped.contains(w.name()));
  }

  /**
   * A constraint name for {@code table} as PostgreSQL would choose it from the table, the column
   * and {@code label}, that no constraint of the table uses before, after or during the plan.
   */
  String freeConstraintName(QualifiedName table, String column, String label) {
    Set<String> taken = constraintNames.computeIfAbsent(table, t -> new HashSet<>());
    return PgNames.choose(table.name(), column, label, taken);
  }

  /** A relation name in {@code schema} derived from {@code base} that nothing in the plan uses. */
  String freeName(String schema, String base, String label) {
    String name = PgNames.makeObjectName(base, null, label);
    int n = 1;
    while (usedNames.contains(new QualifiedName(schema, name))) {
      name = PgNames.makeObjectName(base, null, label + n++);
    }
    usedNames.add(new QualifiedName(schema, name));
    return name;
  }
}
