package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.diff.Change;
import dev.shale.diff.Expansions;
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
import java.io.StringWriter;
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

  @Mixin RenameOptions renameOptions;

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
    Optional<StoredSnapshot> previous;
    SchemaModel after;
    if (custom || rebase.requested()) {
      previous = rebase.base(config, folder, custom);
      after = custom ? null : schemaOptions.load(config);
    } else {
      Inputs inputs = readInputs(config, folder, err);
      previous = inputs.previous();
      after = inputs.schema();
    }
    SchemaModel before = previous.map(p -> p.snapshot().schema()).orElse(SchemaModel.EMPTY);
    if (custom) {
      after = before;
    } else {
      after = Expansions.target(before, after);
    }
    RenameAnswers answers = renameOptions.answers();
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
    String prevId = previous.map(p -> p.snapshot().id()).orElse(Snapshot.ROOT_ID);
    // Each step's snapshot JSON is written on another thread while its SQL is rendered here and
    // then the review laid out; failures still come in the order of the steps, and the review's
    // where it is printed.
    List<Background<String>> jsons = new ArrayList<>();
    List<String> sqls = new ArrayList<>();
    try {
      for (int i = 0; i < steps.size(); i++) {
        MigrationPlanner.Step step = steps.get(i);
        String id = UUID.randomUUID().toString();
        Snapshot snapshot =
            new Snapshot(Snapshot.FORMAT, Snapshot.DIALECT, id, prevId, step.after());
        jsons.add(Background.start("snapshot-write", () -> SnapshotJson.write(snapshot)));
        sqls.add(MigrationScript.render(stems.get(i), step, i + 1, steps.size()));
        prevId = id;
      }
    } catch (RuntimeException | Error e) {
      // A failed snapshot of an earlier step would have been reported before this one.
      Throwable first = e;
      for (int i = jsons.size() - 1; i >= 0; i--) {
        Throwable failure = jsons.get(i).failure();
        if (failure != null && i < sqls.size()) {
          first = failure;
        }
      }
      throw Background.unchecked(first);
    }
    StringWriter laidOut = new StringWriter();
    RuntimeException reviewFailure = null;
    try {
      ReviewPrinter.print(steps, stems, terminal, new PrintWriter(laidOut));
    } catch (RuntimeException e) {
      reviewFailure = e;
    }
    List<MigrationFolder.NewMigration> files = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      files.add(new MigrationFolder.NewMigration(stems.get(i), sqls.get(i), jsons.get(i).join()));
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
    if (reviewFailure != null) {
      throw reviewFailure;
    }
    review.print(laidOut);
    return ExitCodes.OK;
  }

  private record Inputs(Optional<StoredSnapshot> previous, SchemaModel schema) {}

  /**
   * The newest snapshot and the declared schema. They do not depend on each other, so the snapshot
   * is read on another thread while the schema loads here (each takes a good part of a second on a
   * schema of 1,000 tables). What the two print or throw comes out as when the snapshot was read
   * first: its failure is reported before any of the schema's, and warnings about the schema are
   * held until the snapshot has been read.
   */
  private Inputs readInputs(Config config, MigrationFolder folder, PrintWriter err) {
    Background<Optional<StoredSnapshot>> reading =
        Background.start("snapshot-read", () -> rebase.base(config, folder, false));
    List<String> warnings = new ArrayList<>();
    SchemaModel schema;
    try {
      schema = schemaOptions.load(config, warnings::add);
    } catch (RuntimeException | Error e) {
      reading.join();
      SchemaOptions.print(warnings, err);
      throw e;
    }
    Optional<StoredSnapshot> previous = reading.join();
    SchemaOptions.print(warnings, err);
    return new Inputs(previous, schema);
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
