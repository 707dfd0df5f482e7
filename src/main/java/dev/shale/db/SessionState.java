package dev.shale.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The session settings a migration may change (with {@code SET}, {@code SET ROLE}, or the session
 * timeouts of a no-transaction file), captured when a run starts and put back after each such
 * migration: the next migration starts from the same state, and a pooled connection goes back as it
 * came.
 */
final class SessionState {
  private static final String[] SETTINGS = {
    "search_path", "role", "lock_timeout", "statement_timeout"
  };
  private final String[] values;

  private SessionState(String[] values) {
    this.values = values;
  }

  static SessionState capture(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT current_setting('search_path'), current_setting('role'),"
                    + " current_setting('lock_timeout'), current_setting('statement_timeout')")) {
      rs.next();
      String[] values = new String[SETTINGS.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = rs.getString(i + 1);
      }
      return new SessionState(values);
    }
  }

  void restore(Connection c) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < SETTINGS.length; i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("set_config('")
          .append(SETTINGS[i])
          .append("', ?, false)");
    }
    try (PreparedStatement st = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.length; i++) {
        st.setString(i + 1, values[i]);
      }
      st.execute();
    }
  }
}
