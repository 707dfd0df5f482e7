package dev.shale.lint.trace;

import dev.shale.db.ConnectionSource;
import dev.shale.lint.LintInput;
import dev.shale.lint.trace.TracedStatement.Observation;
import dev.shale.sql.LockMode;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedScript;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.QualifiedName;
import dev.shale.sql.parse.Source;
import dev.shale.sql.parse.SqlParser;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * {@code shale check --trace}: replays migration files on a throwaway database and records, for
 * every statement, what the server did: the table-level locks it took on relations that existed
 * before it ({@code pg_locks}), the relations it rewrote (relfilenode or OID changed, by name), the
 * tables it scanned ({@code pg_stat_xact_user_tables}), how long it ran, and its error.
 *
 * <p>Before each file, every empty table gets a few rows, so that validation, index builds and
 * rewrites have work to do. A file that its tool runs in a transaction runs in one (a COMMIT in it
 * ends it and the next statement starts another, as {@code shale migrate} does); otherwise its
 * statements run one by one as written, each inside a BEGIN … COMMIT of the trace's own so that it
 * can be watched, except those that cannot run in a transaction block (CONCURRENTLY, VACUUM): they
 * run in autocommit while a second session makes them wait and reads their locks. The first failing
 * statement ends its file, and the later files are skipped.
 */
public final class Trace implements AutoCloseable {
  private static final String ACTIVE_SQL_TRANSACTION = "25001";

  /** A COMMIT inside a DO block or procedure run in a transaction block (a batched backfill). */
  private static final String INVALID_TRANSACTION_TERMINATION = "2D000";

  private final TraceOptions options;
  private final Connection c;
  private final int serverVersion;
  private final SecondSession second;
  private final List<TracedStatement> traced = new ArrayList<>();
  private final Set<String> notes = new LinkedHashSet<>();
  private Set<QualifiedName> deployStart = Set.of();
  private Set<QualifiedName> heldRows = Set.of();
  private String currentFile;

  private Trace(ConnectionSource db, TraceOptions options, Connection c) throws SQLException {
    this.options = options;
    this.c = c;
    c.setAutoCommit(true);
    this.serverVersion = c.getMetaData().getDatabaseMajorVersion();
    this.second = new SecondSession(db, options.waitLimit());
    if (options.lockTimeout() != null) {
      execute("SET lock_timeout = '" + Math.max(1, options.lockTimeout().toMillis()) + "ms'");
    }
  }

  /** Traces {@code files} on the empty database {@code db} reaches. */
  public static TraceResult run(ConnectionSource db, List<LintInput> files, TraceOptions options) {
    return run(db, List.of(), files, options);
  }

  /**
   * Traces {@code files} on the database {@code db} reaches, after applying {@code before} (the
   * migrations that ran before them, or a schema), whose statements are not watched.
   *
   * @throws TraceException when the database cannot be reached or {@code before} fails
   */
  public static TraceResult run(
      ConnectionSource db, List<LintInput> before, List<LintInput> files, TraceOptions options) {
    Connection c;
    try {
      c = db.open();
    } catch (SQLException e) {
      throw new TraceException("cannot connect for the trace: " + firstLine(e), e);
    }
    try (c;
        Trace trace = new Trace(db, options, c)) {
      return trace.run(before, files);
    } catch (SQLException e) {
      throw new TraceException("the trace failed: " + firstLine(e), e);
    }
  }

  private TraceResult run(List<LintInput> before, List<LintInput> files) throws SQLException {
    for (LintInput file : before) {
      applyUnwatched(file);
    }
    deployStart = names();
    String failed = null;
    for (LintInput file : files) {
      if (failed != null) {
        notes.add(file.name() + ": not traced, because " + failed + " failed");
        continue;
      }
      currentFile = file.name();
      if (!options.oneDeploy()) {
        deployStart = names();
      }
      List<String> seeding = new ArrayList<>();
      Seeder.fill(c, options.rowsPerTable(), seeding);
      seeding.forEach(n -> notes.add("before " + file.name() + ": " + n));
      heldRows = Seeder.withRows(c);
      failed = traceFile(file);
    }
    return new TraceResult(serverVersion, traced, new ArrayList<>(notes));
  }

  private Set<QualifiedName> names() throws SQLException {
    return new HashSet<>(Catalog.relations(c).byName().keySet());
  }

