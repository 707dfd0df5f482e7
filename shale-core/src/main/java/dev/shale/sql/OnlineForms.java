package dev.shale.sql;

import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;
import static dev.shale.sql.StatementPlanner.alterColumn;
import static dev.shale.sql.StatementPlanner.alterTable;

import dev.shale.diff.Change;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The zero-downtime forms of changes to live tables: indexes built and dropped concurrently in a
 * migration of their own, constraints added NOT VALID and validated in the next transaction, NOT
 * NULL proven by a validated check, keys attached to concurrently built unique indexes. Each
 * statement goes to its {@link Stage}; parts of the target that a later stage completes are
 * recorded as {@link Deferral}s for the snapshots of the earlier steps.
 */
final class OnlineForms {
  /** Receives a statement for a stage. */
  interface Emitter {
    void emit(Stage stage, String sql, Risk risk);
  }

  private final PlanContext context;
  private final Emitter out;
  private final Consumer<Deferral> defer;

  OnlineForms(PlanContext context, Emitter out, Consumer<Deferral> defer) {
    this.context = context;
    this.out = out;
    this.defer = defer;
  }

  static boolean applies(PlanContext context, Change.SetNotNull c) {
    return context.online(c.table())
        && !context.plainNotNull.contains(List.of(c.table(), c.column()));
  }

  static boolean applies(PlanContext context, Change.AddPrimaryKey c) {
    return context.buildsConcurrently(c.table())
        && context.attachedLate(c.table(), c.key().name())
        && !context.readByNewView(c.table());
  }

  static boolean applies(PlanContext context, Change.AddUnique c) {
    return context.buildsConcurrently(c.table())
        && context.attachedLate(c.table(), c.constraint().name());
  }

  static boolean applies(PlanContext context, Change.AddForeignKey c) {
    return context.online(c.table())
        || context.keyBuiltLate(c.key().targetTable(), c.key().targetColumns());
  }

  static boolean applies(PlanContext context, Change.CreateIndex c) {
    return context.buildsConcurrently(c.table());
  }

  /**
   * A new index, or one whose definition changed: built concurrently; a changed one under a
   * temporary name, then swapped in, so that the table is never without it.
   */
  void createIndex(Change.CreateIndex c) {
    QualifiedName table = c.table();
    Index index = c.index();
    Change.DropIndex drop = swappedDrop(table, index.name());
    if (drop == null) {
      out.emit(
          Stage.INDEXES,
          SqlFragments.createIndex(table, index, index.name(), true),
          buildsIndex(table));
      defer.accept(new Deferral.IndexChanged(table, null, index));
      return;
    }
    String temporary = context.freeName(table.schema(), index.name(), "new");
    out.emit(
        Stage.INDEXES, SqlFragments.createIndex(table, index, temporary, true), buildsIndex(table));
    if (context.keptUntilReplaced.containsKey(List.of(table, index.name()))) {
      // Foreign keys rest on the old index: they move to the new one in the validating step, in
      // one transaction with the swap, instead of being missing until then.
      out.emit(
          Stage.VALIDATE, "DROP INDEX " + qualified(table.schema(), index.name()), brief(table));
      out.emit(
          Stage.VALIDATE,
          "ALTER INDEX "
              + qualified(table.schema(), temporary)
              + " RENAME TO "
              + quote(index.name()),
          Risk.NONE);
      defer.accept(new Deferral.IndexChanged(table, null, named(index, temporary)));
      defer.accept(
          new Deferral.IndexSwappedLate(
              table, named(drop.index(), index.name()), named(index, temporary)));
      return;
    }
    out.emit(
        Stage.INDEXES,
        "DROP INDEX CONCURRENTLY IF EXISTS " + qualified(table.schema(), index.name()),
        weak(table));
    out.emit(
        Stage.INDEXES,
        "ALTER INDEX IF EXISTS "
            + qualified(table.schema(), temporary)
            + " RENAME TO "
            + quote(index.name()),
        // Locks only the index (SHARE UPDATE EXCLUSIVE), which this plan built: nothing to flag.
        Risk.NONE);
    defer.accept(new Deferral.IndexChanged(table, named(drop.index(), index.name()), index));
  }

