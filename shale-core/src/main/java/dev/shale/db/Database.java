package dev.shale.db;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.util.PSQLException;

/**
 * The database a command works on, opened from a {@link DatabaseUrl}: a server reached over the
 * network, or a throwaway one (embedded, or a Docker container) that {@link #close()} removes.
 */
public final class Database implements AutoCloseable {
  private static final String PROTOCOL_VIOLATION = "08P01";
  private final String description;
  private final String server;
  private final ConnectionSource source;
  private final ThrowawayServer embedded;
  private final DatabaseUrl url;

  private Database(
      String description,
      String server,
      ConnectionSource source,
      ThrowawayServer embedded,
      DatabaseUrl url) {
    this.description = description;
    this.server = server;
    this.source = source;
    this.embedded = embedded;
    this.url = url;
  }

  /**
   * Opens {@code url} and checks that it answers, so that a bad address fails here with one line
   * naming host, port, database and the server's reason.
   */
  public static Database open(DatabaseUrl url) {
    if (url.embedded()) {
      ThrowawayServer server =
          url.dockerImage() == null
              ? EmbeddedServer.start()
              : DockerServer.start(url.dockerImage());
      return new Database(
          server.description(),
          url.dockerImage() == null ? "the embedded server" : "the container",
          server::connect,
          server,
          null);
    }
    Database database = remote(url, "the server at " + url.address());
    try (Connection probe = database.connect()) {
      return database;
    } catch (SQLException e) {
      throw new DatabaseException(
          "cannot connect to " + url.describe() + ": " + database.reason(e), e);
    }
  }

  /** A database reached through connections the caller provides (the Java API). */
  public static Database of(ConnectionSource source, String description) {
    return new Database(description, "the server", source, null, null);
  }

  /** A new connection; a failure is a {@link DatabaseException} with one clear line. */
  public Connection connect() {
    try {
      return source.open();
    } catch (SQLException e) {
      throw new DatabaseException("cannot connect to " + description + ": " + reason(e), e);
    }
  }

  /**
   * Another database of the same server, reached as this one is; its embedded server, if any, stays
   * owned by this one.
   *
   * @throws IllegalStateException for a database reached through the caller's connections
   */
  public Database sibling(String database) {
    if (embedded != null) {
      return new Database(
          embedded.description() + ", database " + database,
          server,
          () -> embedded.connect(database),
          null,
          null);
    }
    if (url == null) {
      throw new IllegalStateException("no URL to reach another database of " + description);
    }
    return remote(url.withDatabase(database), server);
  }

  /** A database reached through {@code url} by the driver, not checked yet. */
  private static Database remote(DatabaseUrl url, String server) {
    Properties properties = new Properties();
    properties.putAll(url.properties());
    properties.putIfAbsent("connectTimeout", "10");
    properties.putIfAbsent("ApplicationName", "shale");
    return new Database(
        url.describe(),
        server,
        () -> DriverManager.getConnection(url.jdbcUrl(), properties),
        null,
        url);
  }

  /** The server's major version (14, 17, …). */
  public int serverMajorVersion() {
    try (Connection c = connect()) {
      return c.getMetaData().getDatabaseMajorVersion();
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the server version of " + description, e);
    }
  }

  /** Where this is, safe to print: {@code host:port/db as user}, or the embedded server. */
  public String description() {
    return description;
  }

  /** Whether this is a throwaway embedded server. */
  public boolean embedded() {
    return embedded != null;
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }

  private String reason(SQLException e) {
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      return p.getServerErrorMessage().getMessage();
    }
    Throwable cause = e.getCause();
    String notPostgres = server + " is not answering as PostgreSQL: it ";
    if (cause instanceof EOFException
        || cause instanceof SocketException
            && String.valueOf(cause.getMessage()).startsWith("Connection reset")) {
      return notPostgres
          + "accepted the connection and closed it without a word (is this PostgreSQL's port, or"
          + " a proxy or pooler whose server is down?)";
    }
    if (PROTOCOL_VIOLATION.equals(e.getSQLState())) {
      return notPostgres
          + "answered PostgreSQL's handshake with something else (is this PostgreSQL's port, or"
          + " another service's, such as HTTP?)";
    }
    if (cause instanceof ConnectException) {
      return "connection refused (is the server running, and listening on that host and port?)";
    }
    if (cause instanceof UnknownHostException) {
      return "unknown host " + cause.getMessage();
    }
    if (cause instanceof SocketTimeoutException) {
      return "no answer in time (a firewall, a wrong port, or a server that is down?)";
    }
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return DatabaseUrl.masked(newline < 0 ? message : message.substring(0, newline));
  }
}
