package dev.shale.push;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.MigrationStatus;
import dev.shale.diff.Change;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.SnapshotChain;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a database differs from the snapshot of its newest applied migration: the drift that {@code
 * shale status} and the studio report.
 *
 * @param migration the newest applied migration's stem
 * @param snapshot its snapshot file, relative to the project
 * @param changes what would take the database to that snapshot, described
 */
public record AppliedDrift(String migration, String snapshot, List<String> changes) {
  public AppliedDrift {
    changes = List.copyOf(changes);
  }

  /**
   * The drift of {@code db}, or empty when there is none, when no migration is applied, when its
   * snapshot is absent or when the snapshot chain has problems (which the folder guard reports).
   *
   * @param pgVersion the version the snapshot's SQL targets
   * @param shadow the server that normalizes the snapshot, or null for the default
   * @throws SQLException when the database cannot be read
   */
  public static Optional<AppliedDrift> of(
      Config config, Database db, MigrationStatus status, int pgVersion, DatabaseUrl shadow)
      throws SQLException {
    Optional<String> newest =
        status.entries().stream()
            .filter(e -> e.applied() != null && e.applied().success())
            .map(MigrationStatus.Entry::name)
            .max(Comparator.naturalOrder());
    Path file = newest.map(n -> config.snapshots().resolve(n + ".json")).orElse(null);
    if (file == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    MigrationFolder folder = new MigrationFolder(config.migrations(), config.snapshots());
    if (!SnapshotChain.read(folder, config.projectDir()).problems().isEmpty()) {
      return Optional.empty();
    }
    try (Connection connection = db.connect()) {
      List<Change> changes =
          LiveDrift.of(
              connection,
              db.description(),
              SnapshotJson.read(file).schema(),
              new IntrospectionFilter(config.schemas(), config.tables(), config.history()),
              pgVersion,
              shadow);
      return changes.isEmpty()
          ? Optional.empty()
          : Optional.of(
              new AppliedDrift(
                  newest.get(),
                  config.projectDir().relativize(file.toAbsolutePath()).toString(),
                  changes.stream().map(Change::describe).toList()));
    }
  }
}
