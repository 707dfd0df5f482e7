package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.MigrateOptions;
import dev.shale.db.Migrator;
import dev.shale.snapshot.MigrationFile;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Apply pending migrations, each exactly once, in its own transaction, under an advisory lock.",
      "A file whose first line is '-- shale:no-transaction' runs statement by statement outside one."
    })
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;
  @Mixin MigrateFlags flags;

  @Option(names = "--dry-run", description = "Print the plan and the SQL; touch nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    Config config = root.config();
    List<MigrationFile> files = ProjectMigrations.read(config);
    MigrateOptions options = flags.options(config.migrate());
    var out = spec.commandLine().getOut();
    var printer =
        new MigrationPrinter(out, dryRun ? spec.commandLine().getErr() : out, root.terminal());
    try (Database db = database.open(config)) {
      var history = database.history(config);
      printer.database(db, history);
      Migrator migrator = new Migrator(db, history, printer);
      if (dryRun) {
        printer.dryRun(migrator.plan(files, options));
      } else {
        try {
          printer.done(migrator.migrate(files, options));
        } catch (RuntimeException e) {
          printer.failed();
          throw e;
        }
      }
    }
    return ExitCodes.OK;
  }
}
