package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.MigrateOptions;
import dev.shale.db.Migrator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Record migrations up to NAME as applied, without running them.",
      "For adopting Shale on a database that already has their schema."
    })
final class BaselineCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(
      names = "--lock-wait",
      paramLabel = "DURATION",
      description = "How long to wait for a running migrate to finish (default 10min).")
  String lockWait;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "NAME",
      description = "The last migration the database already has (its file stem).")
  String to;

  @Override
  public Integer call() {
    Config config = root.config();
    var files = ProjectMigrations.read(config);
    Migrator.requireMigration(files, "--to", to);
    var out = spec.commandLine().getOut();
    var printer = new MigrationPrinter(out, out, root.terminal());
    try (Database db =
        database.openSession(
            config, "shale baseline", true, "record a baseline that is then deleted")) {
      var history = database.history(config);
      printer.database(db, history);
      List<String> recorded =
          new Migrator(db, history, printer)
              .baseline(
                  files,
                  to,
                  MigrateFlags.pick(
                      "--lock-wait",
                      lockWait,
                      config.migrate().lockWait(),
                      MigrateOptions.DEFAULT_LOCK_WAIT));
      printer.baseline(recorded, to);
    }
    return ExitCodes.OK;
  }
}
