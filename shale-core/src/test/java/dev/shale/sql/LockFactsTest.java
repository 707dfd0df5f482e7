package dev.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.SchemaDiff;
import dev.shale.model.QualifiedName;
import dev.shale.testing.GoldenCase;
import dev.shale.testing.PgVersion;
import dev.shale.testing.PlanApplier;
import dev.shale.testing.SampleRows;
import dev.shale.testing.ServerLocks;
import dev.shale.testing.ServerLocks.Relation;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The locks that each statement's {@link Risk} names are the locks the server takes.
 *
 * <p>On PostgreSQL 17 every golden case, on the other versions of the matrix the cases of the
 * online forms ({@code online_*}). For each and both plans (online and {@code --simple}):
 * export(before) is applied to an empty database (the test's one database, every schema dropped
 * before each plan) and {@link SampleRows} puts a few rows in every table; then every statement, as
 * the migration file writes it (consecutive column changes of a table joined into one ALTER TABLE,
 * whose Risk is that of its parts together), runs on its own and {@code pg_locks} is read for its
 * backend:
 *
 * <ul>
 *   <li>a statement of a transactional step, or one that can run in a transaction: {@code BEGIN};
 *       the statement; {@code pg_locks} of the own backend; {@code COMMIT}, so that the next
 *       statement sees its effect;
 *   <li>{@code CREATE/DROP INDEX CONCURRENTLY} (the server refuses them inside a transaction
 *       block): run from a second session while a third holds ROW EXCLUSIVE on every table, as any
 *       writing transaction does, so that the statement waits for it; {@code pg_locks} of the
 *       statement's backend is read at each such wait (see {@link ServerLocks#whileWaiting}).
 * </ul>
 *
 * <p>The comparison, per relation by its name just before the statement: relations that the plan
 * created (by an earlier statement or this one) are left out, as the Risk leaves out new tables by
 * design; of the others, indexes count only where the Risk names the index. Then
 *
 * <ol>
 *   <li>every table, view or materialized view that the server locked in ROW EXCLUSIVE or stronger
 *       is in {@code Risk.locks} with exactly the strongest mode the server took on it;
 *   <li>every relation that {@code Risk.locks} names was locked by the server in exactly that mode
 *       (strongest);
 *   <li>a table only read (ACCESS SHARE or ROW SHARE) may be left out of the Risk.
 * </ul>
 *
 * <p>Sequences count only where the Risk names them (as ALTER SEQUENCE … OWNED BY does).
 *
 * <p>A statement that fails on the rows (a plan that needs an empty table, such as a NOT NULL
 * column without a default) is counted and run again after its table is emptied; the count, and the
 * number of tables {@link SampleRows} left empty, must stay small.
 */
class LockFactsTest {
  /**
   * At most this many statements may fail on the sample rows (each is listed): plans that need the
   * rows to fit (a narrower type, a new NOT NULL column, a partition bound, a unique index).
   */
  private static final int MAX_FAILED_ON_ROWS = 24;

  /**
   * At most this many tables may stay without rows (per version). SampleRows leaves empty the
   * tables of the materialized-view-index cases (no value found for their text column) and of
   * exclusion_change (a text candidate lands in its range column): a known gap of the filler.
   */
  private static final int MAX_EMPTY_TABLES = 4;

  private static final List<String> failedOnRows = new ArrayList<>();
  private static final List<String> emptyTables = new ArrayList<>();
  private static int statements;
  private static int rows;
  private static int concurrently;
  private static long started;

  /** The lab of the version being tested, one per server version, opened when first needed. */
  private static Lab lab;

  private static final Map<PgVersion, Lab> labs = new java.util.EnumMap<>(PgVersion.class);

  /** On the other versions, the cases of the online forms, whose locks matter most. */
  private static final String SAMPLED_ON_OTHER_VERSIONS = "online_";

