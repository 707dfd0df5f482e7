package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.diff.Change;
import dev.shale.diff.MigrationName;
import dev.shale.diff.RenameAnswers;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.snapshot.StoredSnapshot;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.Stage;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Diff the Java schema against the last snapshot; write a migration and a new snapshot.")
final class GenerateCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin SchemaOptions schemaOptions;
  @Mixin RebaseOption rebase;

  @Option(names = "--name", description = "Migration name (default: derived from the changes).")
  String name;

  @Option(
      names = "--custom",
      description = "Write an empty migration for hand-written SQL; the snapshot carries over.")
  boolean custom;

  @Option(
      names = "--rename",
      paramLabel = "KIND:FROM=TO",
      description = "Answer a rename question: e.g. column:users.avatar_url=users.photo_url.")
  List<String> renames = List.of();

  @Option(
      names = "--create",
      paramLabel = "KIND:NAME",
      description = "Answer a rename question with 'created': e.g. column:users.photo_url.")
  List<String> creates = List.of();

  @Option(names = "--dry-run", description = "Print the migration instead of writing it.")
  boolean dryRun;

  @Option(
      names = "--simple",
      description =
          "One migration with plain DDL instead of the zero-downtime forms (for databases migrated"
              + " with the application stopped); also: safety = \"simple\" in shale.toml.")
  boolean simple;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Terminal terminal = root.terminal();
    Config config = root.config();
    MigrationFolder folder = new MigrationFolder(config.migrations(), config.snapshots());
    folder.checkInStep();
    Optional<StoredSnapshot> previous = rebase.base(config, folder, custom);
    SchemaModel before = previous.map(p -> p.snapshot().schema()).orElse(SchemaModel.EMPTY);
    SchemaModel after = custom ? before : schemaOptions.load(config);
    RenameAnswers answers = RenameAnswers.parse(renames, creates);
    Optional<List<Change>> changes =
        custom
            ? Optional.of(List.of())
            : RenameDecisions.diff(
                before, after, answers, planOptions(config).pgVersion(), terminal, out, err);
    if (changes.isEmpty()) {
      return ExitCodes.DECISION_NEEDED;
    }
    List<MigrationPlanner.Step> steps =
        custom
            ? List.of(new MigrationPlanner.Step(Stage.MAIN, List.of(), before))
            : MigrationPlanner.plan(before, after, changes.get(), planOptions(config));
    if (steps.isEmpty()) {
      if (after.equals(SchemaModel.EMPTY)) {
        err.println("warning: the schema declares nothing (objects must be public static fields)");
      }
      out.println("No schema changes.");
      if (!dryRun) {
        rebase.finish();
      }
      return ExitCodes.OK;
    }
    List<String> stems =
        folder.nextStems(stepNames(migrationName(changes.get()), steps), Instant.now());
    List<MigrationFolder.NewMigration> files = new ArrayList<>();
    String prevId = previous.map(p -> p.snapshot().id()).orElse(Snapshot.ROOT_ID);
    for (int i = 0; i < steps.size(); i++) {
      MigrationPlanner.Step step = steps.get(i);
      String id = UUID.randomUUID().toString();
      Snapshot snapshot = new Snapshot(Snapshot.FORMAT, Snapshot.DIALECT, id, prevId, step.after());
      files.add(
          new MigrationFolder.NewMigration(
              stems.get(i),
              MigrationScript.render(stems.get(i), step, i + 1, steps.size()),
              SnapshotJson.write(snapshot)));
      prevId = id;
    }
    PrintWriter review = out;
    if (dryRun) {
      files.forEach(f -> out.print(f.sql()));
      review = err;
    } else {
      folder.write(files);
      for (MigrationFolder.NewMigration file : files) {
        out.println(
            terminal.green(
                "Wrote "
                    + relative(config, folder.migrations().resolve(file.stem() + ".sql"))
                    + " and "
                    + relative(config, folder.snapshots().resolve(file.stem() + ".json"))));
      }
      rebase.finish();
    }
    ReviewPrinter.print(steps, stems, terminal, review);
    return ExitCodes.OK;
  }

  private PlanOptions planOptions(Config config) {
    int pgVersion = config.pgVersion() == null ? PlanOptions.OLDEST_SUPPORTED : config.pgVersion();
    return new PlanOptions(pgVersion, !simple && config.safety() == Config.Safety.ONLINE);
  }

  /** The base name for a single step; with several, each but the main one gets its suffix. */
  private static List<String> stepNames(String base, List<MigrationPlanner.Step> steps) {
    if (steps.size() == 1) {
      return List.of(base);
    }
    return MigrationName.forSteps(base, steps.stream().map(s -> s.stage().suffix()).toList());
  }

  private String migrationName(List<Change> changes) {
    if (name == null) {
      return rebase.name().orElseGet(() -> MigrationName.of(changes));
    }
    if (name.chars().noneMatch(c -> Character.isLetterOrDigit(c) && c < 128)) {
      throw new IllegalArgumentException(
          "--name \"" + name + "\" has no ASCII letters or digits to name a file with");
    }
    return MigrationName.sanitize(name);
  }

  private static String relative(Config config, java.nio.file.Path file) {
    return config.projectDir().relativize(file.toAbsolutePath()).toString();
  }
}
