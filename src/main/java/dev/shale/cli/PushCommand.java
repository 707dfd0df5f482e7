package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.MigrateOptions;
import dev.shale.db.Migrator;
import dev.shale.diff.Change;
import dev.shale.introspect.Introspection;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.introspect.Introspector;
import dev.shale.model.SchemaModel;
import dev.shale.push.DataLoss;
import dev.shale.push.DataLossCount;
import dev.shale.push.PushScript;
import dev.shale.push.Scope;
import dev.shale.push.Shadow;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.PlanOptions;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    description = {
      "Apply the Java schema to a database directly, without migration files (for prototyping).",
      "Prints the review and the SQL, asks before anything that loses data, then runs it all in"
          + " one transaction."
    })
final class PushCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin SchemaOptions schemaOptions;
  @Mixin DatabaseOptions database;
  @Mixin FilterOptions filters;
  @Mixin ShadowOption shadow;

  @Mixin RenameOptions renameOptions;

  @Option(
      names = "--accept-data-loss",
      description = "Apply changes that destroy data (dropped tables and columns) without asking.")
  boolean acceptDataLoss;

  @Option(names = "--dry-run", description = "Print the SQL; change nothing.")
  boolean dryRun;

  @Option(names = "--strict", description = "Ask before applying anything at all.")
  boolean strict;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      description = "lock_timeout per statement (default: [migrate] lockTimeout, else 5s).")
  String lockTimeout;

  @Override
  public Integer call() throws SQLException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Terminal terminal = root.terminal();
    Config config = root.config();
    SchemaModel declared = schemaOptions.load(config);
    IntrospectionFilter filter =
        Scope.reading(declared, filters.filter(config), filters.schemas != null);
    int pgVersion = SchemaOptions.pgVersion(config);
    try (Database db = database.openSession(config, "shale push", false, null);
        Connection connection = db.connect()) {
      Introspection live = Introspector.read(connection, filter);
      if (live.warning() != null) {
        err.println("warning: " + live.warning());
      }
      SchemaModel target =
          Shadow.asTheServerHoldsIt(
              live.model(), Scope.within(declared, filter), filter, pgVersion, shadow.url());
      Optional<List<Change>> changes =
          RenameDecisions.diff(
              live.model(), target, renameOptions.answers(), pgVersion, terminal, out, err);
      if (changes.isEmpty()) {
        return ExitCodes.DECISION_NEEDED;
      }
      List<MigrationPlanner.Step> steps =
          MigrationPlanner.plan(
              live.model(), target, changes.get(), new PlanOptions(pgVersion, false));
      if (steps.isEmpty()) {
        out.println("No changes: " + db.description() + " matches the schema.");
        return ExitCodes.OK;
      }
      List<String> names = new ArrayList<>();
      var migrations = PushScript.of(steps);
      migrations.forEach(m -> names.add(m.name()));
      migrations.forEach(m -> out.print(m.file().sql()));
      if (dryRun) {
        return ExitCodes.OK;
      }
      out.println();
      ReviewPrinter.print(steps, names, terminal, out);
      List<DataLoss> losses = DataLossCount.of(connection, steps);
      if (!losses.isEmpty() && !acceptDataLoss) {
        if (!terminal.interactive()) {
          err.println("error: this push destroys data, and there is no terminal to ask:");
          losses.forEach(l -> err.println("  " + l));
          err.println("Run again with --accept-data-loss to apply it. Nothing was changed.");
          return ExitCodes.DECISION_NEEDED;
        }
        out.println(terminal.bold("This push destroys data:"));
        losses.forEach(l -> out.println("  " + l));
        if (!Confirm.ask("Apply it, losing this data?", terminal, out)) {
          out.println("Nothing was changed.");
          return ExitCodes.FAILURE;
        }
      } else if (strict) {
        if (!terminal.interactive()) {
          err.println("error: --strict asks before applying, and there is no terminal to ask.");
          return ExitCodes.DECISION_NEEDED;
        }
        if (!Confirm.ask("Apply these changes?", terminal, out)) {
          out.println("Nothing was changed.");
          return ExitCodes.FAILURE;
        }
      }
      var printer = new MigrationPrinter(out, out, terminal);
      new Migrator(db, database.history(config), printer)
          .applyUnrecorded(migrations, options(config));
      out.println(
          terminal.green(
              "Pushed "
                  + changes.get().size()
                  + (changes.get().size() == 1 ? " change" : " changes")
                  + " to "
                  + db.description()
                  + "."));
      return ExitCodes.OK;
    }
  }

  private MigrateOptions options(Config config) {
    MigrateFlags flags = new MigrateFlags();
    flags.lockTimeout = lockTimeout;
    return flags.options(config.migrate());
  }
}
