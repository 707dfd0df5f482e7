package dev.shale;

import dev.shale.db.ConnectionSource;
import dev.shale.db.Database;
import dev.shale.db.HistoryTable;
import dev.shale.db.MigrateOptions;
import dev.shale.db.MigrateResult;
import dev.shale.db.MigrationEvent;
import dev.shale.db.MigrationStatus;
import dev.shale.db.Migrator;
import dev.shale.snapshot.MigrationFolder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Shale for Java applications that migrate at start-up or in their own tests.
 *
 * <pre>{@code
 * Shale.migrate(dataSource, Path.of("migrations"));
 *
 * Shale.migrator(dataSource, Shale.classpathFolder("db/migrations"))
 *     .lockTimeout(Duration.ofSeconds(3))
 *     .migrate();
 * }</pre>
 *
 * Everything {@code shale migrate} guarantees holds here too: the advisory lock, one transaction
 * per migration, {@code -- shale:no-transaction} files, validation of applied files, lock-timeout
 * retries. Failures are {@link dev.shale.db.DatabaseException}s whose message is the report the
 * command line prints ({@link dev.shale.snapshot.SnapshotException} for an unreadable or missing
 * folder). Progress goes to the {@link System.Logger} named {@code dev.shale}.
 */
public final class Shale {
  private Shale() {}

  /** Applies the pending migrations in {@code migrations} with the default settings. */
  public static MigrateResult migrate(DataSource dataSource, Path migrations) {
    return migrator(dataSource, migrations).migrate();
  }

  /** A migrator to configure before {@link Migration#migrate()}. */
  public static Migration migrator(DataSource dataSource, Path migrations) {
    return new Migration(dataSource, migrations);
  }

  /**
   * The folder {@code resource} on the class path, also inside a jar: where an application ships
   * its migrations, e.g. {@code src/main/resources/db/migrations}.
   */
  public static Path classpathFolder(String resource) {
    URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no folder '" + resource + "' on the class path");
    }
    try {
      var uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          FileSystems.newFileSystem(uri, Map.of());
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalArgumentException("cannot open '" + resource + "' on the class path", e);
    }
  }

  /** Settings of one migration run; every setter returns this. */
  public static final class Migration {
    private static final System.Logger LOG = System.getLogger("dev.shale");

    private final DataSource dataSource;
    private final Path migrations;
    private String history = HistoryTable.DEFAULT;
    private Duration lockTimeout = MigrateOptions.DEFAULT_LOCK_TIMEOUT;
    private Duration statementTimeout = MigrateOptions.DEFAULT_STATEMENT_TIMEOUT;
    private int lockRetries = MigrateOptions.DEFAULT_LOCK_RETRIES;
    private Duration retryBackoff = MigrateOptions.DEFAULT_RETRY_BACKOFF;
    private Duration lockWait = MigrateOptions.DEFAULT_LOCK_WAIT;
    private String target;
    private boolean allowOutOfOrder;
    private Consumer<MigrationEvent> listener = Migration::log;

    private Migration(DataSource dataSource, Path migrations) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.migrations = Objects.requireNonNull(migrations, "migrations");
    }

    /** The history table, {@code schema.table} (default {@code shale.migrations}). */
    public Migration historyTable(String qualifiedName) {
      this.history = Objects.requireNonNull(qualifiedName, "qualifiedName");
      return this;
    }

    /** {@code lock_timeout} per statement (default 5 s; zero for none). */
    public Migration lockTimeout(Duration timeout) {
      this.lockTimeout = timeout;
      return this;
    }

    /** {@code statement_timeout} per statement (default 1 h; zero for none). */
    public Migration statementTimeout(Duration timeout) {
      this.statementTimeout = timeout;
      return this;
    }

    /** Retries after a lock timeout (default 3), the first after {@code backoff}, then doubling. */
    public Migration lockRetries(int retries, Duration backoff) {
      this.lockRetries = retries;
      this.retryBackoff = backoff;
      return this;
    }

    /** How long to wait for another migrating process (default 10 min). */
    public Migration lockWait(Duration wait) {
      this.lockWait = wait;
      return this;
    }

    /** Stop after this migration (its file stem). */
    public Migration target(String name) {
      this.target = name;
      return this;
    }

    /** Apply pending migrations older than the newest applied one instead of refusing. */
    public Migration allowOutOfOrder(boolean allow) {
      this.allowOutOfOrder = allow;
      return this;
    }

    /** Receives progress events instead of the {@code dev.shale} logger. */
    public Migration listener(Consumer<MigrationEvent> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Applies the pending migrations. */
    public MigrateResult migrate() {
      MigrateOptions options =
          new MigrateOptions(
              lockTimeout,
              statementTimeout,
              lockRetries,
              retryBackoff,
              lockWait,
              target,
              allowOutOfOrder,
              false,
              false);
      return migrator().migrate(MigrationFolder.readMigrations(migrations), options);
    }

    /** Where every migration stands. */
    public MigrationStatus status() {
      return migrator().status(MigrationFolder.readMigrations(migrations));
    }

    private Migrator migrator() {
      Database database =
          Database.of(ConnectionSource.of(dataSource), "the application's DataSource");
      return new Migrator(database, HistoryTable.parse(history), listener);
    }

    private static void log(MigrationEvent event) {
      System.Logger.Level level =
          event instanceof MigrationEvent.Warning || event instanceof MigrationEvent.Retrying
              ? System.Logger.Level.WARNING
              : System.Logger.Level.INFO;
      LOG.log(level, () -> "shale: " + event);
    }
  }
}