  /**
   * The one database of the whole test, emptied before each plan (dropping its schemas costs far
   * less than a database per plan), and its sessions: the migrating one, one that reads pg_locks
   * for it, and two that block concurrent index builds in turn.
   */
  private record Lab(
      FreshDatabase db, Connection migrating, Connection observer, Connection[] blockers)
      implements AutoCloseable {
    static Lab open(PgVersion version) throws SQLException {
      FreshDatabase db = TestPostgres.freshDatabase(version);
      Connection[] blockers = {db.connectSimple(), db.connectSimple()};
      for (Connection blocker : blockers) {
        blocker.setAutoCommit(false);
      }
      return new Lab(db, db.connectSimple(), db.connectSimple(), blockers);
    }

    /** Drops every schema and its objects, and makes an empty public schema. */
    void reset() throws SQLException {
      migrating.setAutoCommit(true);
      try (java.sql.Statement st = migrating.createStatement()) {
        st.execute(
            "DO $$DECLARE s name; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname"
                + " NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP EXECUTE"
                + " format('DROP SCHEMA %I CASCADE', s); END LOOP; CREATE SCHEMA public; END$$");
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        for (Connection c : List.of(blockers[0], blockers[1], observer, migrating)) {
          c.close();
        }
      } finally {
        db.close();
      }
    }
  }

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @AfterAll
  static void closeLab() throws SQLException {
    for (Lab open : labs.values()) {
      open.close();
    }
    labs.clear();
    lab = null;
  }

  @TestFactory
  Stream<DynamicTest> locksAreTheServers() throws Exception {
    List<DynamicTest> cases = new ArrayList<>();
    for (PgVersion version : TestPostgres.versions()) {
      for (Path dir : GoldenCase.folders()) {
        String name = dir.getFileName().toString();
        if (version == PgVersion.DEFAULT) {
          cases.add(DynamicTest.dynamicTest(name, () -> check(dir, version)));
        } else if (name.startsWith(SAMPLED_ON_OTHER_VERSIONS)
            && version.atLeast(GoldenCase.options(dir).pgVersion())) {
          cases.add(DynamicTest.dynamicTest(name + " on " + version, () -> check(dir, version)));
        }
      }
    }
    return Stream.concat(
        cases.stream(),
        Stream.of(DynamicTest.dynamicTest("rows were in the tables", LockFactsTest::summary)));
  }

