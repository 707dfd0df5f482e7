package dev.shale.introspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Reads a live PostgreSQL (14 or newer) into the canonical model: one catalog query per object
 * kind, whatever the number of tables, in one read-only transaction (so that every query sees the
 * same catalog), with {@code search_path} set to {@code public} for its duration, so that the
 * server prints names in public unqualified and all others qualified, as Shale writes them.
 *
 * <pre>{@code
 * Introspection read = Introspector.read(connection, IntrospectionFilter.DEFAULT);
 * SchemaModel model = read.model();
 * if (read.warning() != null) System.err.println("warning: " + read.warning());
 * }</pre>
 */
public final class Introspector {
  /** The oldest PostgreSQL Shale reads, as server_version_num. */
  static final int OLDEST_VERSION_NUM = 140000;

  private Introspector() {}

  /**
   * The model of the database within {@code filter}, and the objects found that Shale does not
   * manage. The connection is left as it was (autocommit, transaction, search_path).
   *
   * @throws IntrospectionException when the server is older than 14, the user may not read the
   *     catalog, or a query fails; the message says what to do
   */
  public static Introspection read(Connection connection, IntrospectionFilter filter) {
    try {
      int version = serverVersion(connection);
      if (version < OLDEST_VERSION_NUM) {
        throw new IntrospectionException(
            "the server is PostgreSQL "
                + (version / 10000 >= 10 ? version / 10000 : version / 10000.0)
                + ", older than 14, the oldest Shale supports: upgrade the server (or read it with"
                + " pg_dump -s)");
      }
      return inReadOnlyTransaction(
          connection,
          () -> {
            CatalogReader reader = new CatalogReader(connection, version);
            List<String> schemas =
                reader.schemas().stream().filter(filter::includesSchema).toList();
            return GrantReader.attach(
                connection,
                version,
                schemas,
                filter,
                TriggerReader.attach(
                    connection, schemas, ModelAssembler.assemble(reader.read(schemas), filter)));
          });
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static IntrospectionException failure(SQLException e) {
    if ("42501".equals(e.getSQLState())) {
      return new IntrospectionException(
          "the database user may not read the catalog ("
              + e.getMessage()
              + "): connect as the schema's owner, or grant the user USAGE on the schemas to read",
          e);
    }
    if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
      return new IntrospectionException(
          "the connection to the database failed while reading it: " + e.getMessage(), e);
    }
    return new IntrospectionException("reading the database failed: " + e.getMessage(), e);
  }

  private static int serverVersion(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SHOW server_version_num")) {
      rs.next();
      return Integer.parseInt(rs.getString(1).strip());
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in a repeatable-read, read-only transaction of its own when the connection is
   * in autocommit (rolled back after), else inside the caller's transaction; either way with {@code
   * search_path} = public, put back after.
   */
  private static <T> T inReadOnlyTransaction(Connection c, Work<T> work) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    if (!autoCommit) {
      String saved = single(c, "SELECT pg_catalog.current_setting('search_path')");
      String savedZone = single(c, "SELECT pg_catalog.current_setting('TimeZone')");
      setLocal(c, "search_path", "public");
      setLocal(c, "TimeZone", "UTC");
      try {
        return work.run();
      } finally {
        setLocal(c, "search_path", saved);
        setLocal(c, "TimeZone", savedZone);
      }
    }
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      st.execute("SET LOCAL search_path = public");
      // Values of timestamptz (partition bounds, constant defaults) print in the session's time
      // zone: read them in one zone whatever the server's or the role's default.
      st.execute("SET LOCAL TimeZone = 'UTC'");
      return work.run();
    } finally {
      try {
        c.rollback();
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static void setLocal(Connection c, String setting, String value) throws SQLException {
    try (var st = c.prepareStatement("SELECT pg_catalog.set_config(?, ?, true)")) {
      st.setString(1, setting);
      st.setString(2, value);
      st.execute();
    }
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
