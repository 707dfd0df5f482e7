package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.DatabaseException;
import dev.shale.db.MigrateOptions;
import dev.shale.db.Migrator;
import dev.shale.snapshot.MigrationFile;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    Migrator.requireMigration(files, "--target", options.target());
    var out = spec.commandLine().getOut();
    var printer =
        new MigrationPrinter(out, dryRun ? spec.commandLine().getErr() : out, root.terminal());
    try (Database db = database.openSession(config, "shale migrate", false, null)) {
      var history = database.history(config);
      printer.database(db, history);
      warnIfOlderThanTarget(db, config.pgVersion());
      Migrator migrator = new Migrator(db, history, printer);
      if (dryRun) {
        printer.dryRun(migrator.plan(files, options));
      } else {
        return migrate(migrator, files, options, printer);
      }
    }
    return ExitCodes.OK;
  }

  /** Migrations generated for a newer server may use what this one lacks: say so up front. */
  private void warnIfOlderThanTarget(Database db, Integer pgVersion) {
    if (pgVersion == null) {
      return;
    }
    int server = db.serverMajorVersion();
    if (server < pgVersion) {
      var err = spec.commandLine().getErr();
      err.println(
          "warning: the migrations are generated for PostgreSQL "
              + pgVersion
              + " or later (pgVersion in shale.toml), and this server is PostgreSQL "
              + server
              + ": a statement that needs a newer server will fail. Lower pgVersion to "
              + server
              + " and generate again, or migrate a newer server.");
      err.flush();
    }
  }

  /**
   * Runs the migrations with a shutdown hook that cancels the running statement on Ctrl-C and waits
   * until its failure has been reported, so that an interrupted migrate neither leaves the
   * statement running on the server nor exits without saying what state it left.
   */
  private int migrate(
      Migrator migrator,
      List<MigrationFile> files,
      MigrateOptions options,
      MigrationPrinter printer) {
    CountDownLatch reported = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              if (migrator.cancel()) {
                try {
                  reported.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            },
            "shale-cancel-on-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      printer.done(migrator.migrate(files, options));
      return ExitCodes.OK;
    } catch (DatabaseException e) {
      printer.failed();
      spec.commandLine().getErr().println("error: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.FAILURE;
    } finally {
      reported.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it is waiting for the report just printed
      }
    }
  }
}
