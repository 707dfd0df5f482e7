package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

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
    List<Change> out = new ArrayList<>();
    for (Change change : changes) {
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
      out.add(
          new Change.Backfill(
              add.table(), column.name(), pair.old(), pair.value(), mayBeNull, check));
      if (column.notNull()) {
        out.add(new Change.SetNotNull(add.table(), column.name()));
      }
    }
    return out;
  }
}
