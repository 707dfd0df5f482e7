package dev.shale.studio;

import dev.shale.config.Config;
import dev.shale.db.MigrateOptions;
import dev.shale.lint.Check;
import dev.shale.lint.CheckRequest;
import dev.shale.lint.Finding;
import dev.shale.lint.LintConfig;
import dev.shale.lint.LintSettings;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.MigrationFolder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code shale check} on the project's folder, as shale.toml configures it, for the page. */
final class ProjectCheck {
  /** What the check found, with the line it adds when the schema could not be compared. */
  record Result(Check.Outcome outcome, int pgVersion, String schemaProblem) {}

  private ProjectCheck() {}

  static Result run(Config config, Supplier<SchemaModel> schema) {
    String configName = config.configFile() == null ? "shale.toml" : config.configFile().toString();
    LintConfig lint = LintConfig.read(config.lint(), configName);
    int version = config.pgVersion() != null ? config.pgVersion() : LintSettings.DEFAULT_PG_VERSION;
    Duration lockTimeout = config.migrate().lockTimeout();
    CheckRequest request =
        new CheckRequest(
            config.projectDir(),
            List.of(),
            new MigrationFolder(config.migrations(), config.snapshots()),
            null,
            lint.startAfter(),
            Boolean.TRUE.equals(lint.assumeInTransaction()),
            MigrateOptions.setsLockTimeout(lockTimeout));
    LintSettings settings = new LintSettings(version, lint.include(), lint.exclude(), false);
    String[] problem = new String[1];
    Supplier<SchemaModel> guarded =
        () -> {
          try {
            return schema.get();
          } catch (RuntimeException e) {
            problem[0] = e.getMessage();
            throw e;
          }
        };
    try {
      return new Result(Check.run(request, settings, guarded, System.in), version, null);
    } catch (RuntimeException e) {
      if (problem[0] == null) {
        throw e;
      }
      Check.Outcome outcome = Check.run(request, settings, null, System.in);
      return new Result(outcome, version, problem[0]);
    }
  }

  /** The findings of a file, by its stem. */
  static List<Finding> of(Check.Outcome outcome, String stem) {
    List<Finding> found = new ArrayList<>();
    for (Finding f : outcome.findings()) {
      String name = java.nio.file.Path.of(f.file()).getFileName().toString();
      if (name.equals(stem + ".sql")) {
        found.add(f);
      }
    }
    return found;
  }
}
