package dev.shale.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Switches a connection to autocommit for the length of a run and back afterwards: a pool may hand
 * out connections with autocommit off, and an idle open transaction on the lock connection could be
 * ended by {@code idle_in_transaction_session_timeout}, taking the lock along.
 */
final class AutoCommit implements AutoCloseable {
  private final Connection connection;
  private final boolean before;

  private AutoCommit(Connection connection, boolean before) {
    this.connection = connection;
    this.before = before;
  }

  static AutoCommit on(Connection connection) throws SQLException {
    boolean before = connection.getAutoCommit();
    if (!before) {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return new AutoCommit(connection, before);
  }

  @Override
  public void close() {
    try {
      if (!connection.isClosed() && connection.getAutoCommit() != before) {
        connection.setAutoCommit(before);
      }
    } catch (SQLException e) {
      // the connection is closed right after
    }
  }
}
