package dev.shale.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The session-level advisory lock that makes concurrent {@code migrate} runs take turns. It is held
 * on a connection of its own, so that it outlives the transactions of the migrations and goes away
 * with the session if the process dies.
 */
final class AdvisoryLock implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(200);

  private final Connection connection;
  private final long key;
  private final int pid;

  private AdvisoryLock(Connection connection, long key, int pid) {
    this.connection = connection;
    this.key = key;
    this.pid = pid;
  }

  /**
   * An SQL condition, true while this lock is still held: history writes carry it, so that a run
   * whose lock session was terminated cannot record anything (and its transaction rolls back).
   */
  String heldCondition() {
    return "EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND granted"
        + " AND objsubid = 1 AND pid = "
        + pid
        + " AND classid::bigint = "
        + (key >>> 32)
        + " AND objid::bigint = "
        + (key & 0xffffffffL)
        + ")";
  }

  /** The lock key of {@code history}: one lock per history table, stable across versions. */
  static long key(HistoryTable history) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("shale:" + history).getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (hash[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Takes the lock on {@code connection}, polling for at most {@code wait}.
   *
   * @throws DatabaseException when another session held it all that time, naming that session
   */
  static AdvisoryLock acquire(
      Connection connection, HistoryTable history, Duration wait, Consumer<MigrationEvent> events)
      throws SQLException {
    long key = key(history);
    int pid = sameSession(connection, backendPid(connection), 3);
    long start = System.nanoTime();
    long deadline = start + wait.toNanos();
    boolean announced = false;
    while (true) {
      if (tryLock(connection, key)) {
        if (announced) {
          events.accept(
              new MigrationEvent.LockAcquired(Duration.ofNanos(System.nanoTime() - start)));
        }
        return new AdvisoryLock(connection, key, sameSession(connection, pid, 1));
      }
      if (!announced) {
        events.accept(new MigrationEvent.WaitingForLock(holder(connection, key)));
        announced = true;
      }
      if (System.nanoTime() >= deadline) {
        throw new DatabaseException(
            "another migrate still holds the migration lock of "
                + history
                + " after waiting "
                + Durations.format(wait)
                + " ("
                + holder(connection, key)
                + "): wait for it to finish, or give more time with --lock-wait. If that run hangs,"
                + " stop its process: its statement is canceled and its migration rolled back"
                + " (ending only the lock session makes it fail when it next records)");
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DatabaseException("interrupted while waiting for the migration lock", e);
      }
    }
  }

  /**
   * {@code pid}, after checking {@code probes} times that the connection's statements still run in
   * that server session: a pooler in transaction mode moves them between sessions.
   *
   * @throws DatabaseException when the session changed
   */
  private static int sameSession(Connection connection, int pid, int probes) throws SQLException {
    for (int i = 0; i < probes; i++) {
      int now = backendPid(connection);
      if (now != pid) {
        throw new DatabaseException(TransactionPooler.sessionChanged(pid, now));
      }
    }
    return pid;
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT pg_backend_pid()");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      st.setLong(1, key);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** Who holds the lock, for the waiting message: pid, user, application, client, since when. */
  private static String holder(Connection connection, long key) throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement(
            "SELECT a.pid, a.usename, a.application_name, host(a.client_addr),"
                + " date_trunc('second', now() - a.backend_start)::text"
                + " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.database = (SELECT oid FROM pg_catalog.pg_database"
                + " WHERE datname = current_database())"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ?")) {
      st.setLong(1, key >>> 32);
      st.setLong(2, key & 0xffffffffL);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return "held by a session that is not visible to this user";
        }
        return "held by pid "
            + rs.getInt(1)
            + ", user "
            + rs.getString(2)
            + (rs.getString(3) == null || rs.getString(3).isEmpty()
                ? ""
                : ", application " + rs.getString(3))
            + (rs.getString(4) == null ? "" : ", from " + rs.getString(4))
            + ", connected for "
            + rs.getString(5);
      }
    }
  }

  /** Releases the lock; closing the session would too, so a failure here changes nothing. */
  @Override
  public void close() {
    try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      st.setLong(1, key);
      st.execute();
    } catch (SQLException e) {
      // the session ends right after, which releases the lock as well
    }
  }
}