  /**
   * An index that goes: concurrently after the main migration, unless that migration locks the
   * table anyway, drops a column it covers, needs its name, or re-adds a foreign key that might
   * rest on it; nothing here when it is swapped by {@link #createIndex}.
   */
  void dropIndex(Change.DropIndex c) {
    QualifiedName table = c.table();
    if (swappedDrop(table, c.name()) != null) {
      return;
    }
    QualifiedName name = new QualifiedName(table.schema(), c.name());
    if (context.keptUntilReplaced.containsKey(List.of(table, c.name()))) {
      // Foreign keys rest on it: it goes when they move to its replacement, in one transaction.
      out.emit(Stage.VALIDATE, "DROP INDEX " + qualified(name), brief(table));
      defer.accept(new Deferral.ConstraintKept(table, named(c.index(), c.name())));
      return;
    }
    boolean inMain =
        context.lockedInMain.contains(table)
            || context.rewritten.contains(table)
            || context.dropsColumnOf(table, c.index())
            || (context.claimedNames.contains(name) && !context.isRebuiltIndex(table, c.name()))
            || context.isRebuiltIndex(table, c.name())
            || c.index().unique()
                && context.referencedKeys.contains(List.of(table, columns(c.index())));
    if (inMain) {
      out.emit(
          Stage.MAIN,
          "DROP INDEX " + qualified(name),
          new Risk(
              List.of(new TableLock(table, LockMode.ACCESS_EXCLUSIVE)),
              false,
              false,
              false,
              false,
              context.lockedInMain.contains(table)
                  ? List.of()
                  : List.of(Rule.DROP_INDEX_NON_CONCURRENT)));
      return;
    }
    out.emit(Stage.INDEXES, "DROP INDEX CONCURRENTLY IF EXISTS " + qualified(name), weak(table));
    defer.accept(new Deferral.IndexChanged(table, named(c.index(), c.name()), null));
  }

  /** A unique constraint on a live table: its index built concurrently, then attached. */
  void addUnique(Change.AddUnique c) {
    Index standIn =
        standIn(c.constraint().name(), c.constraint().columns(), c.constraint().nullsNotDistinct());
    attachKey(c.table(), standIn, "UNIQUE");
  }

  /** A primary key on a live table: as a unique constraint, after its columns are NOT NULL. */
  void addPrimaryKey(Change.AddPrimaryKey c) {
    attachKey(c.table(), standIn(c.key().name(), c.key().columns(), false), "PRIMARY KEY");
  }

  /**
   * Builds the key's unique index concurrently, then attaches it as the key (which renames the
   * index to the key's name); under a temporary name while the key it replaces still holds that
   * name.
   */
  private void attachKey(QualifiedName table, Index key, String kind) {
    String name = key.name();
    Index standIn =
        context.isRebuiltConstraint(table, name)
            ? named(key, context.freeName(table.schema(), name, "new"))
            : key;
    out.emit(
        Stage.INDEXES,
        SqlFragments.createIndex(table, standIn, standIn.name(), true),
        buildsIndex(table));
    out.emit(
        Stage.VALIDATE,
        alterTable(table)
            + "ADD CONSTRAINT "
            + quote(name)
            + " "
            + kind
            + " USING INDEX "
            + quote(standIn.name()),
        brief(table));
    defer.accept(new Deferral.IndexChanged(table, null, standIn));
    defer.accept(new Deferral.KeyAttached(table, name, standIn));
  }

  /** A check on a live table: added NOT VALID (new rows are checked at once), validated next. */
  void addCheck(Change.AddCheck c) {
    out.emit(
        Stage.MAIN,
        alterTable(c.table()) + "ADD " + StatementPlanner.check(c.constraint()) + " NOT VALID",
        brief(c.table()));
    validate(Stage.VALIDATE, c.table(), c.constraint().name(), null);
  }

  /**
   * A foreign key from a live table: added NOT VALID, validated in the next transaction. A key that
   * references a unique key built after the main migration waits for it.
   */
  void addForeignKey(Change.AddForeignKey c) {
    ForeignKey fk = c.key();
    QualifiedName target = fk.targetTable();
    Stage stage = context.keyBuiltLate(target, fk.targetColumns()) ? Stage.VALIDATE : Stage.MAIN;
    if (stage != Stage.MAIN) {
      defer.accept(new Deferral.ForeignKeyAdded(c.table(), fk, stage));
    }
    List<TableLock> locks = new ArrayList<>();
    if (!context.isNew(c.table())) {
      locks.add(new TableLock(c.table(), LockMode.SHARE_ROW_EXCLUSIVE));
    }
    if (!target.equals(c.table()) && !context.isNew(target)) {
      locks.add(new TableLock(target, LockMode.SHARE_ROW_EXCLUSIVE));
    }
    Risk brief = new Risk(locks, false, false, false, false, List.of());
    String add = alterTable(c.table()) + "ADD " + SqlFragments.foreignKey(fk);
    if (!context.online(c.table()) && !fk.notValid()) {
      out.emit(stage, add, brief);
      return;
    }
    out.emit(stage, add + " NOT VALID", brief);
    if (!fk.notValid()) {
      validate(stage.next(), c.table(), fk.name(), target);
    }
  }

