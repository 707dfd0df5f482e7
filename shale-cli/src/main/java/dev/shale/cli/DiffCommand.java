package dev.shale.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.diff.Change;
import dev.shale.diff.Comparison;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.model.SchemaModel;
import dev.shale.push.Scope;
import dev.shale.push.Shadow;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.snapshot.StoredSnapshot;
import dev.shale.sql.Drift;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two of: the database (db), the last snapshot (snapshot), the Java schema (schema).",
      "Prints the SQL that takes the first to the second and a diff of their DDL; exit 1 when"
          + " they differ."
    })
final class DiffCommand implements Callable<Integer> {
  /** What can be compared. */
  enum Source {
    db,
    snapshot,
    schema
  }

  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin SchemaOptions schemaOptions;
  @Mixin DatabaseOptions database;
  @Mixin FilterOptions filters;
  @Mixin ShadowOption shadow;

  @Option(
      names = "--from",
      paramLabel = "SOURCE",
      description = "db, snapshot or schema (default: db).")
  Source from = Source.db;

  @Option(
      names = "--to",
      paramLabel = "SOURCE",
      description = "db, snapshot or schema (default: snapshot).")
  Source to = Source.snapshot;

  @Option(
      names = "--snapshot",
      paramLabel = "NAME",
      description =
          "The snapshot to compare (its stem, file name or path; default: the newest), e.g. that"
              + " of the newest migration a database has applied.")
  String snapshotName;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (from == to) {
      throw new IllegalArgumentException(
          "--from and --to are both " + from + ": compare two different sources");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Config config = root.config();
    int pgVersion = SchemaOptions.pgVersion(config);
    Sides sides = read(config, err);
    List<Change> changes = Comparison.withoutRenames(sides.from(), sides.to(), pgVersion);
    Drift drift = Drift.of(sides.from(), sides.to(), changes, pgVersion);
    String fromName = sides.fromName();
    String toName = sides.toName();
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("from", fromName);
      result.put("to", toName);
      result.put("equal", drift.equal());
      result.put("changes", changes.stream().map(Change::describe).toList());
      result.put("statements", drift.statements());
      result.put("ddlDiff", drift.unifiedDiff(fromName, toName));
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    } else if (drift.equal()) {
      out.println("No differences: " + fromName + " matches " + toName + ".");
    } else {
      out.println(
          Character.toUpperCase(fromName.charAt(0))
              + fromName.substring(1)
              + " differs from "
              + toName
              + " ("
              + changes.size()
              + (changes.size() == 1 ? " change" : " changes")
              + "). The SQL that takes the first to the second:");
      out.println();
      drift.statements().forEach(s -> out.println(s + ";"));
      out.println();
      out.print(drift.unifiedDiff(fromName, toName));
    }
    return drift.equal() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private record Sides(SchemaModel from, String fromName, SchemaModel to, String toName) {}

  private Sides read(Config config, PrintWriter err) throws Exception {
    SchemaModel declared = null;
    SchemaModel snapshot = null;
    String snapshotLabel = null;
    if (from == Source.schema || to == Source.schema) {
      declared = schemaOptions.load(config);
    }
    if (from == Source.snapshot || to == Source.snapshot) {
      MigrationFolder folder = new MigrationFolder(config.migrations(), config.snapshots());
      StoredSnapshot latest =
          (snapshotName == null ? folder.latestSnapshot() : named(folder, config))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "there is no snapshot in "
                              + config.projectDir().relativize(config.snapshots().toAbsolutePath())
                              + " to compare with: run `shale generate` first, or compare"
                              + " --from db --to schema"));
      snapshot = latest.snapshot().schema();
      snapshotLabel = "the snapshot " + latest.file().getFileName();
    }
    SchemaModel other = declared != null ? declared : snapshot;
    IntrospectionFilter filter =
        Scope.reading(other, filters.filter(config), filters.schemas != null);
    SchemaModel live = null;
    String liveName = null;
    if (from == Source.db || to == Source.db) {
      try (Database db = database.open(config);
          Connection connection = db.connect()) {
        live =
            Scope.rolesDeclaredIn(
                Scope.live(connection, filter, db.description(), w -> err.println("warning: " + w)),
                other);
        liveName = "the database (" + db.description() + ")";
      }
    }
    if (declared != null) {
      SchemaModel before = snapshot != null ? snapshot : live != null ? live : SchemaModel.EMPTY;
      declared = dev.shale.diff.Expansions.target(before, declared);
    }
    SchemaModel fromModel = Scope.within(pick(from, live, snapshot, declared), filter);
    SchemaModel toModel = Scope.within(pick(to, live, snapshot, declared), filter);
    int pgVersion = SchemaOptions.pgVersion(config);
    if (from == Source.db) {
      toModel = Shadow.asTheServerHoldsIt(fromModel, toModel, filter, pgVersion, shadow.url());
    } else if (to == Source.db) {
      fromModel = Shadow.asTheServerHoldsIt(toModel, fromModel, filter, pgVersion, shadow.url());
    }
    return new Sides(
        fromModel, name(from, liveName, snapshotLabel), toModel, name(to, liveName, snapshotLabel));
  }

  /** The snapshot {@code --snapshot} names, by stem, file name or path. */
  private Optional<StoredSnapshot> named(MigrationFolder folder, Config config) {
    String stem = Path.of(snapshotName).getFileName().toString().replaceFirst("\\.(json|sql)$", "");
    Path file = folder.snapshots().resolve(stem + ".json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "--snapshot "
              + snapshotName
              + ": there is no "
              + config.projectDir().relativize(file.toAbsolutePath())
              + "; give the stem of a migration that has a snapshot");
    }
    return Optional.of(new StoredSnapshot(file, stem, SnapshotJson.read(file)));
  }

  private static SchemaModel pick(
      Source source, SchemaModel live, SchemaModel snapshot, SchemaModel declared) {
    return switch (source) {
      case db -> live;
      case snapshot -> snapshot;
      case schema -> declared;
    };
  }

  private static String name(Source source, String liveName, String snapshotName) {
    return switch (source) {
      case db -> liveName;
      case snapshot -> snapshotName;
      case schema -> "the Java schema";
    };
  }
}
