package dev.shale.cli;

import dev.shale.testing.TestPostgres.FreshDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client that runs short statements on a table in a loop, a read of one row and an update of one
 * row's {@code note}, under a short {@code lock_timeout}: a statement that waits longer for a lock
 * fails with SQLSTATE 55P03, which the probe records apart from other errors. The slowest
 * statement's time is kept too.
 */
final class LockProbe extends ConnectionLoop {
  static final String LOCK_NOT_AVAILABLE = "55P03";

  private final String table;
  private final String lockTimeout;
  private final long maxId;
  private final List<String> lockTimeouts = Collections.synchronizedList(new ArrayList<>());
  private volatile long slowestMillis;

  /**
   * @param lockTimeout the value of {@code lock_timeout}, such as {@code 1s}
   * @param maxId the updates pick a random id from 1 to this
   */
  LockProbe(FreshDatabase db, String table, String lockTimeout, long maxId) {
    super("probe", db);
    this.table = table;
    this.lockTimeout = lockTimeout;
    this.maxId = maxId;
  }

  @Override
  protected void prepare(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SET lock_timeout = '" + lockTimeout + "'");
    }
  }

  @Override
  protected void step(Connection c) throws SQLException {
    long start = System.nanoTime();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, note FROM " + table + " ORDER BY id LIMIT 1")) {
      rs.next();
    } catch (SQLException e) {
      recordIfLock(e, "read");
    }
    try (PreparedStatement st =
        c.prepareStatement("UPDATE " + table + " SET note = 'probe' WHERE id = ?")) {
      st.setLong(1, ThreadLocalRandom.current().nextLong(1, maxId + 1));
      st.executeUpdate();
    } catch (SQLException e) {
      recordIfLock(e, "update");
    }
    slowestMillis = Math.max(slowestMillis, (System.nanoTime() - start) / 1_000_000);
    pause(3);
  }

  private void recordIfLock(SQLException e, String what) throws SQLException {
    if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
      throw e;
    }
    lockTimeouts.add(what + ": " + e.getMessage());
  }

  /** The statements that ran into lock_timeout. */
  List<String> lockTimeouts() {
    synchronized (lockTimeouts) {
      return List.copyOf(lockTimeouts);
    }
  }

  /** The longest a read and an update together took, in milliseconds. */
  long slowestMillis() {
    return slowestMillis;
  }
}
