package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.MigrationState;
import dev.shale.db.MigrationStatus;
import dev.shale.db.Migrator;
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
      "Exits 1 when something needs attention (all but applied and pending)."
    })
final class StatusCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

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
      var printer = new StatusPrinter(spec.commandLine().getOut(), root.terminal());
      if (json) {
        printer.json(status, db, history);
      } else {
        printer.table(status, db, history);
      }
      boolean attention =
          status.needsAttention()
              || (failOnPending && !status.in(MigrationState.PENDING).isEmpty());
      return attention ? ExitCodes.FAILURE : ExitCodes.OK;
    }
  }
}
