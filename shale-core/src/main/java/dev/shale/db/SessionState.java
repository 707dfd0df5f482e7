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

  /**
   * Puts the session back: {@code RESET ALL} undoes every {@code SET} of the migration (settings
   * such as {@code session_replication_role} included), then the captured values return, among them
   * those a pool may have set.
   */
  void restore(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("RESET ALL");
    }
    setCaptured(c, false);
  }

  /**
   * Within the current transaction only, puts back the captured role and settings: the history row
   * is then written by the user that started the run, not by a role the migration switched to.
   */
  void restoreLocally(Connection c) throws SQLException {
    setCaptured(c, true);
  }

  private void setCaptured(Connection c, boolean local) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < SETTINGS.length; i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("set_config('")
          .append(SETTINGS[i])
          .append("', ?, ")
          .append(local)
          .append(')');
    }
    try (PreparedStatement st = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.length; i++) {
        st.setString(i + 1, values[i]);
      }
      st.execute();
    }
  }
}
