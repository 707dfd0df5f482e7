package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.snapshot.MigrationFile;
import dev.shale.snapshot.MigrationFolder;
import java.util.List;

/** The project's migration files, named in messages relative to the project directory. */
final class ProjectMigrations {
  private ProjectMigrations() {}

  static List<MigrationFile> read(Config config) {
    return MigrationFolder.readMigrations(config.migrations()).stream()
        .map(
            f ->
                new MigrationFile(
                    f.name(),
                    config.projectDir().relativize(f.path().toAbsolutePath()),
                    f.sql(),
                    f.checksum()))
        .toList();
  }
}
