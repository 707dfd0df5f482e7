package dev.shale.pull;

import dev.shale.codegen.GeneratedSource;
import dev.shale.config.Config;
import dev.shale.diff.SchemaDiff;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where {@code shale pull} writes: the folder of the Java files and their package, and the first
 * migration with its snapshot.
 *
 * @param directory where the Java files go
 * @param packageName their package; empty for the default package
 */
public record PullLayout(Path directory, String packageName) {
  private static final String DEFAULT_DIRECTORY = "src/main/java/db";

  /**
   * The folder is {@code out}, else the folder of the first {@code schema} glob of shale.toml (so
   * that the files are part of the schema), else {@value #DEFAULT_DIRECTORY}; the package is {@code
   * packageName}, else the folder's path under a {@code src/<set>/java} root, else none.
   */
  public static PullLayout of(Config config, Path out, String packageName) {
    Path directory;
    if (out != null) {
      directory = config.projectDir().resolve(out);
    } else if (!config.schema().isEmpty()) {
      directory = config.projectDir().resolve(staticPrefix(config.schema().get(0)));
    } else {
      directory = config.projectDir().resolve(DEFAULT_DIRECTORY);
    }
    directory = requireDirectory(directory.toAbsolutePath().normalize(), config.projectDir());
    String derived =
        packageUnderSourceRoot(config.projectDir().toAbsolutePath().normalize(), directory);
    if (packageName != null && !packageName.isBlank()) {
      if (derived.isEmpty() && isSourceRoot(directory)) {
        directory = directory.resolve(packageName.strip().replace('.', '/'));
      }
      return new PullLayout(directory, packageName.strip());
    }
    return new PullLayout(directory, derived);
  }

  /**
   * Refuses a layout whose folder is a file, before anything is read or written.
   *
   * @throws IllegalArgumentException naming the file
   */
  private static Path requireDirectory(Path directory, Path projectDir) {
    for (Path p = directory; p != null; p = p.getParent()) {
      if (java.nio.file.Files.exists(p)) {
        if (!java.nio.file.Files.isDirectory(p)) {
          throw new IllegalArgumentException(
              "--out "
                  + relative(projectDir, directory)
                  + ": "
                  + relative(projectDir, p)
                  + " is a file, not a folder; give the folder the Java files go to");
        }
        break;
      }
    }
    return directory;
  }

  /** Whether the schema globs of shale.toml already take in {@code files}. */
  public static boolean covered(Config config, List<Path> files) {
    if (config.schema().isEmpty()) {
      return false;
    }
    try {
      List<Path> sources =
          dev.shale.loader.SchemaSources.resolve(
                  config.projectDir(), config.configFile(), config.schema())
              .stream()
              .map(p -> p.toAbsolutePath().normalize())
              .toList();
      return files.stream().allMatch(f -> sources.contains(f.toAbsolutePath().normalize()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Refuses {@code --baseline} on a database whose history table already records migrations, before
   * anything is written: that database was adopted already.
   */
  public static void requireNoHistory(
      java.sql.Connection connection, dev.shale.db.HistoryTable history) {
    try {
      if (history.exists(connection) && !history.read(connection).isEmpty()) {
        throw new IllegalStateException(
            history
                + " already records "
                + history.read(connection).size()
                + " migration(s): this database was adopted already, so pull --baseline would"
                + " record a second history. Pull without --baseline into another project, or use"
                + " that project's migrations. Nothing was written");
      }
    } catch (java.sql.SQLException e) {
      throw new dev.shale.db.DatabaseException("cannot read " + history + ": " + e.getMessage(), e);
    }
  }

  /** The file of each generated source, in this layout's folder. */
  public List<Path> place(List<GeneratedSource> sources) {
    return sources.stream().map(s -> directory.resolve(s.path().getFileName().toString())).toList();
  }

  /**
   * Refuses a project whose migrations or snapshots folder is not empty: the migration pull writes
   * is the first of a project's chain.
   */
  public static void requireEmpty(MigrationFolder folder, Path projectDir) {
    int migrations = sqlFiles(folder.migrations());
    int snapshots = folder.snapshotFiles().size();
    if (migrations + snapshots > 0) {
      throw new IllegalArgumentException(
          relative(projectDir, migrations > 0 ? folder.migrations() : folder.snapshots())
              + " already holds "
              + (migrations > 0 ? migrations + " migration(s)" : snapshots + " snapshot(s)")
              + ": pull writes the first migration of a project. Pull into a new project (-C DIR),"
              + " or point migrations and snapshots in shale.toml at empty folders; nothing was"
              + " written");
    }
  }

  /** Writes the first migration (the whole schema) and its snapshot; returns its stem. */
  public static String writeBaseline(
      MigrationFolder folder, SchemaModel model, int pgVersion, Instant now) {
    List<MigrationPlanner.Step> steps =
        MigrationPlanner.plan(
            SchemaModel.EMPTY, model, SchemaDiff.create(model), new PlanOptions(pgVersion, false));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      String suffix = steps.get(i).stage().suffix();
      names.add(suffix.isEmpty() ? "initial" : "initial_" + suffix);
    }
    List<String> stems = folder.nextStems(names, now);
    List<MigrationFolder.NewMigration> files = new ArrayList<>();
    String prevId = Snapshot.ROOT_ID;
    for (int i = 0; i < steps.size(); i++) {
      String id = UUID.randomUUID().toString();
      Snapshot snapshot =
          new Snapshot(Snapshot.FORMAT, Snapshot.DIALECT, id, prevId, steps.get(i).after());
      files.add(
          new MigrationFolder.NewMigration(
              stems.get(i),
              MigrationScript.render(stems.get(i), steps.get(i), i + 1, steps.size()),
              SnapshotJson.write(snapshot)));
      prevId = id;
    }
    folder.write(files);
    return stems.get(stems.size() - 1);
  }

  /** Every .sql file in {@code folder}, Shale's or another tool's (V1__init.sql). */
  private static int sqlFiles(Path folder) {
    if (!java.nio.file.Files.isDirectory(folder)) {
      return 0;
    }
    try (var files = java.nio.file.Files.list(folder)) {
      return (int) files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  private static String staticPrefix(String glob) {
    String path = glob.replace('\\', '/');
    int wild = path.length();
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int at = path.indexOf(c);
      if (at >= 0) {
        wild = Math.min(wild, at);
      }
    }
    String fixed = path.substring(0, wild);
    int slash = fixed.lastIndexOf('/');
    if (wild == path.length()) {
      // a file, not a glob: its folder
      return slash < 0 ? "." : fixed.substring(0, slash);
    }
    return slash < 0 ? "." : fixed.substring(0, slash);
  }

  private static boolean isSourceRoot(Path directory) {
    int n = directory.getNameCount();
    return n >= 3
        && directory.getName(n - 1).toString().equals("java")
        && directory.getName(n - 3).toString().equals("src");
  }

  private static String packageUnderSourceRoot(Path projectDir, Path directory) {
    for (Path root = directory; root != null; root = root.getParent()) {
      if (isSourceRoot(root)) {
        Path rest = root.relativize(directory);
        return rest.toString().isEmpty()
            ? ""
            : rest.toString().replace('/', '.').replace('\\', '.');
      }
    }
    return "";
  }

  private static String relative(Path projectDir, Path path) {
    try {
      return projectDir.toAbsolutePath().relativize(path.toAbsolutePath()).toString();
    } catch (IllegalArgumentException e) {
      return path.toString();
    }
  }
}
