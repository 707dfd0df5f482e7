package dev.shale.cli;

import dev.shale.codegen.CodegenOptions;
import dev.shale.codegen.GeneratedSource;
import dev.shale.codegen.JavaCodegen;
import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.MigrateOptions;
import dev.shale.db.Migrator;
import dev.shale.introspect.Introspection;
import dev.shale.introspect.Introspector;
import dev.shale.model.SchemaModel;
import dev.shale.pull.PullLayout;
import dev.shale.snapshot.MigrationFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "pull",
    mixinStandardHelpOptions = true,
    description = {
      "Read an existing database into a Java schema, with its first migration and snapshot.",
      "With --baseline, the database's history then records that migration as applied."
    })
final class PullCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;
  @Mixin FilterOptions filters;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where the Java files go (default: the folder of the first schema glob in shale.toml,"
              + " else src/main/java/db).")
  Path outDir;

  @Option(
      names = "--package",
      paramLabel = "NAME",
      description = "Their package (default: from the folder under src/main/java, else none).")
  String packageName;

  @Option(
      names = "--class",
      paramLabel = "NAME",
      description = "One class with everything (default: one class per PostgreSQL schema).")
  String className;

  @Option(names = "--force", description = "Overwrite Java files that exist.")
  boolean force;

  @Option(
      names = "--baseline",
      description = "Record the first migration as applied in the database's history table.")
  boolean baseline;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Config config = root.config();
    Terminal terminal = root.terminal();
    MigrationFolder folder = new MigrationFolder(config.migrations(), config.snapshots());
    PullLayout layout = PullLayout.of(config, outDir, packageName);
    PullLayout.requireEmpty(folder, config.projectDir());
    CodegenOptions codegen = new CodegenOptions(layout.packageName(), className);
    try (Database db =
            baseline
                ? database.openSession(config, "shale pull --baseline", true, "record a baseline")
                : database.open(config);
        Connection connection = db.connect()) {
      if (terminal.interactive()) {
        err.println("Reading " + db.description() + "...");
      }
      long started = System.nanoTime();
      Introspection read = Introspector.read(connection, filters.filter(config));
      if (terminal.interactive()) {
        err.println(
            "Read "
                + counts(read)
                + " in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms; writing the Java schema, the first migration and its snapshot...");
      }
      if (read.warning() != null) {
        err.println("warning: " + read.warning());
      }
      if (read.model().equals(SchemaModel.EMPTY) || isEmpty(read.model())) {
        throw new IllegalStateException(
            "nothing to pull: "
                + db.description()
                + " has no tables, enums, sequences, views or extensions in schemas "
                + filters.filter(config).schemas()
                + (filters.filter(config).tables().isEmpty()
                    ? ""
                    : " matching tables " + filters.filter(config).tables())
                + " (schema names are case-sensitive; check --schemas, --tables or the filters in"
                + " shale.toml). Nothing was written");
      }
      if (baseline) {
        PullLayout.requireNoHistory(connection, database.history(config));
      }
      SchemaModel pulled = read.unpinnedModel();
      List<GeneratedSource> sources = JavaCodegen.generate(pulled, codegen);
      List<Path> files = layout.place(sources);
      if (!force) {
        List<Path> existing = files.stream().filter(Files::exists).toList();
        if (!existing.isEmpty()) {
          throw new IllegalArgumentException(
              String.join(", ", existing.stream().map(p -> relative(config, p)).toList())
                  + (existing.size() == 1 ? " exists" : " exist")
                  + ": run with --force to overwrite, or choose another --out or --class");
        }
      }
      for (int i = 0; i < files.size(); i++) {
        Files.createDirectories(files.get(i).getParent());
        Files.writeString(files.get(i), sources.get(i).text());
        out.println(terminal.green("Wrote " + relative(config, files.get(i))));
      }
      String stem =
          PullLayout.writeBaseline(folder, pulled, SchemaOptions.pgVersion(config), Instant.now());
      out.println(
          terminal.green(
              "Wrote "
                  + relative(config, folder.migrations().resolve(stem + ".sql"))
                  + " and "
                  + relative(config, folder.snapshots().resolve(stem + ".json"))));
      if (baseline) {
        var history = database.history(config);
        new Migrator(db, history, event -> {})
            .baseline(ProjectMigrations.read(config), stem, MigrateOptions.DEFAULT_LOCK_WAIT);
        out.println("Recorded " + stem + " as applied in " + history + ".");
      }
      out.println("Summary: " + counts(read) + ".");
      if (!PullLayout.covered(config, files)) {
        out.println(
            "Next: add "
                + relative(config, layout.directory())
                + "/*.java to `schema` in shale.toml; then `shale generate` says \"No schema"
                + " changes.\"");
      }
      if (!baseline) {
        out.println(
            "This database already holds the first migration's schema: before `shale migrate`"
                + " runs on it, record that migration as applied with `shale baseline --to "
                + stem
                + "` (or pull with --baseline).");
      }
      return ExitCodes.OK;
    }
  }

  private static boolean isEmpty(SchemaModel model) {
    return model.tables().isEmpty()
        && model.extensions().isEmpty()
        && model.enums().isEmpty()
        && model.sequences().isEmpty()
        && model.views().isEmpty()
        && model.domains().isEmpty()
        && model.composites().isEmpty();
  }

  private static String counts(Introspection read) {
    return read.model().tables().size()
        + " tables, "
        + read.model().enums().size()
        + " enums, "
        + read.model().sequences().size()
        + " sequences, "
        + read.model().views().size()
        + " views"
        + (read.model().extensions().isEmpty()
            ? ""
            : ", " + read.model().extensions().size() + " extensions");
  }

  private static String relative(Config config, Path file) {
    try {
      return config.projectDir().relativize(file.toAbsolutePath()).toString();
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }
}