  /** Runs a file; returns where it failed, or null. */
  private String traceFile(LintInput file) throws SQLException {
    ParsedScript script = SqlParser.parse(file.name(), file.text());
    boolean wrapped = file.inToolTransaction(script);
    for (ParsedStatement statement : script.statements()) {
      Source source = statement.source();
      if (wrapped && !inTransaction()) {
        execute("BEGIN");
      }
      TracedStatement t;
      if (statement instanceof ParsedStatement.Transaction) {
        t = unwatched(source);
      } else if (inTransaction()) {
        t = inTransaction(source);
      } else if (outsideTransactionOnly(statement)) {
        t = fromSecondSession(source);
      } else {
        execute("BEGIN");
        t = inTransaction(source);
        if (t.failed()
            && (ACTIVE_SQL_TRANSACTION.equals(lastState)
                || INVALID_TRANSACTION_TERMINATION.equals(lastState))) {
          execute("ROLLBACK");
          t = fromSecondSession(source);
        } else if (!t.failed() && inTransaction()) {
          String error = run("COMMIT");
          if (error != null) {
            t = withError(t, "its COMMIT failed: " + error);
          }
        }
      }
      traced.add(t);
      if (t.failed()) {
        if (inTransaction()) {
          execute("ROLLBACK");
        }
        notes.add(
            file.name()
                + ":"
                + source.line()
                + ": the statement failed, so the rest of the file was not traced");
        return file.name() + ":" + source.line();
      }
    }
    if (inTransaction()) {
      if (wrapped) {
        String error = run("COMMIT");
        if (error != null) {
          if (inTransaction()) {
            execute("ROLLBACK");
          }
          notes.add(file.name() + ": the COMMIT at its end failed: " + error);
          return file.name() + " (its COMMIT)";
        }
      } else {
        execute("ROLLBACK");
        notes.add(
            file.name() + ": leaves a transaction open (a BEGIN without its COMMIT); rolled back");
      }
    }
    return null;
  }

  private String lastState;

  /** A statement in the open transaction, with the catalog read just before and after it. */
  private TracedStatement inTransaction(Source source) throws SQLException {
    Catalog.Snapshot before = Catalog.inTransaction(c);
    long t0 = System.nanoTime();
    String error = run(source.sql());
    Duration duration = Duration.ofNanos(System.nanoTime() - t0);
    if (error != null) {
      return failed(source, Observation.IN_TRANSACTION, duration, error);
    }
    if (!inTransaction()) {
      // the statement ended the transaction itself (a procedure's COMMIT): nothing to compare
      return unobserved(source, Observation.NOT_OBSERVED, duration, null);
    }
    Catalog.Snapshot after = Catalog.inTransaction(c);
    List<ObservedLock> locks = new ArrayList<>();
    List<ObservedLock> held = new ArrayList<>();
    for (Map.Entry<Long, List<LockMode>> e : after.locks().entrySet()) {
      Catalog.Rel rel = before.relations().byOid().get(e.getKey());
      if (rel == null) {
        continue; // created by the statement
      }
      List<LockMode> heldBefore = before.locks().getOrDefault(e.getKey(), List.of());
      LockMode strongest = null;
      LockMode strongestHeld = null;
      for (LockMode mode : e.getValue()) {
        strongestHeld = Catalog.stronger(strongestHeld, mode);
        if (!heldBefore.contains(mode)) {
          strongest = Catalog.stronger(strongest, mode);
        }
      }
      TracedRelation relation = traced(rel);
      held.add(new ObservedLock(relation, strongestHeld));
      if (strongest != null) {
        locks.add(new ObservedLock(relation, strongest));
      }
    }
    return observed(source, Observation.IN_TRANSACTION, before, after, locks, held, duration);
  }

  /** A statement that cannot run in a transaction block, watched from other sessions. */
  private TracedStatement fromSecondSession(Source source) throws SQLException {
    Catalog.Snapshot before = Catalog.autocommit(c, serverVersion);
    long t0 = System.nanoTime();
    Map<Long, LockMode> seen;
    try {
      seen = second.run(c, source.sql());
    } catch (SQLException e) {
      return failed(
          source,
          Observation.FROM_SECOND_SESSION,
          Duration.ofNanos(System.nanoTime() - t0),
          firstLine(e));
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - t0);
    Catalog.Snapshot after = Catalog.autocommit(c, serverVersion);
    List<ObservedLock> locks = new ArrayList<>();
    seen.forEach(
        (oid, mode) -> {
          Catalog.Rel rel = before.relations().byOid().get(oid);
          if (rel != null) {
            locks.add(new ObservedLock(traced(rel), mode));
          }
        });
    return observed(source, Observation.FROM_SECOND_SESSION, before, after, locks, locks, duration);
  }

