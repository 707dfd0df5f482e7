package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.Routine;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.Trigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The triggers of the tables that remain or are created (a dropped table takes its triggers).
 * Created after their table, columns and function; dropped before them. A trigger whose old form
 * names a column that is dropped, retyped or regenerated (PostgreSQL refuses to drop or retype a
 * column while the trigger depends on it), or calls a function that is dropped (also to be created
 * again), is dropped first and created after; but a plain trigger moved from a function that is
 * dropped to another that stays is replaced in place before the drop. Otherwise a changed trigger
 * is replaced in place ({@code CREATE OR REPLACE}, not for constraint triggers, which are dropped
 * and created, nor on a partitioned table when the trigger changes between row and statement
 * level), a trigger that only changed name is renamed (dropped and created on a partitioned table),
 * and one that only changed its enabled state is enabled or disabled. Renamed columns need nothing:
 * PostgreSQL follows them in {@code UPDATE OF} and {@code WHEN}.
 */
final class TriggerDiff {
  private final SchemaModel from;
  private final SchemaModel to;
  private final Map<QualifiedName, Table> fromTables;
  private final Function<QualifiedName, Set<String>> retyped;
  private final BiConsumer<Phase, Change> out;
  private final Set<QualifiedName> droppedFunctions = new HashSet<>();

  TriggerDiff(
      SchemaModel from,
      SchemaModel to,
      Map<QualifiedName, Table> fromTables,
      Function<QualifiedName, Set<String>> retyped,
      BiConsumer<Phase, Change> out) {
    this.from = from;
    this.to = to;
    this.fromTables = fromTables;
    this.retyped = retyped;
    this.out = out;
    for (Routine old : from.routines()) {
      Optional<Routine> now = to.routine(old.signature());
      if (old.identityArguments().isEmpty()
          && (now.isEmpty() || !now.get().equals(old) && !old.replaceableBy(now.get()))) {
        droppedFunctions.add(old.name());
      }
    }
  }

  void run() {
    for (Table table : to.tables()) {
      Table old = fromTables.get(table.name());
      if (old == null) {
        for (Trigger t : table.triggers()) {
          create(table.name(), t);
        }
      } else {
        diff(old, table);
      }
    }
  }

  private void diff(Table old, Table table) {
    QualifiedName name = table.name();
    Set<String> changedColumns = changedColumns(old, table);
    List<Trigger> gone = new ArrayList<>();
    List<Trigger> added = new ArrayList<>();
    List<Change> renames = new ArrayList<>();
    for (Trigger was : old.triggers()) {
      Optional<Trigger> now = table.trigger(was.name());
      if (now.isEmpty()) {
        gone.add(was);
        continue;
      }
      Trigger want = now.get();
      if (movesOffDroppedFunction(was, want, changedColumns)) {
        out.accept(
            Phase.TRIGGERS_OFF_DROPPED_FUNCTIONS, new Change.ReplaceTrigger(name, was, want));
        if (!want.state().equals(Trigger.ENABLED)) {
          out.accept(
              Phase.TRIGGERS,
              new Change.SetTriggerState(name, want.name(), want.state(), want.forEachRow()));
        }
      } else if (mustRebuild(was, changedColumns)
          || !was.sameButState(want) && (was.constraint() || want.constraint())
          || partitioned(table) && was.forEachRow() != want.forEachRow()) {
        out.accept(Phase.DROP_TRIGGERS, new Change.DropTrigger(name, was, true));
        create(name, want);
      } else if (!was.sameButState(want)) {
        out.accept(Phase.TRIGGERS, new Change.ReplaceTrigger(name, was, want));
        if (!want.state().equals(Trigger.ENABLED)) {
          out.accept(
              Phase.TRIGGERS,
              new Change.SetTriggerState(name, want.name(), want.state(), want.forEachRow()));
        }
      } else if (!was.state().equals(want.state())) {
        out.accept(
            Phase.TRIGGERS,
            new Change.SetTriggerState(name, want.name(), want.state(), want.forEachRow()));
      }
    }
    for (Trigger want : table.triggers()) {
      if (old.trigger(want.name()).isEmpty()) {
        added.add(want);
      }
    }
    Set<Trigger> recreated = new HashSet<>();
    for (Trigger want : added) {
      Optional<Trigger> renamedFrom =
          gone.stream()
              .filter(
                  g ->
                      !recreated.contains(g)
                          && !mustRebuild(g, changedColumns)
                          && g.withName(want.name()).sameButState(want))
              .findFirst();
      if (renamedFrom.isPresent() && (renamedFrom.get().constraint() || partitioned(table))) {
        // ALTER TRIGGER RENAME leaves a constraint trigger's pg_constraint row under the old name,
        // and on PostgreSQL 14 the partitions' copies of a partitioned table's row trigger (and
        // from 15 on it locks every partition even for a statement trigger): it is dropped and
        // created instead, as the same trigger (no object goes).
        recreated.add(renamedFrom.get());
        create(name, want);
      } else if (renamedFrom.isPresent()) {
        Trigger was = renamedFrom.get();
        gone.remove(was);
        renames.add(new Change.RenameTrigger(name, was.name(), want.name()));
        if (!was.state().equals(want.state())) {
          out.accept(
              Phase.TRIGGERS,
              new Change.SetTriggerState(name, want.name(), want.state(), want.forEachRow()));
        }
      } else {
        create(name, want);
      }
    }
    for (Trigger was : gone) {
      out.accept(Phase.DROP_TRIGGERS, new Change.DropTrigger(name, was, recreated.contains(was)));
    }
    renames.forEach(r -> out.accept(Phase.DROP_TRIGGERS, r));
  }

