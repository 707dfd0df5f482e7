package dev.shale.cli;

import dev.shale.testing.TestPostgres.FreshDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread with a connection of its own that runs {@link #step} again and again until stopped, as
 * an application would while a migration runs. Every error a step raises is kept, with what was
 * running, for the test to judge; the loop goes on after one.
 */
abstract class ConnectionLoop implements AutoCloseable {
  private final String name;
  private final FreshDatabase db;
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger steps = new AtomicInteger();
  private volatile boolean stopping;
  private Thread thread;

  ConnectionLoop(String name, FreshDatabase db) {
    this.name = name;
    this.db = db;
  }

  /** One round of work; a thrown exception is recorded and the loop goes on. */
  protected abstract void step(Connection c) throws SQLException;

  /** Run once on the connection before the first step (session settings). */
  protected void prepare(Connection c) throws SQLException {}

  /** Whether the loop should start stepping yet; asked between short pauses until true. */
  protected boolean ready(Connection c) throws SQLException {
    return true;
  }

  final ConnectionLoop start() {
    thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  private void run() {
    // prepareThreshold=0: no server-side prepared statements. A statement prepared while the old
    // column exists keeps the parameter types it inferred from it (text for payload), and fails
    // once the contract gives the column its new type; an application would re-prepare. The
    // unnamed statement is parsed, under the table's lock, on every execution.
    String url = db.jdbcUrl() + "?prepareThreshold=0&ApplicationName=" + name;
    try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
      prepare(c);
      while (!stopping && !ready(c)) {
        pause(5);
      }
      while (!stopping) {
        try {
          step(c);
          steps.incrementAndGet();
        } catch (SQLException e) {
          errors.add(describe(e));
          pause(10);
        }
      }
    } catch (SQLException | RuntimeException e) {
      errors.add("the loop itself failed: " + describe(e));
    }
  }

  private static String describe(Exception e) {
    String state = e instanceof SQLException sql ? " [" + sql.getSQLState() + "]" : "";
    return e.getMessage() + state;
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The steps that succeeded so far. */
  final int steps() {
    return steps.get();
  }

  /** The errors so far, each with its SQLSTATE. */
  final List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  final String name() {
    return name;
  }

  /** Stops after the step in progress and waits for the thread (which must end within 30 s). */
  @Override
  public final void close() {
    stopping = true;
    if (thread == null) {
      return;
    }
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      throw new IllegalStateException(name + " did not stop within 30 s");
    }
  }
}
