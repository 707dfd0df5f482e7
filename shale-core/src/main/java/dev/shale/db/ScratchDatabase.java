package dev.shale.db;

import dev.shale.sql.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway database created on a server for one job (a shadow for push, a replay for check
 * --trace) and dropped when closed, even while sessions still use it.
 */
public final class ScratchDatabase implements AutoCloseable {
  private final Database server;
  private final String name;
  private final Database database;

  private ScratchDatabase(Database server, String name) {
    this.server = server;
    this.name = name;
    this.database = server.sibling(name);
  }

  /**
   * Creates a database named {@code prefix} and a random suffix on {@code server}.
   *
   * @param purpose what the database is for, for the message when the server refuses
   */
  public static ScratchDatabase create(Database server, String prefix, String purpose) {
    String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(server, "CREATE DATABASE " + Identifiers.quote(name), purpose);
    return new ScratchDatabase(server, name);
  }

  public Database database() {
    return database;
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    execute(server, "DROP DATABASE IF EXISTS " + Identifiers.quote(name) + " WITH (FORCE)", null);
  }

  private static void execute(Database server, String sql, String purpose) {
    try (Connection c = server.connect();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new DatabaseException(
          server.description()
              + " refused `"
              + sql
              + "`: "
              + e.getMessage()
              + (purpose == null ? "" : " (" + purpose + ")"),
          e);
    }
  }
}
