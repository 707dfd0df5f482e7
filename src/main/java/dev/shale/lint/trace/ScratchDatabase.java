package dev.shale.lint.trace;

import dev.shale.db.Database;
import dev.shale.db.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway database for {@code check --trace --url}: created on the server the URL reaches
 * (which needs the CREATEDB privilege), dropped by {@link #close()} with the connections still open
 * to it. The trace never touches the database the URL names.
 */
public final class ScratchDatabase implements AutoCloseable {
  private final Database server;
  private final String name;
  private final Database database;

  private ScratchDatabase(Database server, String name, Database database) {
    this.server = server;
    this.name = name;
    this.database = database;
  }

  /** Creates an empty database beside the one {@code server} reaches. */
  public static ScratchDatabase create(Database server) {
    String name = "shale_trace_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = server.connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
    } catch (SQLException e) {
      throw new DatabaseException(
          "cannot create a scratch database for the trace on "
              + server.description()
              + ": "
              + Trace.firstLine(e)
              + " (the trace needs the CREATEDB privilege, or the embedded server)",
          e);
    }
    return new ScratchDatabase(server, name, server.sibling(name));
  }

  /** The scratch database. */
  public Database database() {
    return database;
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    try (Connection c = server.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new DatabaseException(
          "cannot drop the scratch database " + name + ": " + Trace.firstLine(e), e);
    }
  }
}