  /**
   * SET NOT NULL on a live column: a check {@code (col IS NOT NULL)} added NOT VALID, validated in
   * the next transaction (a scan that lets writes go on), then SET NOT NULL, which the validated
   * check spares its scan, and the check dropped.
   */
  void setNotNull(Change.SetNotNull c) {
    QualifiedName table = c.table();
    String check = context.freeConstraintName(table, c.column(), "not_null_check");
    CheckConstraint constraint = new CheckConstraint(check, quote(c.column()) + " IS NOT NULL");
    boolean defaulted = context.defaultedColumns.contains(List.of(table, c.column()));
    Risk add = brief(table);
    if (defaulted) {
      add = new Risk(add.locks(), false, false, false, false, List.of(Rule.NOT_NULL_AFTER_DEFAULT));
    }
    out.emit(
        Stage.MAIN,
        alterTable(table) + "ADD " + StatementPlanner.check(constraint) + " NOT VALID",
        add);
    validate(Stage.VALIDATE, table, check, null);
    out.emit(Stage.VALIDATE, alterColumn(table, c.column()) + "SET NOT NULL", brief(table));
    out.emit(Stage.VALIDATE, alterTable(table) + "DROP CONSTRAINT " + quote(check), brief(table));
    defer.accept(new Deferral.NotNullProven(table, c.column(), constraint));
  }

  /**
   * A constraint declared NOT VALID before and no longer: validated in its own transaction after
   * the main migration, as the constraints this plan adds.
   */
  void validateDeclared(Change.ValidateConstraint c) {
    validate(Stage.VALIDATE, c.table(), c.name(), c.referenced());
  }

  private void validate(Stage stage, QualifiedName table, String constraint, QualifiedName target) {
    out.emit(
        stage,
        alterTable(table) + "VALIDATE CONSTRAINT " + quote(constraint),
        validating(context, table, target));
  }

  /** VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE (and ROW SHARE on a key's target). */
  static Risk validating(PlanContext context, QualifiedName table, QualifiedName target) {
    List<TableLock> locks = new ArrayList<>();
    locks.add(new TableLock(table, LockMode.SHARE_UPDATE_EXCLUSIVE));
    if (target != null && !target.equals(table) && !context.isNew(target)) {
      locks.add(new TableLock(target, LockMode.ROW_SHARE));
    }
    return new Risk(locks, false, true, false, false, List.of());
  }

  /** The drop that a same-named new index replaces by a swap, or null. */
  private Change.DropIndex swappedDrop(QualifiedName table, String name) {
    if (!context.isRebuiltIndex(table, name) || !context.buildsConcurrently(table)) {
      return null;
    }
    Change.DropIndex drop = context.indexDrops.get(List.of(table, name));
    if (drop == null || context.dropsColumnOf(table, drop.index())) {
      return null;
    }
    return drop;
  }

  private static Index standIn(String name, List<String> columns, boolean nullsNotDistinct) {
    return new Index(
        name,
        true,
        nullsNotDistinct,
        null,
        columns.stream().map(c -> new IndexElement(c, null, null, null, null)).toList(),
        List.of(),
        null);
  }

  private static Index named(Index index, String name) {
    return index.withName(name);
  }

  private static Set<String> columns(Index index) {
    Set<String> columns = new java.util.HashSet<>();
    for (IndexElement e : index.elements()) {
      columns.add(e.column() == null ? "(" + e.expression() + ")" : e.column());
    }
    return columns;
  }

  /** A concurrent build: SHARE UPDATE EXCLUSIVE (reads and writes go on) while it scans. */
  private static Risk buildsIndex(QualifiedName table) {
    return new Risk(
        List.of(new TableLock(table, LockMode.SHARE_UPDATE_EXCLUSIVE)),
        false,
        true,
        false,
        false,
        List.of());
  }

  private static Risk weak(QualifiedName relation) {
    return Risk.lockOnly(relation, LockMode.SHARE_UPDATE_EXCLUSIVE);
  }

  private static Risk brief(QualifiedName table) {
    return Risk.lockOnly(table, LockMode.ACCESS_EXCLUSIVE);
  }
}
