package dev.shale.push;

import dev.shale.db.PreparedMigration;
import dev.shale.snapshot.MigrationFile;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a push plan as migrations that exist only in memory: {@code push}, or {@code
 * push_enum_values} then {@code push} when enum values must be committed before their first use.
 * They run as migrate runs files (one transaction each, lock_timeout, retries) but are never
 * recorded.
 */
public final class PushScript {
  private PushScript() {}

  /** The migration of each step, in order; the name of one is its SQL's first comment. */
  public static List<PreparedMigration> of(List<MigrationPlanner.Step> steps) {
    List<PreparedMigration> migrations = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      MigrationPlanner.Step step = steps.get(i);
      String name = step.stage().suffix().isEmpty() ? "push" : "push_" + step.stage().suffix();
      String sql = MigrationScript.render(name, step, i + 1, steps.size());
      migrations.add(
          PreparedMigration.of(new MigrationFile(name, Path.of("the SQL above"), sql, "")));
    }
    return List.copyOf(migrations);
  }
}
