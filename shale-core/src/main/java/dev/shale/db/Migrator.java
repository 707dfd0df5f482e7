package dev.shale.db;

import dev.shale.snapshot.MigrationFile;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.ScriptStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Applies migrations to one database, exactly once each, and reports where they stand.
 *
 * <p>{@link #migrate} takes the session advisory lock on a connection of its own, then, on a second
 * connection, creates the history table if needed, validates the folder against it, and runs each
 * pending migration: in a transaction of its own, or statement by statement when the file starts
 * with {@code -- shale:no-transaction}.
 */
public final class Migrator {
  private static final String LOCK_NOT_AVAILABLE = "55P03";
  private static final String QUERY_CANCELED = "57014";
  private static final String ACTIVE_SQL_TRANSACTION = "25001";
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  private final Database database;
  private final HistoryTable history;
  private final Consumer<MigrationEvent> events;
  private volatile Statement running;
  private volatile boolean canceled;

  public Migrator(Database database, HistoryTable history, Consumer<MigrationEvent> events) {
    this.database = database;
    this.history = history;
    this.events = events;
  }

  /**
   * Cancels the statement that is running, as Ctrl-C should: the server stops it, its migration
   * fails as usual (rolled back, or recorded as failed), and nothing further runs. Returns whether
   * a statement was running.
   */
  public boolean cancel() {
    canceled = true;
    Statement statement = running;
    if (statement == null) {
      return false;
    }
    try {
      statement.cancel();
    } catch (SQLException e) {
      // the statement ended meanwhile
    }
    return true;
  }

  /**
   * Refuses, before anything connects, a {@code flag} (such as {@code --target}) whose {@code name}
   * is no migration file's stem; a null name is fine. The message names the flag and suggests the
   * stem meant.
   *
   * @throws IllegalArgumentException when no file is named {@code name}
   */
  public static void requireMigration(List<MigrationFile> files, String flag, String name) {
    if (name == null || files.stream().anyMatch(f -> f.name().equals(name))) {
      return;
    }
    String given = java.nio.file.Path.of(name).getFileName().toString().replaceFirst("\\.sql$", "");
    String hint =
        files.stream()
            .map(MigrationFile::name)
            .filter(stem -> stem.equals(given) || stem.endsWith("_" + given))
            .findFirst()
            .map(stem -> "did you mean " + stem + "?")
            .orElseGet(
                () ->
                    files.isEmpty()
                        ? "there are no migration files yet"
                        : "give a file stem without .sql, such as "
                            + files.get(files.size() - 1).name());
    throw new IllegalArgumentException(
        flag + " " + name + ": no migration file has that name (" + hint + ")");
  }

  /** Where every migration stands; reads only, creates nothing. */
  public MigrationStatus status(List<MigrationFile> files) {
    try (Connection c = database.connect()) {
      return MigrationStatus.of(files, history.read(c));
    } catch (SQLException e) {
      throw databaseError("reading " + history, e);
    }
  }

  /**
   * What {@link #migrate} would apply, with every file to run split and checked; touches nothing.
   */
  public List<PreparedMigration> plan(List<MigrationFile> files, MigrateOptions options) {
    requireMigration(files, "--target", options.target());
    MigrationStatus status = status(files);
    MigrationPlan plan = MigrationPlan.of(status, options);
    plan.warnings().forEach(w -> events.accept(new MigrationEvent.Warning(w)));
    return plan.toApply().stream().map(PreparedMigration::of).toList();
  }

  /**
   * Applies the pending migrations.
   *
   * @throws MigrationRefusedException before anything runs, when the folder and history disagree
   * @throws MigrationFailedException when a statement fails
   * @throws DatabaseException when the database cannot be reached or the lock not had
   */
  public MigrateResult migrate(List<MigrationFile> files, MigrateOptions options) {
    requireMigration(files, "--target", options.target());
    try (Connection lockConnection = database.connect();
        AutoCommit lockAutoCommit = AutoCommit.on(lockConnection);
        AdvisoryLock lock =
            AdvisoryLock.acquire(lockConnection, history, options.lockWait(), events);
        Connection work = database.connect();
        AutoCommit workAutoCommit = AutoCommit.on(work)) {
      history.ensure(work);
      MigrationStatus status = MigrationStatus.of(files, history.read(work));
      MigrationPlan plan = MigrationPlan.of(status, options);
      List<PreparedMigration> prepared =
          plan.toApply().stream().map(PreparedMigration::of).toList();
      plan.warnings().forEach(w -> events.accept(new MigrationEvent.Warning(w)));
      events.accept(
          new MigrationEvent.Planned(
              prepared.stream().map(PreparedMigration::name).toList(),
              status.appliedCount(),
              options.target()));
      Set<String> failedBefore = new LinkedHashSet<>();
      status.in(MigrationState.FAILED).forEach(e -> failedBefore.add(e.name()));
      SessionState session = SessionState.capture(work);
      Run run = new Run(work, lock, session, options, true);
      List<MigrateResult.Step> steps = new ArrayList<>();
      for (int i = 0; i < prepared.size() && !canceled; i++) {
        PreparedMigration migration = prepared.get(i);
        steps.add(
            apply(run, migration, failedBefore.contains(migration.name()), i + 1, prepared.size()));
      }
      return new MigrateResult(steps, status.appliedCount());
    } catch (SQLException e) {
      throw databaseError("migrating", e);
    }
  }

  /**
   * Records every migration up to and including {@code to} as applied without running it, for a
   * database that already has their schema but no history yet. Returns the names recorded.
   */
  public List<String> baseline(List<MigrationFile> files, String to, Duration lockWait) {
    requireMigration(files, "--to", to);
    try (Connection lockConnection = database.connect();
        AutoCommit lockAutoCommit = AutoCommit.on(lockConnection);
        AdvisoryLock lock = AdvisoryLock.acquire(lockConnection, history, lockWait, events);
        Connection work = database.connect();
        AutoCommit workAutoCommit = AutoCommit.on(work)) {
      history.ensure(work);
      List<AppliedMigration> rows = history.read(work);
      if (!rows.isEmpty()) {
        throw new MigrationRefusedException(
            history
                + " already records "
                + rows.size()
                + " migration(s), the newest "
                + rows.get(rows.size() - 1).name()
                + ": baseline is for a database without history. Use `shale migrate` (with"
                + " --target) to go on from there");
      }
      List<String> recorded = new ArrayList<>();
      work.setAutoCommit(false);
      for (MigrationFile file : files) {
        if (file.name().compareTo(to) <= 0) {
          history.record(work, file.name(), file.checksum(), 0, true, false, lock);
          recorded.add(file.name());
        }
      }
      work.commit();
      return recorded;
    } catch (SQLException e) {
      throw databaseError("recording the baseline", e);
    }
  }

  /**
   * Runs {@code migrations} (written by Shale for {@code shale push}, not files of the folder) as
   * {@link #migrate} runs pending ones, under the same lock, timeouts and retries, without
   * recording them in the history table, which it neither reads nor creates.
   *
   * @throws MigrationFailedException when a statement fails: its migration is rolled back (unless
   *     it runs outside a transaction), and those after it do not run
   * @throws DatabaseException when the database cannot be reached or the lock not had
   */
  public MigrateResult applyUnrecorded(List<PreparedMigration> migrations, MigrateOptions options) {
    try (Connection lockConnection = database.connect();
        AutoCommit lockAutoCommit = AutoCommit.on(lockConnection);
        AdvisoryLock lock =
            AdvisoryLock.acquire(lockConnection, history, options.lockWait(), events);
        Connection work = database.connect();
        AutoCommit workAutoCommit = AutoCommit.on(work)) {
      Run run = new Run(work, lock, SessionState.capture(work), options, false);
      List<MigrateResult.Step> steps = new ArrayList<>();
      for (int i = 0; i < migrations.size() && !canceled; i++) {
        steps.add(apply(run, migrations.get(i), false, i + 1, migrations.size()));
      }
      return new MigrateResult(steps, 0);
    } catch (SQLException e) {
      throw databaseError("applying the changes", e);
    }
  }

  /** What every migration of one run shares; {@code records}: whether history rows are written. */
  private record Run(
      Connection connection,
      AdvisoryLock lock,
      SessionState session,
      MigrateOptions options,
      boolean records) {}

  private MigrateResult.Step apply(
      Run run, PreparedMigration migration, boolean replacesFailed, int index, int count)
      throws SQLException {
    events.accept(
        new MigrationEvent.Applying(migration.name(), migration.noTransaction(), index, count));
    MigrateOptions options = run.options();
    int attempts = migration.noTransaction() ? 1 : 1 + options.lockRetries();
    for (int attempt = 1; ; attempt++) {
      long start = System.nanoTime();
      try {
        if (migration.noTransaction()) {
          runOutsideTransaction(run, migration, replacesFailed, start);
        } else {
          runInTransaction(run, migration, replacesFailed, start);
        }
        long millis = millisSince(start);
        events.accept(new MigrationEvent.Applied(migration.name(), millis));
        return new MigrateResult.Step(migration.name(), millis, attempt);
      } catch (StatementError e) {
        if (LOCK_NOT_AVAILABLE.equals(e.cause.getSQLState()) && attempt < attempts && !canceled) {
          Duration delay = backoff(options.retryBackoff(), attempt);
          events.accept(
              new MigrationEvent.Retrying(
                  migration.name(), attempt + 1, attempts, delay, firstLine(e.cause)));
          sleep(delay);
          continue;
        }
        throw new MigrationFailedException(
            failure(run.connection(), migration, e, attempt, options, run.records()), e.cause);
      }
    }
  }

  private void runInTransaction(
      Run run, PreparedMigration migration, boolean replacesFailed, long start)
      throws SQLException, StatementError {
    Connection c = run.connection();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      running = st;
      st.setEscapeProcessing(false);
      // SET LOCAL: the timeouts end with the transaction, committed or not
      st.execute(
          "SET LOCAL lock_timeout = "
              + Durations.setting(run.options().lockTimeout())
              + "; SET LOCAL statement_timeout = "
              + Durations.setting(run.options().statementTimeout()));
      runStatements(st, migration, events, null, Set.of());
      if (migration.changesSession()) {
        run.session().restoreLocally(c);
      }
      recordOrExplain(
          run,
          migration,
          millisSince(start),
          true,
          replacesFailed,
          "it was rolled back: nothing of it was kept");
      try {
        c.commit();
      } catch (SQLException e) {
        throw new StatementError(migration.statements().size() + 1, e, Set.of());
      }
    } catch (SQLException | StatementError | RuntimeException e) {
      rollbackQuietly(c);
      throw e;
    } finally {
      running = null;
      autoCommitQuietly(c);
    }
    if (migration.changesSession()) {
      run.session().restore(c);
    }
  }

  private void runOutsideTransaction(
      Run run, PreparedMigration migration, boolean replacesFailed, long start)
      throws SQLException, StatementError {
    Connection c = run.connection();
    MigrateOptions options = run.options();
    if (replacesFailed) {
      for (String index : InvalidIndexes.dropLeftovers(c, migration.statements())) {
        events.accept(
            new MigrationEvent.Warning(
                "dropped the invalid index "
                    + index
                    + " that the failed run of "
                    + migration.name()
                    + " left, to build it again"));
      }
    }
    Set<Integer> done =
        replacesFailed
            ? PendingDetaches.settle(
                c,
                migration.statements(),
                message -> events.accept(new MigrationEvent.Warning(message)))
            : Set.of();
    Set<String> invalidBefore = InvalidIndexes.list(c);
    // recorded as failed first, so that a run killed midway leaves a row that says so
    if (run.records()) {
      history.record(
          c, migration.name(), migration.file().checksum(), 0, false, replacesFailed, run.lock());
    }
    try (Statement st = c.createStatement()) {
      running = st;
      st.setEscapeProcessing(false);
      String lockTimeout = "SET lock_timeout = " + Durations.setting(options.lockTimeout());
      st.execute(
          lockTimeout
              + "; SET statement_timeout = "
              + Durations.setting(options.statementTimeout()));
      runStatements(st, migration, events, lockTimeout, done);
      if (OpenTransaction.isOpen(c)) {
        rollbackQuietly(c);
        throw new StatementError(
            migration.statements().size(),
            new SQLException(
                "the file leaves a transaction open (a BEGIN without its COMMIT); it was rolled"
                    + " back",
                "25001"),
            Set.of());
      }
    } catch (StatementError e) {
      running = null;
      Set<String> leftBehind = new LinkedHashSet<>();
      try {
        if (run.records()) {
          history.record(
              c,
              migration.name(),
              migration.file().checksum(),
              millisSince(start),
              false,
              true,
              run.lock());
        }
        run.session().restore(c);
        leftBehind.addAll(InvalidIndexes.list(c));
        leftBehind.removeAll(invalidBefore);
      } catch (SQLException | DatabaseException ignored) {
        // the row recorded before the first statement still says the migration failed
      }
      throw new StatementError(e.index, e.cause, leftBehind);
    }
    running = null;
    run.session().restore(c);
    recordOrExplain(
        run,
        migration,
        millisSince(start),
        true,
        true,
        "all its statements ran, but its row still says failed: check the database, then run"
            + " `shale migrate --retry-failed` or mark it applied by hand");
  }

  private void recordOrExplain(
      Run run,
      PreparedMigration migration,
      long millis,
      boolean success,
      boolean replace,
      String consequence)
      throws SQLException {
    if (!run.records()) {
      return;
    }
    try {
      history.record(
          run.connection(),
          migration.name(),
          migration.file().checksum(),
          millis,
          success,
          replace,
          run.lock());
    } catch (SQLException | DatabaseException e) {
      throw new DatabaseException(
          "migration "
              + migration.name()
              + " ran, but recording it in "
              + history
              + " failed ("
              + (e instanceof SQLException sql ? firstLine(sql) : e.getMessage())
              + "); "
              + consequence,
          e);
    }
  }

  /**
   * Runs the statements one by one. Outside a transaction, {@code lockTimeout} (the {@code SET}
   * that restores it) is given: a {@code CONCURRENTLY} statement then runs without the lock
   * timeout, because it takes only SHARE UPDATE EXCLUSIVE, which queues no application query, but
   * waits for every older transaction, and cutting that wait short leaves an invalid index.
   */
  private static void runStatements(
      Statement st,
      PreparedMigration migration,
      Consumer<MigrationEvent> events,
      String lockTimeout,
      Set<Integer> done)
      throws StatementError {
    List<ScriptStatement> statements = migration.statements();
    for (int i = 0; i < statements.size(); i++) {
      if (done.contains(i)) {
        continue;
      }
      String sql = statements.get(i).sql();
      String copyData = statements.get(i).copyData();
      boolean concurrent = lockTimeout != null && PreparedMigration.isConcurrent(sql);
      try {
        if (concurrent) {
          st.execute("SET lock_timeout = 0");
        }
        if (copyData != null) {
          copyIn(st.getConnection(), sql, copyData);
        } else {
          st.execute(sql);
        }
        reportNotices(st, migration, events);
        if (concurrent) {
          st.execute(lockTimeout);
        }
      } catch (SQLException e) {
        throw new StatementError(i + 1, e, Set.of());
      }
    }
  }

  /** {@code COPY … FROM stdin} with the rows the script holds after it, as psql sends them. */
  private static void copyIn(Connection c, String sql, String rows) throws SQLException {
    try {
      c.unwrap(org.postgresql.PGConnection.class)
          .getCopyAPI()
          .copyIn(sql, new java.io.StringReader(rows));
    } catch (java.io.IOException e) {
      throw new SQLException("could not send the rows of COPY: " + e.getMessage(), e);
    }
  }

  /** Passes on what the server said along the way (RAISE NOTICE, "already exists, skipping"). */
  private static void reportNotices(
      Statement st, PreparedMigration migration, Consumer<MigrationEvent> events)
      throws SQLException {
    for (var w = st.getWarnings(); w != null; w = w.getNextWarning()) {
      events.accept(new MigrationEvent.Notice(migration.name(), w.getMessage()));
    }
    st.clearWarnings();
  }

  private StatementFailure failure(
      Connection c,
      PreparedMigration migration,
      StatementError error,
      int attempts,
      MigrateOptions options,
      boolean records) {
    List<ScriptStatement> statements = migration.statements();
    boolean atCommit = error.index > statements.size();
    ScriptStatement statement =
        atCommit
            ? new ScriptStatement(error.index, lastLine(migration), 1, "COMMIT")
            : statements.get(error.index - 1);
    SQLException cause = error.cause;
    ServerErrorMessage server = cause instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String sqlState = cause.getSQLState() == null ? "?????" : cause.getSQLState();
    int errorLine = 0;
    int errorColumn = 0;
    if (server != null && server.getPosition() > 0 && !atCommit) {
      int[] at = ErrorPosition.locate(statement, server.getPosition());
      errorLine = at[0];
      errorColumn = at[1];
    }
    List<String> advice = new ArrayList<>();
    boolean connectionLost = sqlState.startsWith("08") || sqlState.startsWith("57P");
    if (atCommit && connectionLost) {
      advice.add(
          "The connection broke during COMMIT: the migration may or may not be applied. Check"
              + " whether "
              + history
              + " has a row for "
              + migration.name()
              + " before running migrate again.");
    } else if (atCommit) {
      advice.add(
          "The migration ran, but PostgreSQL refused to commit it (a deferred constraint or"
              + " trigger, most likely).");
    } else if (connectionLost) {
      advice.add("The connection to the server was lost or the server shut down.");
    }
    if (ACTIVE_SQL_TRANSACTION.equals(sqlState)) {
      advice.add(
          "This statement cannot run inside a transaction: move it to a migration of its own"
              + " whose first line is -- shale:no-transaction.");
    }
    if (LOCK_NOT_AVAILABLE.equals(sqlState)) {
      advice.add(
          (migration.noTransaction()
                  ? "The statement waited longer than lock_timeout ("
                      + Durations.format(options.lockTimeout())
                      + ") for a lock (no-transaction migrations are not retried)"
                  : "Each attempt waited longer than lock_timeout ("
                      + Durations.format(options.lockTimeout())
                      + ") for a lock")
              + openTransactions(c, options.lockTimeout())
              + ". Run again when the table is quieter, or raise --lock-timeout"
              + (migration.noTransaction() ? "." : " or --lock-retries."));
    }
    boolean mayHaveTimedOut =
        QUERY_CANCELED.equals(sqlState) && !canceled && !options.statementTimeout().isZero();
    if (QUERY_CANCELED.equals(sqlState) && canceled) {
      advice.add("Interrupted: the running statement was canceled on request (Ctrl-C).");
    } else if (mayHaveTimedOut) {
      advice.add(
          "If the statement ran into statement_timeout ("
              + Durations.format(options.statementTimeout())
              + "), raise it with --statement-timeout (0 for none).");
    }
    boolean fileIsFine =
        LOCK_NOT_AVAILABLE.equals(sqlState) || QUERY_CANCELED.equals(sqlState) || connectionLost;
    // A cancel by statement_timeout would only time out again: not the database's state.
    if (migration.noTransaction()
        && fileIsFine
        && !mayHaveTimedOut
        && MigrationScript.isGenerated(migration.file().sql())) {
      // Shale writes every statement of a no-transaction step to be run again safely: IF NOT
      // EXISTS builds, and backfills that skip the rows already done.
      advice.add(
          "This migration runs without a transaction: statement "
              + error.index
              + " failed on the database's state, not on the file, and every statement Shale"
              + " writes into such a migration is safe to run again ("
              + (error.index > 1 ? "those before it stay applied, " : "")
              + "a batched backfill keeps the batches it committed). "
              + history
              + " records it as failed: run `shale migrate --retry-failed` to run it again from"
              + " its first statement.");
    } else if (migration.noTransaction()) {
      advice.add(
          "This migration runs without a transaction: "
              + (error.index > 1
                  ? "statements 1 to " + (error.index - 1) + " were applied and stay applied; "
                  : "")
              + "statement "
              + error.index
              + " failed"
              + (error.invalidIndexes.isEmpty() ? "" : " (leaving the invalid index named above)")
              + (error.index < statements.size() ? " and those after it did not run" : "")
              + ". "
              + history
              + " records it as failed, and migrate will not go on until you clean up: undo or"
              + " finish its statements by hand, fix the file, then run `shale migrate"
              + " --retry-failed`, which runs it again from its first statement.");
    } else if (!(atCommit && connectionLost)) {
      // Class 23: a constraint the rows break (NULLs under NOT NULL, duplicates, orphans).
      boolean dataIsWrong = sqlState != null && sqlState.startsWith("23");
      String again = records ? "run migrate again." : "push again.";
      String fix = records ? "the file" : "the schema";
      advice.add(
          (records
                  ? "The migration was rolled back: nothing of it was kept, and "
                      + history
                      + " is unchanged. "
                  : "The push was rolled back: nothing of it was kept. ")
              + (fileIsFine
                  ? Character.toUpperCase(again.charAt(0)) + again.substring(1)
                  : dataIsWrong
                      ? "Fix the rows that break the constraint (or "
                          + fix
                          + ", if the constraint is wrong) and "
                          + again
                      : "Fix " + fix + " and " + again));
    }
    return new StatementFailure(
        migration.name(),
        migration.file().path(),
        statement.number(),
        statements.size(),
        statement.line(),
        statement.sql(),
        sqlState,
        server == null ? firstLine(cause) : server.getMessage(),
        server == null ? null : server.getDetail(),
        server == null ? null : server.getHint(),
        server == null ? null : server.getWhere(),
        errorLine,
        errorColumn,
        migration.noTransaction(),
        attempts,
        List.copyOf(error.invalidIndexes),
        advice);
  }

  /** Sessions whose transactions are older than the lock timeout: the likely lock holders. */
  private static String openTransactions(Connection c, Duration olderThan) {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT pid, usename, state, date_trunc('second', now() - xact_start)::text,"
                + " left(regexp_replace(query, '\\s+', ' ', 'g'), 100)"
                + " FROM pg_catalog.pg_stat_activity"
                + " WHERE xact_start < now() - make_interval(secs => ?)"
                + " AND pid <> pg_backend_pid() ORDER BY xact_start LIMIT 5")) {
      st.setDouble(1, olderThan.toMillis() / 1000.0);
      List<String> sessions = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          sessions.add(
              "pid "
                  + rs.getInt(1)
                  + " ("
                  + rs.getString(2)
                  + ", "
                  + rs.getString(3)
                  + " for "
                  + rs.getString(4)
                  + "): "
                  + rs.getString(5));
        }
      }
      return sessions.isEmpty()
          ? ""
          : "; transactions open longer than that: " + String.join("; ", sessions);
    } catch (SQLException e) {
      return "";
    }
  }

  private static int lastLine(PreparedMigration migration) {
    return (int) migration.file().sql().lines().count();
  }

  private static Duration backoff(Duration base, int attempt) {
    Duration delay = base.multipliedBy(1L << Math.min(attempt - 1, 20));
    return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseException("interrupted while waiting to retry", e);
    }
  }

  private static void autoCommitQuietly(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      // a broken connection: the error that broke it is being reported
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // the transaction is gone with the connection
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static DatabaseException databaseError(String doing, SQLException e) {
    return new DatabaseException(
        "database error while " + doing + ": " + DatabaseUrl.masked(firstLine(e)), e);
  }

  /** A statement failed: which one (1-based; one past the last for COMMIT) and why. */
  private static final class StatementError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final transient SQLException cause;
    private final transient Set<String> invalidIndexes;

    StatementError(int index, SQLException cause, Set<String> invalidIndexes) {
      super(cause);
      this.index = index;
      this.cause = cause;
      this.invalidIndexes = invalidIndexes;
    }
  }
}
