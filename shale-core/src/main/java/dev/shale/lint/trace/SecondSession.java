package dev.shale.lint.trace;

import dev.shale.db.ConnectionSource;
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
 * Watches a statement that cannot run inside a transaction block (CREATE/DROP INDEX CONCURRENTLY,
 * REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM) from other sessions: one of two
 * blocker sessions holds ROW EXCLUSIVE on every table (what any writing transaction holds), so that
 * the statement waits for it before each phase; each time it waits, the observer reads its locks,
 * then the other blocker takes the locks and the first commits, so that it waits again at its next
 * phase. A statement that waits for a table lock instead is seen waiting, then let go.
 */
final class SecondSession implements AutoCloseable {
  private final ConnectionSource source;
  private final Duration limit;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "shale-trace-statement");
            t.setDaemon(true);
            return t;
          });
  private Connection observer;
  private final Connection[] blockers = new Connection[2];

  SecondSession(ConnectionSource source, Duration limit) {
    this.source = source;
    this.limit = limit;
  }

  private void open() throws SQLException {
    if (observer != null) {
      return;
    }
    observer = source.open();
    observer.setAutoCommit(true);
    for (int i = 0; i < blockers.length; i++) {
      blockers[i] = source.open();
      blockers[i].setAutoCommit(false);
    }
  }

  /**
   * Runs {@code sql} on {@code migrating} (autocommit) while the blockers make it wait.
   *
   * @return the strongest mode of each relation it held or awaited while waiting, by OID
   * @throws SQLException the statement's own failure
   */
  Map<Long, LockMode> run(Connection migrating, String sql) throws SQLException {
    open();
    int pid = pid(migrating);
    List<String> tables = new ArrayList<>();
    for (Catalog.Rel r : Catalog.relations(observer).byName().values()) {
      if (r.kind() == 'r' || r.kind() == 'p') {
        tables.add(Identifiers.quote(r.name().schema()) + "." + Identifiers.quote(r.name().name()));
      }
    }
    String block =
        tables.isEmpty()
            ? null
            : "LOCK TABLE " + String.join(", ", tables) + " IN ROW EXCLUSIVE MODE";
    int current = 0;
    boolean blocking = block != null;
    if (blocking) {
      execute(blockers[current], block);
    }
    Map<Long, LockMode> seen = new HashMap<>();
    Future<?> running =
        runner.submit(
            () -> {
              try (Statement st = migrating.createStatement()) {
                st.setEscapeProcessing(false);
                st.execute(sql);
              }
              return null;
            });
    long deadline = System.nanoTime() + limit.toNanos();
    try {
      while (true) {
        try {
          running.get(5, TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException e) {
          // still running
        }
        if (System.nanoTime() > deadline) {
          cancel(pid);
          try {
            running.get();
          } catch (ExecutionException e) {
            throw new SQLException(
                "the trace gave up on it after " + limit.toSeconds() + " s and canceled it",
                "57014",
                e.getCause());
          }
          break;
        }
        List<Row> rows = rows(pid);
        Row waiting = rows.stream().filter(r -> !r.granted()).findFirst().orElse(null);
        if (waiting == null || !blocking) {
          continue;
        }
        for (Row row : rows) {
          if (row.relation() != null && row.mode() != null) {
            seen.merge(row.relation(), row.mode(), Catalog::stronger);
          }
        }
        if (waiting.relation() != null) {
          // waits for a table lock that the blocker's ROW EXCLUSIVE conflicts with: seen, let go
          blockers[current].commit();
          blocking = false;
        } else {
          int next = 1 - current;
          execute(blockers[next], block);
          blockers[current].commit();
          current = next;
        }
      }
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

  private void cancel(int pid) throws SQLException {
    execute(observer, "SELECT pg_catalog.pg_cancel_backend(" + pid + ")");
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  static int pid(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_catalog.pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** One row of pg_locks: a relation lock (relation set) or another kind (relation null). */
  private record Row(Long relation, LockMode mode, boolean granted) {}

  private List<Row> rows(int pid) throws SQLException {
    String sql =
        "SELECT CASE WHEN locktype = 'relation' THEN relation::bigint END, mode, granted FROM"
            + " pg_catalog.pg_locks WHERE pid = "
            + pid
            + " AND (locktype = 'relation' AND database = (SELECT oid FROM pg_catalog.pg_database"
            + " WHERE datname = current_database()) OR NOT granted)";
    List<Row> rows = new ArrayList<>();
    try (Statement st = observer.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        long relation = rs.getLong(1);
        rows.add(
            new Row(
                rs.wasNull() ? null : relation, Catalog.mode(rs.getString(2)), rs.getBoolean(3)));
      }
    }
    return rows;
  }

  @Override
  public void close() {
    runner.shutdownNow();
    closeQuietly(observer);
    for (Connection b : blockers) {
      closeQuietly(b);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      // closing anyway
    }
  }
}
