package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.DatabaseException;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.MigrateOptions;
import dev.shale.db.PreparedMigration;
import dev.shale.diff.Change;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.model.SchemaModel;
import dev.shale.push.DataLoss;
import dev.shale.push.DataLossCount;
import dev.shale.push.Push;
import dev.shale.push.PushScript;
import dev.shale.push.Scope;
import dev.shale.sql.MigrationPlanner;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
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
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Terminal terminal = root.terminal();
    Config config = root.config();
    DatabaseUrl url = DatabaseUrl.parse(config.urlOr(database.url)).requireSession("shale push");
    SchemaModel declared = schemaOptions.load(config);
    IntrospectionFilter filter =
        Scope.reading(declared, filters.filter(config), filters.schemas != null);
    int pgVersion = SchemaOptions.pgVersion(config);
    try (Database db = Database.open(url);
        Connection connection = db.connect()) {
      SchemaModel live =
          Scope.live(connection, filter, db.description(), w -> err.println("warning: " + w));
      SchemaModel target = Push.target(live, declared, filter, pgVersion, shadow.url());
      Optional<List<Change>> changes =
          RenameDecisions.diff(
              live, target, renameOptions.answers(), pgVersion, terminal, out, err);
      if (changes.isEmpty()) {
        return ExitCodes.DECISION_NEEDED;
      }
      List<MigrationPlanner.Step> steps = Push.plan(live, target, changes.get(), pgVersion);
      if (steps.isEmpty()) {
        out.println("No changes: " + db.description() + " matches the schema.");
        return ExitCodes.OK;
      }
      List<PreparedMigration> migrations = PushScript.of(steps);
      migrations.forEach(m -> out.print(m.file().sql()));
      if (dryRun) {
        return ExitCodes.OK;
      }
      out.println();
      ReviewPrinter.print(
          steps, migrations.stream().map(PreparedMigration::name).toList(), terminal, out);
      Integer refused = confirm(DataLossCount.of(connection, steps), terminal, out, err);
      if (refused != null) {
        return refused;
      }
      Push.apply(
          db,
          database.history(config),
          migrations,
          options(config),
          new MigrationPrinter(out, out, terminal));
      int count = changes.get().size();
      out.println(
          terminal.green(
              "Pushed "
                  + count
                  + (count == 1 ? " change" : " changes")
                  + " to "
                  + db.description()
                  + "."));
      return ExitCodes.OK;
    } catch (SQLException e) {
      throw new DatabaseException("push failed on " + url + ": " + e.getMessage(), e);
    }
  }

  /**
   * Asks once, before anything runs: about the data {@code losses} when there are any (unless
   * --accept-data-loss), else about everything with --strict. Null to go on, else the exit code.
   */
  private Integer confirm(
      List<DataLoss> losses, Terminal terminal, PrintWriter out, PrintWriter err) {
    boolean askLoss = !losses.isEmpty() && !acceptDataLoss;
    if (!askLoss && !strict) {
      return null;
    }
    if (!terminal.interactive()) {
      if (askLoss) {
        err.println("error: this push destroys data, and there is no terminal to ask:");
        losses.forEach(l -> err.println("  " + l));
        err.println("Run again with --accept-data-loss to apply it. Nothing was changed.");
      } else {
        err.println(
            "error: --strict asks before applying anything, and there is no terminal to ask."
                + " Nothing was changed.");
      }
      return ExitCodes.DECISION_NEEDED;
    }
    String question = "Apply these changes?";
    if (askLoss) {
      out.println(terminal.bold("This push destroys data:"));
      losses.forEach(l -> out.println("  " + l));
      question = "Apply it, losing this data?";
    }
    if (!Confirm.ask(question, terminal, out)) {
      out.println("Nothing was changed.");
      return ExitCodes.FAILURE;
    }
    return null;
  }

  private MigrateOptions options(Config config) {
    MigrateFlags flags = new MigrateFlags();
    flags.lockTimeout = lockTimeout;
    return flags.options(config.migrate());
  }
}