  /**
   * Whether {@code table} is partitioned: PostgreSQL copies its row triggers onto every partition,
   * and CREATE OR REPLACE of a row trigger as a statement trigger leaves those copies in place
   * (seen on 14 and 15), so a trigger that changes level is dropped and created.
   */
  private static boolean partitioned(Table table) {
    return table.partitioning() != null && table.partitioning().isPartitioned();
  }

  private void create(QualifiedName table, Trigger t) {
    out.accept(Phase.TRIGGERS, new Change.CreateTrigger(table, t));
    if (!t.state().equals(Trigger.ENABLED)) {
      out.accept(
          Phase.TRIGGERS, new Change.SetTriggerState(table, t.name(), t.state(), t.forEachRow()));
    }
  }

  /**
   * Whether {@code was} calls a function that the plan drops, and {@code want}, a plain trigger,
   * calls another one that stays, with nothing else forcing a rebuild: then CREATE OR REPLACE
   * TRIGGER moves it to the new function before the old one is dropped, instead of dropping it and
   * creating it again.
   */
  private boolean movesOffDroppedFunction(Trigger was, Trigger want, Set<String> changedColumns) {
    return !was.constraint()
        && !want.constraint()
        && droppedFunctions.contains(was.function())
        && !droppedFunctions.contains(want.function())
        && !readsChangedColumns(was, changedColumns);
  }

  /**
   * Whether {@code was} must go before the plan changes what it depends on: a column it names that
   * is dropped or retyped, or its function dropped (or dropped to be created again).
   */
  private boolean mustRebuild(Trigger was, Set<String> changedColumns) {
    return droppedFunctions.contains(was.function()) || readsChangedColumns(was, changedColumns);
  }

  /** Whether {@code was} names (in UPDATE OF or WHEN) a column that is dropped or retyped. */
  private static boolean readsChangedColumns(Trigger was, Set<String> changedColumns) {
    for (String column : changedColumns) {
      if (was.columns().contains(column)
          || was.when() != null && ViewDependencies.mentionsColumn(was.when(), column)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The columns of {@code old} that are dropped, get another type or generated expression (which
   * may drop and add the column), or are dropped and added again around an enum rebuild.
   */
  private Set<String> changedColumns(Table old, Table table) {
    Set<String> changed = new HashSet<>(retyped.apply(table.name()));
    for (Column c : old.columns()) {
      Optional<Column> now = table.column(c.name());
      if (now.isEmpty()
          || !now.get().type().equals(c.type())
          || !java.util.Objects.equals(now.get().generatedExpression(), c.generatedExpression())) {
        changed.add(c.name());
      }
    }
    return changed;
  }
}
