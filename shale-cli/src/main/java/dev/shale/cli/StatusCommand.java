package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.MigrationState;
import dev.shale.db.MigrationStatus;
import dev.shale.db.Migrator;
import dev.shale.diff.OpenExpansions;
import dev.shale.push.AppliedDrift;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show applied, pending, modified, missing, failed and out-of-order migrations.",
      "Adds a line when the database drifted from the snapshot of its newest applied migration.",
      "Exits 1 when something needs attention (all but applied and pending, and drift)."
    })
final class StatusCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;
  @Mixin ShadowOption shadow;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--fail-on-pending", description = "Exit 1 also when migrations are pending.")
  boolean failOnPending;

  @Override
  public Integer call() {
    Config config = root.config();
    var files = ProjectMigrations.read(config);
    try (Database db =
        database.openLasting(config, "shale status", "ever show every migration as pending")) {
      var history = database.history(config);
      MigrationStatus status = new Migrator(db, history, event -> {}).status(files);
      AppliedDrift drift = drift(config, db, status);
      List<OpenExpansions.Open> expansions = expansions(config, status);
      var printer = new StatusPrinter(spec.commandLine().getOut(), root.terminal());
      if (json) {
        printer.json(status, db, history, drift, expansions);
      } else {
        printer.table(status, db, history, drift, expansions);
      }
      boolean attention =
          status.needsAttention()
              || drift != null
              || (failOnPending && !status.in(MigrationState.PENDING).isEmpty());
      return attention ? ExitCodes.FAILURE : ExitCodes.OK;
    }
  }

  /**
   * The expand-and-contract pairs the newest applied migration leaves expanded, dated by the
   * migration that expanded them (read from the applied migrations' snapshots, newest first).
   */
  private List<OpenExpansions.Open> expansions(Config config, MigrationStatus status) {
    List<OpenExpansions.Applied> applied = new java.util.ArrayList<>();
    status.entries().stream()
        .filter(e -> e.applied() != null && e.applied().success())
        .sorted(Comparator.comparing(MigrationStatus.Entry::name).reversed())
        .forEach(
            e ->
                applied.add(
                    new OpenExpansions.Applied(
                        e.name(), e.applied().appliedAt(), () -> snapshotOf(config, e.name()))));
    try {
      return OpenExpansions.of(applied);
    } catch (RuntimeException e) {
      spec.commandLine()
          .getErr()
          .println("warning: could not read the snapshots for open expansions: " + e.getMessage());
      return List.of();
    }
  }

  private static dev.shale.model.SchemaModel snapshotOf(Config config, String name) {
    Path file = config.snapshots().resolve(name + ".json");
    return Files.isRegularFile(file) ? SnapshotJson.read(file).schema() : null;
  }

  /**
   * How the database differs from the snapshot of its newest applied migration, or null when it
   * does not, when there is no such snapshot, or when that cannot be found out (a warning says why:
   * status reports migrations even when the schema cannot be read).
   */
  private AppliedDrift drift(Config config, Database db, MigrationStatus status) {
    try {
      return AppliedDrift.of(config, db, status, SchemaOptions.pgVersion(config), shadow.url())
          .orElse(null);
    } catch (SQLException | RuntimeException e) {
      spec.commandLine()
          .getErr()
          .println("warning: could not check the database for drift: " + e.getMessage());
      return null;
    }
  }
}