  private TracedStatement observed(
      Source source,
      Observation how,
      Catalog.Snapshot before,
      Catalog.Snapshot after,
      List<ObservedLock> locks,
      List<ObservedLock> held,
      Duration duration) {
    List<TracedRelation> rewritten = new ArrayList<>();
    for (Catalog.Rel b : before.relations().byName().values()) {
      Catalog.Rel a = after.relations().byName().get(b.name());
      if (a != null && b.relfilenode() != 0 && a.relfilenode() != b.relfilenode()) {
        rewritten.add(traced(b));
      }
    }
    List<TracedRelation> scanned = new ArrayList<>();
    after
        .scans()
        .forEach(
            (name, count) -> {
              Catalog.Rel b = before.relations().byName().get(name);
              if (b != null && count > before.scans().getOrDefault(name, 0L)) {
                scanned.add(traced(b));
              }
            });
    java.util.Comparator<TracedRelation> byName =
        java.util.Comparator.comparing(TracedRelation::toString);
    locks.sort(java.util.Comparator.comparing((ObservedLock l) -> l.relation().toString()));
    rewritten.sort(byName);
    scanned.sort(byName);
    List<ObservedLock> heldSorted = new ArrayList<>(held);
    heldSorted.sort(java.util.Comparator.comparing((ObservedLock l) -> l.relation().toString()));
    return new TracedStatement(
        currentFile,
        source,
        how,
        locks,
        heldSorted,
        rewritten,
        scanned,
        before.lockTimeout(),
        duration,
        null);
  }

  private TracedStatement unwatched(Source source) throws SQLException {
    long t0 = System.nanoTime();
    String error = run(source.sql());
    return unobserved(
        source, Observation.NOT_OBSERVED, Duration.ofNanos(System.nanoTime() - t0), error);
  }

  private static TracedStatement withError(TracedStatement t, String error) {
    return new TracedStatement(
        t.file(),
        t.source(),
        t.observed(),
        t.locks(),
        t.held(),
        t.rewritten(),
        t.scanned(),
        t.lockTimeout(),
        t.duration(),
        error);
  }

  private TracedStatement failed(Source source, Observation how, Duration duration, String error) {
    return unobserved(source, how, duration, error);
  }

  private TracedStatement unobserved(
      Source source, Observation how, Duration duration, String error) {
    return new TracedStatement(
        currentFile,
        source,
        how,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        true, // not known: no claim made on it
        duration,
        error);
  }

  private TracedRelation traced(Catalog.Rel rel) {
    return new TracedRelation(
        rel.name(),
        rel.kind(),
        rel.table(),
        !deployStart.contains(rel.name()),
        heldRows.contains(rel.table()));
  }

  /** Runs a statement; null when it succeeded, the server's message otherwise. */
  private String run(String sql) {
    lastState = null;
    try (Statement st = c.createStatement()) {
      if (dev.shale.sql.ScriptSplitter.isCopyFromStdin(sql)) {
        // the trace sends no rows (it puts its own in every table): the COPY runs on none
        c.unwrap(org.postgresql.PGConnection.class)
            .getCopyAPI()
            .copyIn(sql, new java.io.StringReader(""));
        return null;
      }
      st.setEscapeProcessing(false);
      st.execute(sql);
      return null;
    } catch (java.io.IOException e) {
      return e.getMessage();
    } catch (SQLException e) {
      lastState = e.getSQLState();
      return firstLine(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private boolean inTransaction() throws SQLException {
    return c.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
  }

  /** Applies a file of the schema before the traced ones, unwatched. */
  private void applyUnwatched(LintInput file) throws SQLException {
    ParsedScript script = SqlParser.parse(file.name(), file.text());
    boolean wrapped = file.inToolTransaction(script);
    for (ParsedStatement statement : script.statements()) {
      if (wrapped && !inTransaction()) {
        execute("BEGIN");
      }
      String error = run(statement.source().sql());
      if (error != null) {
        if (inTransaction()) {
          execute("ROLLBACK");
        }
        throw new TraceException(
            "the schema before the traced files failed at "
                + file.name()
                + ":"
                + statement.source().line()
                + ": "
                + error,
            null);
      }
    }
    if (inTransaction()) {
      execute("COMMIT");
    }
  }

  /** Statements PostgreSQL refuses to run inside a transaction block. */
  static boolean outsideTransactionOnly(ParsedStatement s) {
    if (s instanceof ParsedStatement.CreateIndex index) {
      return index.concurrently();
    }
    if (s instanceof ParsedStatement.Drop drop) {
      return drop.concurrently();
    }
    if (s instanceof ParsedStatement.Reindex reindex) {
      return reindex.concurrently()
          || "SYSTEM".equals(reindex.target())
          || "DATABASE".equals(reindex.target());
    }
    if (s instanceof ParsedStatement.Vacuum) {
      return true;
    }
    if (s instanceof ParsedStatement.AlterTable alter) {
      return alter.actions().stream()
          .anyMatch(a -> a instanceof AlterTableAction.DetachPartition d && d.concurrently());
    }
    return false;
  }

  static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public void close() {
    second.close();
  }
}
