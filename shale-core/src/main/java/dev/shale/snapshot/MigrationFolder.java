package dev.shale.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migrations folder ({@code <stamp>_<name>.sql}) and the snapshots folder ({@code
 * <stamp>_<name>.json}) side by side.
 */
public final class MigrationFolder {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final Pattern STEM = Pattern.compile("(\\d{14})_[a-z0-9_]+");

  private final Path migrations;
  private final Path snapshots;

  public MigrationFolder(Path migrations, Path snapshots) {
    this.migrations = migrations;
    this.snapshots = snapshots;
  }

  public Path migrations() {
    return migrations;
  }

  public Path snapshots() {
    return snapshots;
  }

  /** The newest snapshot (by stem), or empty for a project with none yet. */
  public Optional<StoredSnapshot> latestSnapshot() {
    List<Path> files = snapshotFiles();
    if (files.isEmpty()) {
      return Optional.empty();
    }
    Path latest = files.get(files.size() - 1);
    return Optional.of(new StoredSnapshot(latest, stem(latest), SnapshotJson.read(latest)));
  }

  /**
   * Snapshot files named {@code <stamp>_<name>.json}; other files are not Shale's and are ignored.
   */
  public List<Path> snapshotFiles() {
    return list(snapshots, ".json");
  }

  /** Migration files named {@code <stamp>_<name>.sql}. */
  public List<Path> migrationFiles() {
    return list(migrations, ".sql");
  }

  /**
   * Reads every migration file, in name order. A {@code .sql} file whose name is not {@code
   * <stamp>_<name>.sql} is an error rather than skipped: a migration that is silently not applied
   * is worse than a refusal.
   */
  public List<MigrationFile> readMigrations() {
    return readMigrations(migrations);
  }

  /** {@link #readMigrations()} of the folder {@code migrations}. */
  public static List<MigrationFile> readMigrations(Path migrations) {
    requireDirectoryOrAbsent(migrations);
    if (!Files.isDirectory(migrations)) {
      throw new SnapshotException(
          "the migrations folder "
              + migrations
              + " does not exist: check `migrations` in shale.toml (or the path given), or run"
              + " `shale generate` to write the first migration");
    }
    List<String> strays;
    try (Stream<Path> files = Files.walk(migrations, 3)) {
      strays =
          files
              .filter(
                  p ->
                      p.getFileName()
                          .toString()
                          .toLowerCase(java.util.Locale.ROOT)
                          .endsWith(".sql"))
              .filter(
                  p ->
                      !p.getParent().equals(migrations)
                          || !p.getFileName().toString().endsWith(".sql")
                          || !isStemFile(p))
              .map(p -> migrations.relativize(p).toString())
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new SnapshotException("cannot list " + migrations + ": " + e.getMessage(), e);
    }
    if (!strays.isEmpty()) {
      throw new SnapshotException(
          "not a migration Shale can apply, in "
              + migrations
              + ": "
              + String.join(", ", strays)
              + ". Migrations are named <14-digit UTC stamp>_<lowercase name>.sql (e.g."
              + " 20260101120000_add_users.sql) and sit in the folder itself, not in subfolders:"
              + " rename or move them.");
    }
    return list(migrations, ".sql").stream().map(MigrationFolder::readMigration).toList();
  }

  /**
   * The migrations of {@code migrations} that {@link #readMigrations(Path)} would read, without
   * refusing the folder for files it cannot apply or read (they are left out, and a missing folder
   * has none): for views of a folder that show its problems beside what it holds.
   */
  public static List<MigrationFile> readApplicable(Path migrations) {
    if (!Files.isDirectory(migrations)) {
      return List.of();
    }
    List<MigrationFile> read = new java.util.ArrayList<>();
    for (Path file : list(migrations, ".sql")) {
      if (isStemFile(file)) {
        try {
          read.add(readMigration(file));
        } catch (SnapshotException e) {
          // unreadable (not UTF-8, say): left out like the others
        }
      }
    }
    return read;
  }

  private static MigrationFile readMigration(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String sql =
          java.nio.charset.StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return MigrationFile.of(file, sql);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new SnapshotException(file + " is not valid UTF-8: save it as UTF-8", e);
    } catch (IOException e) {
      throw new SnapshotException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails when a migration has no snapshot or a snapshot no migration: generating on top of such a
   * folder would write a migration that repeats, or misses, earlier changes.
   */
  public void checkInStep() {
    requireDirectoryOrAbsent(migrations);
    requireDirectoryOrAbsent(snapshots);
    java.util.Set<String> sql = new java.util.TreeSet<>();
    migrationFiles().forEach(p -> sql.add(stem(p)));
    java.util.Set<String> json = new java.util.TreeSet<>();
    snapshotFiles().forEach(p -> json.add(stem(p)));
    List<String> problems = new java.util.ArrayList<>();
    for (String stem : json) {
      if (!sql.contains(stem)) {
        problems.add(
            snapshots.resolve(stem + ".json")
                + " has no migration "
                + migrations.resolve(stem + ".sql"));
      }
    }
    for (String stem : sql) {
      if (!json.contains(stem)) {
        problems.add(
            migrations.resolve(stem + ".sql")
                + " has no snapshot "
                + snapshots.resolve(stem + ".json"));
      }
    }
    if (!problems.isEmpty()) {
      throw new SnapshotException(
          "the migrations and snapshots folders are out of step:\n  "
              + String.join("\n  ", problems)
              + "\nRestore the missing files from version control (hand-written SQL belongs in a migration made"
              + " with `shale generate --custom`). Nothing was written.");
    }
  }

  private static void requireDirectoryOrAbsent(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new SnapshotException(
          dir + " is not a directory: move that file away or point the config elsewhere");
    }
  }