  private static void summary() {
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "LockFactsTest: %d statements (%d concurrently) on %d sample rows in %d ms; %d failed on"
            + " rows, %d tables empty%n",
        statements, concurrently, rows, ms, failedOnRows.size(), emptyTables.size());
    failedOnRows.forEach(f -> System.out.println("  failed on rows: " + f));
    emptyTables.forEach(t -> System.out.println("  empty: " + t));
    assertThat(failedOnRows)
        .as("statements that could not run on tables with rows")
        .hasSizeLessThanOrEqualTo(MAX_FAILED_ON_ROWS * TestPostgres.versions().size());
    assertThat(emptyTables)
        .as("tables SampleRows left empty")
        .hasSizeLessThanOrEqualTo(MAX_EMPTY_TABLES * TestPostgres.versions().size());
  }

  private static void check(Path dir, PgVersion version) throws Exception {
    if (started == 0) {
      started = System.nanoTime();
    }
    lab = labs.get(version);
    if (lab == null) {
      lab = Lab.open(version);
      labs.put(version, lab);
    }
    GoldenCase golden = GoldenCase.load(dir);
    PlanOptions options = golden.options();
    List<MigrationPlanner.Step> online =
        MigrationPlanner.plan(golden.before(), golden.after(), golden.changes(), options);
    List<MigrationPlanner.Step> simple =
        MigrationPlanner.plan(
            golden.before(), golden.after(), golden.changes(), options.withOnline(false));
    List<String> problems = new ArrayList<>();
    String label = golden.name() + (version == PgVersion.DEFAULT ? "" : " on " + version);
    problems.addAll(run(golden, label, online));
    if (!PlanApplier.render(golden.name(), online)
        .equals(PlanApplier.render(golden.name(), simple))) {
      problems.addAll(run(golden, label + " (--simple)", simple));
    }
    assertThat(problems).as("Risk.locks that differ from pg_locks").isEmpty();
  }

  /**
   * Builds export(before) with rows, runs the plan's statements one by one and compares each one's
   * locks with its Risk.
   */
  private static List<String> run(GoldenCase golden, String label, List<MigrationPlanner.Step> plan)
      throws SQLException {
    List<String> problems = new ArrayList<>();
    if (plan.isEmpty()) {
      return problems;
    }
    lab.reset();
    Connection migrating = lab.migrating();
    String export =
        MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(golden.before())));
    if (!export.isBlank()) {
      TestPostgres.apply(migrating, export);
    }
    SampleRows.Result filled =
        SampleRows.fill(migrating, golden.before(), golden.after(), golden.changes());
    rows += filled.rows();
    filled
        .emptyTables()
        .forEach((table, why) -> emptyTables.add(label + ": " + table + ": " + why));
    Map<Long, Relation> names = ServerLocks.relations(migrating);
    Set<Long> existing = names.keySet();
    for (MigrationPlanner.Step step : plan) {
      for (AlterTableRuns.Written written :
          AlterTableRuns.of(step.statements(), step.transactional())) {
        statements++;
        ServerLocks.Seen seen = locks(label, step, written, names);
        if (onMaterializedViewsConcurrently(written, names)) {
          // The probe makes a concurrent build wait by holding a writer's lock on every table;
          // no statement can hold one on a materialized view, so there is no point to observe.
          names = seen.relations();
          continue;
        }
        for (String problem : compare(seen.locks(), names, existing, written.risk())) {
          problems.add(
              label
                  + ", step "
                  + step.stage()
                  + ": "
                  + written.sql().lines().findFirst().orElse("")
                  + "\n      "
                  + problem);
        }
        names = seen.relations();
      }
    }
    return problems;
  }

  private static boolean onMaterializedViewsConcurrently(
      AlterTableRuns.Written written, Map<Long, Relation> names) {
    if (!written.sql().contains("CONCURRENTLY") || written.risk().locks().isEmpty()) {
      return false;
    }
    return written.risk().locks().stream()
        .allMatch(
            lock ->
                names.values().stream()
                    .anyMatch(r -> r.name().equals(lock.table()) && r.kind() == 'm'));
  }

  /**
   * The locks the statement takes; a statement that fails on the rows is counted and run again
   * after emptying the table the error names (or the statement's tables, or all).
   */
  private static ServerLocks.Seen locks(
      String label,
      MigrationPlanner.Step step,
      AlterTableRuns.Written written,
      Map<Long, Relation> names)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      try {
        return takenBy(written.sql());
      } catch (SQLException e) {
        if (attempt == 2) {
          throw e;
        }
        if (attempt == 0) {
          failedOnRows.add(
              label + ", " + step.stage() + ": " + written.sql() + "\n      " + e.getMessage());
        }
        empty(lab.migrating(), attempt == 0 ? blamedTables(e, written, names) : Set.of(), names);
      }
    }
  }

  /** Runs {@code sql} in a transaction of its own, or concurrently if it must run outside one. */
  private static ServerLocks.Seen takenBy(String sql) throws SQLException {
    Connection migrating = lab.migrating();
    boolean batched = false;
    migrating.setAutoCommit(false);
    try (java.sql.Statement st = migrating.createStatement()) {
      st.execute(sql);
      ServerLocks.Seen seen = ServerLocks.own(migrating);
      migrating.commit();
      return seen;
    } catch (SQLException e) {
      migrating.rollback();
      if (!"25001".equals(e.getSQLState()) && !"2D000".equals(e.getSQLState())) {
        throw e;
      }
      batched = "2D000".equals(e.getSQLState());
    } finally {
      migrating.setAutoCommit(true);
    }
    // "cannot run inside a transaction block", or a DO block that commits between batches
    // ("invalid transaction termination"): its writes are seen waiting behind a SHARE lock.
    concurrently++;
    Map<Long, LockMode> locks =
        ServerLocks.whileWaiting(
            migrating, lab.observer(), lab.blockers(), sql, batched ? "SHARE" : "ROW EXCLUSIVE");
    return new ServerLocks.Seen(locks, ServerLocks.relations(migrating));
  }

  private static Set<QualifiedName> blamedTables(
      SQLException e, AlterTableRuns.Written written, Map<Long, Relation> names) {
    Set<QualifiedName> tables = new HashSet<>();
    ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    if (m != null && m.getTable() != null && m.getSchema() != null) {
      tables.add(new QualifiedName(m.getSchema(), m.getTable()));
      return tables;
    }
    Set<QualifiedName> known =
        names.values().stream().map(Relation::name).collect(Collectors.toSet());
    for (Statement part : written.parts()) {
      QualifiedName table = part.change().table();
      if (table != null && known.contains(table)) {
        tables.add(table);
      }
    }
    return tables;
  }

  /**
   * Empties {@code tables} (all tables when none is given) and drops the invalid indexes that a
   * failed concurrent build left.
   */
  private static void empty(Connection c, Set<QualifiedName> tables, Map<Long, Relation> names)
      throws SQLException {
    Set<QualifiedName> targets = new TreeSet<>(tables);
    if (targets.isEmpty()) {
      names.values().stream()
          .filter(r -> r.kind() == 'r' || r.kind() == 'p')
          .forEach(r -> targets.add(r.name()));
    }
    try (java.sql.Statement st = c.createStatement()) {
      st.execute(
          "DO $$DECLARE i regclass; BEGIN FOR i IN SELECT indexrelid::regclass FROM pg_index"
              + " WHERE NOT indisvalid LOOP EXECUTE 'DROP INDEX ' || i; END LOOP; END$$");
      if (!targets.isEmpty()) {
        st.execute(
            "TRUNCATE "
                + targets.stream().map(Identifiers::qualified).collect(Collectors.joining(", "))
                + " CASCADE");
      }
    }
  }

  /**
   * The differences between what the server took ({@code taken}, by OID) and what the Risk names;
   * relations outside {@code existing} (made by the plan) do not count.
   */
  static List<String> compare(
      Map<Long, LockMode> taken, Map<Long, Relation> names, Set<Long> existing, Risk risk) {
    Map<QualifiedName, LockMode> server = new TreeMap<>();
    Map<QualifiedName, Relation> relations = new TreeMap<>();
    taken.forEach(
        (oid, mode) -> {
          Relation relation = names.get(oid);
          if (relation != null && existing.contains(oid)) {
            server.put(relation.name(), mode);
            relations.put(relation.name(), relation);
          }
        });
    Map<QualifiedName, LockMode> named = new LinkedHashMap<>();
    for (TableLock lock : risk.locks()) {
      named.merge(lock.table(), lock.mode(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    Map<QualifiedName, Long> oids = new TreeMap<>();
    names.forEach((oid, relation) -> oids.put(relation.name(), oid));
    List<String> problems = new ArrayList<>();
    server.forEach(
        (name, mode) -> {
          if (!relations.get(name).isIndex()
              && !relations.get(name).isSequence()
              && mode.compareTo(LockMode.ROW_EXCLUSIVE) >= 0
              && named.get(name) != mode) {
            problems.add(
                "the server takes "
                    + mode.sql()
                    + " on "
                    + name
                    + ", the Risk "
                    + (named.containsKey(name) ? "says " + named.get(name).sql() : "omits it"));
          }
        });
    named.forEach(
        (name, mode) -> {
          Long oid = oids.get(name);
          if (oid == null) {
            problems.add("the Risk names " + name + ", which does not exist then");
          } else if (!existing.contains(oid)) {
            problems.add("the Risk names " + name + ", which this plan created");
          } else if (server.get(name) != mode && !problemsMention(problems, name)) {
            problems.add(
                "the Risk says "
                    + mode.sql()
                    + " on "
                    + name
                    + ", the server takes "
                    + (server.containsKey(name) ? server.get(name).sql() : "no lock on it"));
          }
        });
    return problems;
  }

  private static boolean problemsMention(List<String> problems, QualifiedName name) {
    return problems.stream().anyMatch(p -> p.contains(" on " + name + ","));
  }
}
