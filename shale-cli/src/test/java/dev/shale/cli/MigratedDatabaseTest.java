package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.junit.ShaleDatabase;
import dev.shale.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bundled example's migrations, applied by shale-junit's extension: the commands see the
 * database as migrate would have left it.
 */
class MigratedDatabaseTest {
  @RegisterExtension
  static final ShaleDatabase DB = ShaleDatabase.migrated(ProjectFiles.root("migrations-example"));

  @Test
  void statusShowsEveryMigrationApplied() {
    CliRun run = CliRun.raw("-C", ProjectFiles.root().toString(), "status", "--url", DB.jdbcUrl());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("3 applied.");
  }

  @Test
  void theDatabaseMatchesTheNewestSnapshot() {
    CliRun run =
        CliRun.raw(
            "-C",
            ProjectFiles.root().toString(),
            "diff",
            "--url",
            DB.jdbcUrl(),
            "--from",
            "db",
            "--to",
            "snapshot");
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }
}
