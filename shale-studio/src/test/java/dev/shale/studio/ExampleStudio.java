package dev.shale.studio;

import dev.shale.config.Config;
import dev.shale.config.ConfigLoader;
import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.HistoryTable;
import dev.shale.db.MigrateOptions;
import dev.shale.db.Migrator;
import dev.shale.loader.SchemaSources;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.testing.ProjectFiles;
import dev.shale.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled example, copied into a folder of the test's, with (optionally) a fresh database that
 * has its migrations applied up to a target and rows in its tables, and a studio serving it.
 */
final class ExampleStudio implements AutoCloseable {
  final Path project;
  final TestPostgres.FreshDatabase database;
  final StudioServer server;
  final Config config;

  private ExampleStudio(
      Path project, TestPostgres.FreshDatabase database, StudioServer server, Config config) {
    this.project = project;
    this.database = database;
    this.server = server;
    this.config = config;
  }

  /** The example in {@code dir}; with a database migrated up to {@code target} (null for all). */
  static ExampleStudio start(Path dir, boolean withDatabase, String target, boolean write) {
    copyExample(dir);
    Config config = ConfigLoader.load(dir, null, Map.of());
    TestPostgres.FreshDatabase fresh = null;
    Database db = null;
    if (withDatabase) {
      fresh = TestPostgres.freshDatabase();
      db = Database.open(DatabaseUrl.parse(url(fresh)));
      MigrateOptions d = MigrateOptions.defaults();
      MigrateOptions options =
          new MigrateOptions(
              d.lockTimeout(),
              d.statementTimeout(),
              d.lockRetries(),
              d.retryBackoff(),
              d.lockWait(),
              target,
              false,
              false,
              false);
      new Migrator(db, HistoryTable.parse(config.history()), e -> {})
          .migrate(MigrationFolder.readMigrations(config.migrations()), options);
      fresh.apply(
          "INSERT INTO users (email, display_name, role)"
              + " SELECT 'user' || lpad(i::text, 3, '0') || '@example.com', 'User ' || i,"
              + " CASE WHEN i % 10 = 0 THEN 'admin' ELSE 'reader' END::role"
              + " FROM generate_series(1, 120) i;"
              + "INSERT INTO categories (name) VALUES ('news'), ('notes');"
              + "INSERT INTO posts (author_id, category_id, slug, title, body)"
              + " SELECT u.id, 1, 'post-' || u.id, 'Post by ' || u.display_name, 'Hello'"
              + " FROM users u WHERE u.id <= 30;");
    }
    Config loaded = config;
    DeclaredSchema schema =
        DeclaredSchema.fromSources(
            dir,
            () -> SchemaSources.resolve(dir, loaded.configFile(), loaded.schema()),
            model -> model);
    StudioServer server =
        StudioServer.start(
            new StudioProject(
                config, schema, db, write, StudioProject.DEFAULT_STATEMENT_TIMEOUT, null),
            0);
    return new ExampleStudio(dir, fresh, server, config);
  }

  static String url(TestPostgres.FreshDatabase db) {
    return "postgres://"
        + db.user()
        + ":"
        + db.password()
        + "@localhost:"
        + db.port()
        + "/"
        + db.name();
  }

  private static void copyExample(Path dir) {
    Path root = ProjectFiles.root();
    copy(root.resolve("shale.toml"), dir.resolve("shale.toml"));
    copyTree(root.resolve("migrations-example"), dir.resolve("migrations-example"));
    copyTree(root.resolve("snapshots"), dir.resolve("snapshots"));
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(f -> copy(f, to.resolve(from.relativize(f).toString())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    if (database != null) {
      database.close();
    }
  }
}
