package dev.shale.testing;

import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies the steps of a plan as {@code shale migrate} would: a transactional step as one script
 * (one implicit transaction), a no-transaction step statement by statement.
 */
public final class PlanApplier {
  private PlanApplier() {}

  public static void apply(TestPostgres.FreshDatabase db, List<MigrationPlanner.Step> steps) {
    try (Connection c = db.connectSimple()) {
      apply(c, steps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void apply(TestPostgres.FreshDatabase db, MigrationPlanner.Step step) {
    apply(db, List.of(step));
  }

  /**
   * As {@link #apply(TestPostgres.FreshDatabase, List)} on a connection the caller keeps
   * (autocommit on; {@link TestPostgres.FreshDatabase#connectSimple()} names the failing line).
   */
  public static void apply(Connection c, List<MigrationPlanner.Step> steps) {
    for (MigrationPlanner.Step step : steps) {
      if (step.transactional()) {
        String script = MigrationScript.plain(step.statements());
        if (!script.isBlank()) {
          TestPostgres.apply(c, script);
        }
      } else {
        for (Statement statement : step.statements()) {
          TestPostgres.apply(c, statement.sql());
        }
      }
    }
  }

  /** Every step's migration text as {@code generate} writes it, stems derived from {@code name}. */
  public static String render(String name, List<MigrationPlanner.Step> steps) {
    StringBuilder out = new StringBuilder();
    List<String> stems =
        steps.size() == 1
            ? List.of(name)
            : dev.shale.diff.MigrationName.forSteps(
                name, steps.stream().map(s -> s.stage().suffix()).toList());
    for (int i = 0; i < steps.size(); i++) {
      MigrationPlanner.Step step = steps.get(i);
      String stem = stems.get(i);
      if (i > 0) {
        out.append('\n');
      }
      out.append(MigrationScript.render(stem, step, i + 1, steps.size()));
    }
    return out.toString();
  }
}
