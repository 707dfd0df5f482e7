package dev.shale.lint;

import dev.shale.diff.Change;
import dev.shale.diff.Comparison;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.SnapshotChain;
import dev.shale.snapshot.SnapshotException;
import dev.shale.snapshot.StoredSnapshot;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The checks of a Shale project's migration folder that no statement shows: migrations and
 * snapshots in step, one unbroken snapshot chain, and the Java schema equal to the newest snapshot
 * (a pull request that edits the schema without generating its migration fails).
 */
public final class FolderGuard {
  private static final Span TOP = new Span(1, 1, 1, 1);

  private final MigrationFolder folder;
  private final Path workingDir;

  public FolderGuard(MigrationFolder folder, Path workingDir) {
    this.folder = folder;
    this.workingDir = workingDir;
  }

  /**
   * @param schema loads the declared schema, or null to skip that check ({@code --no-schema})
   */
  public List<Finding> check(Supplier<SchemaModel> schema, int pgVersion) {
    List<Finding> findings = new ArrayList<>(inStep());
    if (!findings.isEmpty()) {
      return findings;
    }
    SnapshotChain chain;
    try {
      chain = SnapshotChain.read(folder, workingDir);
    } catch (SnapshotException e) {
      return List.of(finding(folder.snapshots(), Rule.SNAPSHOT_UNREADABLE, e.getMessage()));
    }
    List<SnapshotChain.Problem> problems = chain.problems();
    if (!problems.isEmpty()) {
      findings.add(
          finding(
              folder.snapshots(),
              Rule.SNAPSHOT_CHAIN_BROKEN,
              String.join("\n", problems.stream().map(SnapshotChain.Problem::message).toList())));
    }
    if (findings.isEmpty() && schema != null) {
      Optional<StoredSnapshot> newest;
      try {
        newest = folder.latestSnapshot();
      } catch (SnapshotException e) {
        return List.of(finding(folder.snapshots(), Rule.SNAPSHOT_UNREADABLE, e.getMessage()));
      }
      SchemaModel before = newest.map(s -> s.snapshot().schema()).orElse(SchemaModel.EMPTY);
      List<Change> changes =
          Comparison.withoutRenames(
              before, dev.shale.diff.Expansions.target(before, schema.get()), pgVersion);
      if (!changes.isEmpty()) {
        findings.add(
            finding(
                newest.map(StoredSnapshot::file).orElse(folder.snapshots()),
                Rule.SCHEMA_NOT_GENERATED,
                "the Java schema differs from "
                    + newest
                        .map(s -> "the newest snapshot, " + name(s.file()))
                        .orElse("an empty project")
                    + " ("
                    + summary(changes)
                    + "): run shale generate and commit what it writes"));
      }
    }
    return findings;
  }

  private List<Finding> inStep() {
    TreeSet<String> sql = new TreeSet<>();
    folder.migrationFiles().forEach(p -> sql.add(MigrationFolder.stem(p)));
    TreeSet<String> json = new TreeSet<>();
    folder.snapshotFiles().forEach(p -> json.add(MigrationFolder.stem(p)));
    List<Finding> findings = new ArrayList<>();
    for (String stem : sql) {
      if (!json.contains(stem)) {
        Path file = folder.migrations().resolve(stem + ".sql");
        findings.add(
            finding(
                file,
                Rule.FOLDER_OUT_OF_STEP,
                name(file)
                    + " has no snapshot "
                    + name(folder.snapshots().resolve(stem + ".json"))));
      }
    }
    for (String stem : json) {
      if (!sql.contains(stem)) {
        Path file = folder.snapshots().resolve(stem + ".json");
        findings.add(
            finding(
                file,
                Rule.FOLDER_OUT_OF_STEP,
                name(file)
                    + " has no migration "
                    + name(folder.migrations().resolve(stem + ".sql"))));
      }
    }
    return findings;
  }

  private static String summary(List<Change> changes) {
    List<String> first = changes.stream().limit(3).map(Change::describe).toList();
    String more = changes.size() > 3 ? " and " + (changes.size() - 3) + " more" : "";
    return String.join("; ", first) + more;
  }

  private String name(Path file) {
    return LintFiles.displayName(workingDir, file.toAbsolutePath().normalize());
  }

  private Finding finding(Path file, Rule rule, String message) {
    return new Finding(name(file), TOP, rule, message, null, "", Finding.Origin.STATIC);
  }
}
