package dev.shale.testing;

import dev.shale.model.QualifiedName;
import dev.shale.sql.Identifiers;
import dev.shale.sql.LockMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The relation locks a backend holds, as {@code pg_locks} shows them: read inside the backend's own
 * open transaction, or, for a statement that cannot run inside one ({@code CREATE/DROP INDEX
 * CONCURRENTLY}), from another session at each point where the statement waits for other
 * transactions.
 */
public final class ServerLocks {
  private static final ExecutorService RUNNER =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "server-locks-statement");
            t.setDaemon(true);
            return t;
          });

  private static final Duration LIMIT = Duration.ofSeconds(60);

  private ServerLocks() {}

  /** A relation of a user schema: its name and {@code pg_class.relkind}. */
  public record Relation(QualifiedName name, char kind) {
    public boolean isIndex() {
      return kind == 'i' || kind == 'I';
    }

    public boolean isSequence() {
      return kind == 'S';
    }
  }

  private static final String RELATIONS =
      "SELECT c.oid::bigint, n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n"
          + " ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'i', 'I', 'S')"
          + " AND"
          + " n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE"
          + " 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

  /**
   * Tables, views, materialized views, foreign tables, indexes and sequences of the user's schemas
   * (not the catalog, TOAST or temporary schemas), by OID.
   */
  public static Map<Long, Relation> relations(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(RELATIONS)) {
      return relations(rs);
    }
  }

  private static Map<Long, Relation> relations(ResultSet rs) throws SQLException {
    Map<Long, Relation> relations = new HashMap<>();
    while (rs.next()) {
      relations.put(
          rs.getLong(1),
          new Relation(
              new QualifiedName(rs.getString(2), rs.getString(3)), rs.getString(4).charAt(0)));
    }
    return relations;
  }

  /** The locks a statement took (strongest mode by OID) and the relations after it. */
  public record Seen(Map<Long, LockMode> locks, Map<Long, Relation> relations) {}

  /**
   * The backend's own relation locks (the strongest mode of each, by OID) and the relations as its
   * transaction sees them, in one round trip.
   */
  public static Seen own(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(rowsQuery("pg_backend_pid()") + "; " + RELATIONS);
      Map<Long, LockMode> locks;
      try (ResultSet rs = st.getResultSet()) {
        locks = strongest(rows(rs));
      }
      st.getMoreResults();
      try (ResultSet rs = st.getResultSet()) {
        return new Seen(locks, relations(rs));
      }
    }
  }

  /**
   * Runs {@code sql} (which cannot run inside a transaction block) on {@code migrating}, with
   * autocommit, while one of two {@code blockers} holds ROW EXCLUSIVE on every table (what any
   * writing transaction holds): CREATE INDEX CONCURRENTLY waits for such transactions before each
   * phase, DROP INDEX CONCURRENTLY for any transaction that holds a lock on the table. Each time
   * the statement waits for the blocker, {@code observer} reads its locks; the other blocker then
   * takes the locks and the first one commits, so that the statement waits again at its next phase.
   * A statement that waits for a table lock instead is seen waiting for it, then let go.
   *
   * @return the strongest mode of each relation the statement held or awaited at any of those
   *     points, by OID
   * @throws SQLException the statement's own failure
   */
  public static Map<Long, LockMode> whileWaiting(
      Connection migrating, Connection observer, Connection[] blockers, String sql)
      throws SQLException {
    return whileWaiting(migrating, observer, blockers, sql, "ROW EXCLUSIVE");
  }

  /**
   * As {@link #whileWaiting(Connection, Connection, Connection[], String)}, with the blockers
   * holding {@code mode} on every table: SHARE makes a writer wait for its table lock, as a DO
   * block that writes in batches and commits between them must be seen waiting to be seen at all.
   */
  public static Map<Long, LockMode> whileWaiting(
      Connection migrating, Connection observer, Connection[] blockers, String sql, String mode)
      throws SQLException {
    int pid = pid(migrating);
    List<String> tables =
        relations(observer).values().stream()
            .filter(r -> r.kind() == 'r' || r.kind() == 'p')
            .map(r -> Identifiers.qualified(r.name()))
            .toList();
    String block =
        tables.isEmpty()
            ? null
            : "LOCK TABLE " + String.join(", ", tables) + " IN " + mode + " MODE";
    int current = 0;
    boolean blocking = block != null;
    if (blocking) {
      hold(blockers[current], block);
    }
    Map<Long, LockMode> seen = new HashMap<>();
    Future<?> running =
        RUNNER.submit(
            () -> {
              try (Statement st = migrating.createStatement()) {
                st.execute(sql);
              }
              return null;
            });
    long deadline = System.nanoTime() + LIMIT.toNanos();
    try {
      while (true) {
        try {
          running.get(2, TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException e) {
          // still running
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("still running after " + LIMIT + ": " + sql);
        }
        List<Row> rows = rows(observer, String.valueOf(pid));
        Row waiting = rows.stream().filter(r -> !r.granted()).findFirst().orElse(null);
        if (waiting == null || !blocking) {
          continue;
        }
        merge(seen, strongest(rows));
        if (waiting.relation() != null) {
          // Waits for a table lock that the blocker's ROW EXCLUSIVE conflicts with: seen, let go.
          blockers[current].commit();
          blocking = false;
        } else {
          int next = 1 - current;
          hold(blockers[next], block);
          blockers[current].commit();
          current = next;
        }
      }
      running.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      for (Connection blocker : blockers) {
        blocker.rollback();
      }
    }
    return seen;
  }

  private static void hold(Connection blocker, String lock) throws SQLException {
    try (Statement st = blocker.createStatement()) {
      st.execute(lock);
    }
  }

  /** The backend id of the connection's session. */
  public static int pid(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** One row of pg_locks: a relation lock (relation set) or another kind (relation null). */
  private record Row(Long relation, LockMode mode, boolean granted) {}

  private static List<Row> rows(Connection c, String pid) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(rowsQuery(pid))) {
      return rows(rs);
    }
  }

  private static String rowsQuery(String pid) {
    return "SELECT CASE WHEN locktype = 'relation' THEN relation::bigint END, mode, granted FROM"
        + " pg_locks WHERE pid = "
        + pid
        + " AND (locktype = 'relation' AND database = (SELECT oid FROM pg_database WHERE datname"
        + " = current_database()) OR NOT granted)";
  }

  private static List<Row> rows(ResultSet rs) throws SQLException {
    List<Row> rows = new ArrayList<>();
    while (rs.next()) {
      long relation = rs.getLong(1);
      rows.add(new Row(rs.wasNull() ? null : relation, mode(rs.getString(2)), rs.getBoolean(3)));
    }
    return rows;
  }

  private static Map<Long, LockMode> strongest(List<Row> rows) {
    Map<Long, LockMode> modes = new HashMap<>();
    for (Row row : rows) {
      if (row.relation() != null) {
        modes.merge(row.relation(), row.mode(), ServerLocks::stronger);
      }
    }
    return modes;
  }

  private static void merge(Map<Long, LockMode> into, Map<Long, LockMode> more) {
    more.forEach((relation, mode) -> into.merge(relation, mode, ServerLocks::stronger));
  }

  private static LockMode stronger(LockMode a, LockMode b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** {@code AccessExclusiveLock} → {@link LockMode#ACCESS_EXCLUSIVE}; null for other lock kinds. */
  private static LockMode mode(String pgMode) {
    return switch (pgMode) {
      case "AccessShareLock" -> LockMode.ACCESS_SHARE;
      case "RowShareLock" -> LockMode.ROW_SHARE;
      case "RowExclusiveLock" -> LockMode.ROW_EXCLUSIVE;
      case "ShareUpdateExclusiveLock" -> LockMode.SHARE_UPDATE_EXCLUSIVE;
      case "ShareLock" -> LockMode.SHARE;
      case "ShareRowExclusiveLock" -> LockMode.SHARE_ROW_EXCLUSIVE;
      case "ExclusiveLock" -> LockMode.EXCLUSIVE;
      case "AccessExclusiveLock" -> LockMode.ACCESS_EXCLUSIVE;
      default -> throw new IllegalStateException("unknown lock mode " + pgMode);
    };
  }
}
