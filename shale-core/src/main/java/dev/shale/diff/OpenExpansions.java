package dev.shale.diff;

import dev.shale.model.SchemaModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pairs of expand and contract that a database holds expanded and not yet contracted, each with
 * the migration that expanded it and when that migration was applied: what {@code shale status}
 * shows, so that nobody forgets a contract (the old column and its trigger cost every write).
 */
public final class OpenExpansions {
  private OpenExpansions() {}

  /** An applied migration: its name, when, and the schema its snapshot holds (read on demand). */
  public record Applied(String name, Instant appliedAt, Supplier<SchemaModel> schema) {}

  /** A pair still expanded, and the migration that expanded it. */
  public record Open(ColumnPair pair, String since, Instant appliedAt) {}

  /**
   * The pairs of the newest migration's schema, each dated by the oldest migration of the unbroken
   * run of newest ones whose schemas hold it; {@code applied} is newest first.
   */
  public static List<Open> of(List<Applied> applied) {
    if (applied.isEmpty()) {
      return List.of();
    }
    List<ColumnPair> open = ColumnPair.in(applied.get(0).schema().get());
    List<Open> result = new ArrayList<>();
    for (ColumnPair pair : open) {
      Applied since = applied.get(0);
      for (Applied older : applied.subList(1, applied.size())) {
        SchemaModel schema = older.schema().get();
        if (schema == null || !ColumnPair.in(schema).contains(pair)) {
          break;
        }
        since = older;
      }
      result.add(new Open(pair, since.name(), since.appliedAt()));
    }
    return List.copyOf(result);
  }
}