  /**
   * A new stem for {@code name}: the UTC time as yyyyMMddHHmmss, moved one second past the newest
   * existing stem if needed so that names always sort in creation order.
   */
  public String nextStem(String name, Instant now) {
    return nextStems(List.of(name), now).get(0);
  }

  /** New stems for several migrations written together: consecutive stamps, in this order. */
  public List<String> nextStems(List<String> names, Instant now) {
    long stamp = Long.parseLong(STAMP.format(now));
    for (Path file : Stream.concat(migrationFiles().stream(), snapshotFiles().stream()).toList()) {
      var matcher = STEM.matcher(stem(file));
      if (matcher.matches()) {
        long existing = Long.parseLong(matcher.group(1));
        if (existing >= stamp) {
          stamp = next(existing);
        }
      }
    }
    List<String> stems = new java.util.ArrayList<>();
    for (String name : names) {
      stems.add(stamp + "_" + name);
      stamp = next(stamp);
    }
    return stems;
  }

  private static long next(long stamp) {
    Instant instant =
        java.time.LocalDateTime.parse(
                Long.toString(stamp), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            .toInstant(ZoneOffset.UTC)
            .plusSeconds(1);
    return Long.parseLong(STAMP.format(instant));
  }

  /**
   * Writes the migration and its snapshot, both or neither: each goes to a temporary file first and
   * is moved into place; if the second move fails the first is taken back.
   */
  public void write(String stem, String sql, String snapshotJson) {
    write(List.of(new NewMigration(stem, sql, snapshotJson)));
  }

  /** A migration and its snapshot, to be written. */
  public record NewMigration(String stem, String sql, String snapshotJson) {}

  /**
   * Writes several migrations with their snapshots, all or none: if one cannot be written, those
   * already moved into place are taken back.
   */
  public void write(List<NewMigration> migrations) {
    List<NewMigration> written = new java.util.ArrayList<>();
    try {
      for (NewMigration migration : migrations) {
        writeOne(migration.stem(), migration.sql(), migration.snapshotJson());
        written.add(migration);
      }
    } catch (SnapshotException e) {
      for (NewMigration done : written) {
        deleteQuietly(this.migrations.resolve(done.stem() + ".sql"));
        deleteQuietly(snapshots.resolve(done.stem() + ".json"));
      }
      throw written.isEmpty()
          ? e
          : new SnapshotException(e.getMessage() + "; the earlier steps were taken back too", e);
    }
  }

  private void writeOne(String stem, String sql, String snapshotJson) {
    Path sqlFile = migrations.resolve(stem + ".sql");
    Path jsonFile = snapshots.resolve(stem + ".json");
    if (Files.exists(sqlFile) || Files.exists(jsonFile)) {
      throw new SnapshotException(
          stem + " already exists in " + migrations + " or " + snapshots + ": nothing written");
    }
    requireDirectoryOrAbsent(migrations);
    requireDirectoryOrAbsent(snapshots);
    Path sqlTemp = migrations.resolve("." + stem + ".sql.tmp");
    Path jsonTemp = snapshots.resolve("." + stem + ".json.tmp");
    try {
      Files.createDirectories(migrations);
      Files.createDirectories(snapshots);
      // Written as new files (not temp files, which are private to their owner), so that they get
      // the same permissions as any file the user creates.
      Files.writeString(sqlTemp, sql, StandardCharsets.UTF_8);
      Files.writeString(jsonTemp, snapshotJson, StandardCharsets.UTF_8);
      Files.move(sqlTemp, sqlFile, StandardCopyOption.ATOMIC_MOVE);
      try {
        Files.move(jsonTemp, jsonFile, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.deleteIfExists(sqlFile);
        throw e;
      }
    } catch (IOException e) {
      throw new SnapshotException("cannot write " + stem + ": " + e + " (nothing was kept)", e);
    } finally {
      deleteQuietly(sqlTemp);
      deleteQuietly(jsonTemp);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a leftover temporary file is harmless and hidden
      }
    }
  }

  private static List<Path> list(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(extension))
          .filter(MigrationFolder::isStemFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SnapshotException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  public static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static boolean isStemFile(Path file) {
    return STEM.matcher(stem(file)).matches();
  }
}
