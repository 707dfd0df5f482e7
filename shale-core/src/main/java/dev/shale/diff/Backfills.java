package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expand of expand and contract, in the changes: a new column of a pair is added nullable, then
 * backfilled, then made NOT NULL (which the plan proves with a validated check on a live table), so
 * that the rows written before the backfill never have to satisfy it.
 */
final class Backfills {
  private Backfills() {}

  static List<Change> added(SchemaModel from, SchemaModel to, List<Change> changes) {
    List<ColumnPair> existing = ColumnPair.in(from);
    List<ColumnPair> expanded =
        ColumnPair.in(to).stream()
            .filter(
                p ->
                    existing.stream()
                        .noneMatch(
                            e -> e.table().equals(p.table()) && e.trigger().equals(p.trigger())))
            .toList();
    if (expanded.isEmpty()) {
      return changes;
    }
    // A backfill's check reads the table's row as the schema declares it: it comes after the
    // table's last added column, not right after its own (seed 81904: a column added after the
    // pair was named by the check before it existed).
    Map<QualifiedName, Integer> lastAdd = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i) instanceof Change.AddColumn add) {
        lastAdd.put(add.table(), i);
      }
    }
    Map<QualifiedName, List<Change>> pending = new HashMap<>();
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      flushAfter(i - 1, lastAdd, pending, out);
      ColumnPair pair =
          change instanceof Change.AddColumn add
              ? expanded.stream()
                  .filter(
                      p ->
                          p.table().equals(add.table())
                              && p.replacement().equals(add.column().name()))
                  .findFirst()
                  .orElse(null)
              : null;
      if (pair == null) {
        out.add(change);
        continue;
      }
      Change.AddColumn add = (Change.AddColumn) change;
      Column column = add.column();
      out.add(new Change.AddColumn(add.table(), column.withNotNull(false), false));
      boolean oldNotNull =
          from.table(add.table())
              .flatMap(t -> t.column(pair.old()))
              .map(Column::notNull)
              .orElse(false);
      boolean mayBeNull = !oldNotNull || SyncTrigger.isUsing(pair.value());
      String check =
          to.routines().stream()
              .filter(r -> r.name().equals(pair.function()) && r.arguments().isEmpty())
              .findFirst()
              .map(r -> SyncTrigger.check(dev.shale.sql.Identifiers.qualified(add.table()), r))
              .orElseThrow();
      List<Change> later = pending.computeIfAbsent(add.table(), t -> new ArrayList<>());
      later.add(
          new Change.Backfill(
              add.table(), column.name(), pair.old(), pair.value(), mayBeNull, check));
      if (column.notNull()) {
        later.add(new Change.SetNotNull(add.table(), column.name()));
      }
    }
    flushAfter(changes.size() - 1, lastAdd, pending, out);
    return out;
  }

  /** The pending backfills of the table whose last added column is change {@code index}. */
  private static void flushAfter(
      int index,
      Map<QualifiedName, Integer> lastAdd,
      Map<QualifiedName, List<Change>> pending,
      List<Change> out) {
    lastAdd.forEach(
        (table, last) -> {
          if (last == index && pending.containsKey(table)) {
            out.addAll(pending.remove(table));
          }
        });
  }
}
