package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expand and contract end to end, through the real {@code shale generate} and {@code shale migrate}
 * on a project folder, against tables that hold rows while other connections write to them.
 *
 * <p>For a rename, a widening and a conversion with SQL expressions: the expand is applied while
 * one connection writes only the old column, another (from the moment the new column is committed)
 * only the new one, and a probe runs short statements under a short {@code lock_timeout}; then both
 * columns must agree on every row. The contract is applied while writers use the final column name;
 * then the final column holds every row's value, the old column, trigger and function are gone, and
 * {@code shale diff} finds no drift. Apart from that, a backfill killed half-way resumes with
 * {@code migrate --retry-failed}.
 */
class ExpandContractEndToEndTest {
  /**
   * Rows of each table before the expand. With their 200-byte note they fill about 1000 pages, some
   * 16 batches of the backfill (64 pages each), before the backfill's own new row versions.
   */
  static final int ROWS = 30_000;

  /** Rows of the table whose backfill is killed: enough for it to run for a few seconds. */
  static final int KILLED_ROWS = 150_000;

  /** Pages the generated backfill updates per committed batch. */
  static final int BATCH_PAGES = 64;

  /**
   * The probe's {@code lock_timeout}. A catalog-only change (ADD COLUMN, CREATE TRIGGER, SET NOT
   * NULL over a validated check, DROP COLUMN, RENAME) holds ACCESS EXCLUSIVE for milliseconds, and
   * a batch of the backfill holds its rows' locks for tens of milliseconds; a second leaves room
   * for a loaded two-core machine. What it catches is a lock held for longer than that: a rewrite
   * or a scan under ACCESS EXCLUSIVE or SHARE of a large table, or a lock kept across batches. (The
   * slowest round of the probe here takes well under 100 ms. A plain ALTER COLUMN TYPE of one of
   * these 30,000-row tables rewrites it in about 150 ms, so a rewrite of a table this small would
   * pass unseen: the probe watches how long the plan's locks are held, not the table size.)
   */
  static final String PROBE_LOCK_TIMEOUT = "1s";

  private static final long OLD_WRITER_FIRST_ID = 1_000_001;
  private static final long NEW_WRITER_FIRST_ID = 2_000_001;
  private static final long FINAL_WRITERS_FIRST_ID = 3_000_001;

  @TempDir Path dir;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  /**
   * One change of a column, as the schema declares it before, during (with {@code replaces}) and
   * after, with what checks it: {@code forwardMismatch} is true of a row whose new column is not
   * the conversion of the old one, {@code reverseMismatch} of a row whose old column is not the
   * reverse conversion of the new one. Values are the text of what the writers write.
   */
  record ColumnChange(
      String table,
      String oldColumn,
      String newColumn,
      String finalColumn,
      String finalType,
      boolean notNull,
      String before,
      String expand,
      String after,
      String index,
      String fill,
      String forwardMismatch,
      String reverseMismatch,
      IntFunction<String> oldValues,
      IntFunction<String> newValues,
      IntFunction<String> finalValues) {

    String schema(String column) {
      return "  public static final Table T = table(\""
          + table
          + "\",\n      column(\"id\", bigint()).primaryKey(),\n      "
          + column
          + ",\n      column(\"note\", text())"
          + index
          + ");";
    }
  }

  private static final ColumnChange RENAME =
      new ColumnChange(
          "users",
          "name",
          "full_name",
          "full_name",
          "text",
          true,
          "column(\"name\", text()).notNull()",
          "column(\"full_name\", text()).notNull().replaces(\"name\")",
          "column(\"full_name\", text()).notNull()",
          ",\n      index(\"@INDEXED@\").name(\"users_name_idx\")",
          "'user ' || g",
          "full_name IS DISTINCT FROM name",
          "name IS DISTINCT FROM full_name",
          n -> "old " + n,
          n -> "new " + n,
          n -> "final " + n);

  private static final ColumnChange WIDEN =
      new ColumnChange(
          "orders",
          "amount",
          "amount_new",
          "amount",
          "bigint",
          true,
          "column(\"amount\", integer()).notNull().check(\"amount >= 0\")",
          "column(\"amount\", bigint()).notNull().check(\"amount >= 0\").replaces(\"amount\")",
          "column(\"amount\", bigint()).notNull().check(\"amount >= 0\")",
          ",\n      index(\"amount\").name(\"orders_amount_idx\")",
          "g % 1000",
          "amount_new IS DISTINCT FROM CAST(amount AS bigint)",
          "amount IS DISTINCT FROM CAST(amount_new AS integer)",
          n -> Integer.toString(n),
          n -> Integer.toString(100_000 + n),
          n -> Integer.toString(200_000 + n));

  private static final ColumnChange TO_JSONB =
      new ColumnChange(
          "events",
          "payload",
          "payload_new",
          "payload",
          "jsonb",
          false,
          "column(\"payload\", text())",
          "column(\"payload\", jsonb()).replaces(\"payload\", \"payload::jsonb\","
              + " \"payload::text\")",
          "column(\"payload\", jsonb())",
          "",
          "format('{\"g\":%s,  \"x\": [1,2]}', g)",
          "payload_new IS DISTINCT FROM payload::jsonb",
          "payload IS DISTINCT FROM payload_new::text",
          // written by old code as it always was: not in jsonb's normal form
          n -> "{\"old\":" + n + "}",
          n -> "{\"new\": " + n + "}",
          // in jsonb's normal form, so that the text read back after the contract is the same
          n -> "{\"final\": " + n + "}");

  @Test
  void renameUnderLoad() throws Exception {
    expandAndContractUnderLoad(RENAME);
  }

  @Test
  void integerToBigintUnderLoad() throws Exception {
    expandAndContractUnderLoad(WIDEN);
  }

  @Test
  void textToJsonbWithExpressionsUnderLoad() throws Exception {
    expandAndContractUnderLoad(TO_JSONB);
  }

  private void expandAndContractUnderLoad(ColumnChange change) throws Exception {
    try (PushProject project = PushProject.in(dir)) {
      FreshDatabase db = project.db();
      declare(project, change, change.before(), change.oldColumn());
      generate();
      project.ok("migrate");
      db.apply(
          "INSERT INTO "
              + change.table()
              + " (id, "
              + change.oldColumn()
              + ", note) SELECT g, "
              + change.fill()
              + ", repeat('x', 200) FROM generate_series(1, "
              + ROWS
              + ") AS g;");
      assertThat(pages(db, change.table()))
          .as("pages of %s before the expand", change.table())
          .isGreaterThan(10L * BATCH_PAGES);

      // The expand, under load.
      declare(project, change, change.expand(), change.finalColumn());
      List<String> expandFiles = generate();
      assertThat(expandFiles).anyMatch(f -> f.endsWith("_backfill.sql"));
      ColumnWriter oldWriter =
          new ColumnWriter(
              "old-writer",
              db,
              change.table(),
              change.oldColumn(),
              OLD_WRITER_FIRST_ID,
              1,
              ROWS / 2,
              change.oldValues(),
              false);
      ColumnWriter newWriter =
          new ColumnWriter(
              "new-writer",
              db,
              change.table(),
              change.newColumn(),
              NEW_WRITER_FIRST_ID,
              ROWS / 2 + 1,
              ROWS,
              change.newValues(),
              true);
      LockProbe probe = new LockProbe(db, change.table(), PROBE_LOCK_TIMEOUT, ROWS);
      CliRun expand;
      int newWritesDuringExpand;
      try (oldWriter;
          newWriter;
          probe) {
        oldWriter.start();
        newWriter.start();
        probe.start();
        awaitSteps(oldWriter, probe);
        expand = project.shale("migrate");
        newWritesDuringExpand = newWriter.steps();
      }
      assertThat(expand.exitCode()).as(expand.toString()).isZero();
      assertThat(expand.out()).contains(stem(expandFiles.get(expandFiles.size() - 1)));
      assertQuiet(oldWriter, newWriter, probe);
      assertThat(newWritesDuringExpand)
          .as("writes through %s while the expand ran", change.newColumn())
          .isPositive();

      // Both columns agree on every row: the conversion of the old column on all of them, and the
      // reverse conversion of the new column on those written through it.
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM " + change.table() + " WHERE " + change.forwardMismatch()))
          .as("rows where %s", change.forwardMismatch())
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM "
                      + change.table()
                      + " WHERE id = ANY(?) AND "
                      + change.reverseMismatch(),
                  newWriter.written().keySet().toArray(Long[]::new)))
          .as("rows written through %s where %s", change.newColumn(), change.reverseMismatch())
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM " + change.table() + " WHERE id >= " + NEW_WRITER_FIRST_ID))
          .as("rows the new writer inserted")
          .isEqualTo(newWriter.insertedCount());
      assertNoDrift(project);

      // The contract, under load from code that uses only the final column name: one writer
      // inserts rows and updates them, the other updates the rows that were there before too.
      Map<Long, String> expanded = valuesById(db, change.table(), change.newColumn());
      declare(project, change, change.after(), change.finalColumn());
      List<String> contractFiles = generate();
      assertThat(contractFiles).hasSize(1);
      ColumnWriter newRows =
          new ColumnWriter(
              "final-writer-1",
              db,
              change.table(),
              change.finalColumn(),
              FINAL_WRITERS_FIRST_ID,
              0,
              0,
              change.finalValues(),
              false);
      ColumnWriter oldRows =
          new ColumnWriter(
              "final-writer-2",
              db,
              change.table(),
              change.finalColumn(),
              FINAL_WRITERS_FIRST_ID + 1_000_000,
              1,
              ROWS,
              change.finalValues(),
              false);
      LockProbe contractProbe = new LockProbe(db, change.table(), PROBE_LOCK_TIMEOUT, ROWS);
      CliRun contract;
      try (newRows;
          oldRows;
          contractProbe) {
        newRows.start();
        oldRows.start();
        contractProbe.start();
        awaitSteps(newRows, oldRows, contractProbe);
        contract = project.shale("migrate");
        awaitSteps(newRows, oldRows, contractProbe);
      }
      assertThat(contract.exitCode()).as(contract.toString()).isZero();
      assertThat(contract.out()).contains(stem(contractFiles.get(0)));
      assertQuiet(newRows, oldRows, contractProbe);

      // Every row holds in the final column what the new column held before the contract, or
      // what the final writers wrote last.
      Map<Long, String> expected = new HashMap<>(expanded);
      expected.putAll(newRows.written());
      expected.putAll(oldRows.written());
      Map<Long, String> contracted = valuesById(db, change.table(), change.finalColumn());
      assertThat(contracted).as("rows after the contract").hasSameSizeAs(expected);
      assertThat(
              expected.entrySet().stream()
                  .filter(e -> !Objects.equals(e.getValue(), contracted.get(e.getKey())))
                  .limit(10)
                  .map(
                      e ->
                          e.getKey()
                              + ": "
                              + e.getValue()
                              + " became "
                              + contracted.get(e.getKey()))
                  .toList())
          .as("rows whose %s is not the value they should hold", change.finalColumn())
          .isEmpty();
      assertThat(
              strings(
                  db,
                  "SELECT attname || ' ' || format_type(atttypid, atttypmod)"
                      + " || CASE WHEN attnotnull THEN ' not null' ELSE '' END"
                      + " FROM pg_attribute WHERE attrelid = '"
                      + change.table()
                      + "'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"))
          .as("the columns of %s after the contract", change.table())
          .containsExactly(
              "id bigint not null",
              "note text",
              change.finalColumn()
                  + " "
                  + change.finalType()
                  + (change.notNull() ? " not null" : ""));
      assertThat(
              strings(
                  db,
                  "SELECT tgname::text FROM pg_trigger WHERE tgname LIKE 'shale_sync%' UNION ALL"
                      + " SELECT proname::text FROM pg_proc WHERE proname LIKE 'shale_sync%'"))
          .as("sync triggers and functions left")
          .isEmpty();
      assertNoDrift(project);
    }
  }

  private void declare(PushProject project, ColumnChange change, String column, String indexed)
      throws IOException {
    project.schema(change.schema(column).replace("@INDEXED@", indexed));
  }

  /**
   * A backfill killed half-way (its backend terminated, as a crash or a deploy that kills the job
   * would) is recorded as failed, and {@code migrate --retry-failed} finishes it from where the
   * committed batches left it; the steps after it then apply.
   */
  @Test
  void aKilledBackfillResumesWithRetryFailed() throws Exception {
    ColumnChange change = WIDEN;
    try (PushProject project = PushProject.in(dir)) {
      FreshDatabase db = project.db();
      declare(project, change, change.before(), change.oldColumn());
      generate();
      project.ok("migrate");
      db.apply(
          "INSERT INTO orders (id, amount, note) SELECT g, g % 1000, repeat('x', 200)"
              + " FROM generate_series(1, "
              + KILLED_ROWS
              + ") AS g;");
      declare(project, change, change.expand(), change.finalColumn());
      List<String> files = generate();
      assertThat(files).hasSize(4);
      String first = stem(files.get(0));
      String backfill = stem(files.get(1));
      assertThat(backfill).endsWith("_backfill");
      project.ok("migrate", "--target", first);

      CompletableFuture<CliRun> running =
          CompletableFuture.supplyAsync(() -> project.shale("migrate", "--target", backfill));
      long before = System.nanoTime();
      long doneAtKill;
      while ((doneAtKill = count(db, "SELECT count(amount_new) FROM orders")) == 0) {
        assertThat(running).as("the backfill ended before any batch was seen").isNotDone();
        assertThat(System.nanoTime() - before).isLessThan(TimeUnit.SECONDS.toNanos(60));
        ConnectionLoop.pause(10);
      }
      assertThat(
              strings(
                  db,
                  "SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity"
                      + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                      + " AND query LIKE '%DO $backfill$%'"))
          .as("the backend running the backfill, terminated")
          .containsExactly("true");
      CliRun killed = running.get(60, TimeUnit.SECONDS);
      assertThat(killed.exitCode()).as(killed.toString()).isEqualTo(1);
      assertThat(killed.err())
          .as(killed.toString())
          .contains("terminating connection due to administrator command")
          .contains("failed on the database's state, not on the file")
          .contains("run `shale migrate --retry-failed` to run it again")
          .doesNotContain("by hand");
      long doneAfterKill = count(db, "SELECT count(amount_new) FROM orders");
      System.out.println(
          "backfill killed with " + doneAfterKill + " of " + KILLED_ROWS + " rows done");
      assertThat(doneAfterKill)
          .as("rows backfilled when the backfill was killed")
          .isGreaterThanOrEqualTo(doneAtKill)
          .isLessThan(KILLED_ROWS);

      CliRun refused = project.shale("migrate");
      assertThat(refused.exitCode()).as(refused.toString()).isNotZero();
      assertThat(refused.out() + refused.err()).contains(backfill).contains("--retry-failed");

      project.ok("migrate", "--retry-failed", "--target", backfill);
      assertThat(count(db, "SELECT count(*) FROM orders WHERE " + change.forwardMismatch()))
          .as("rows where %s after the retry", change.forwardMismatch())
          .isZero();
      assertThat(count(db, "SELECT count(amount_new) FROM orders")).isEqualTo(KILLED_ROWS);

      CliRun rest = project.ok("migrate");
      assertThat(rest.out()).contains(stem(files.get(2))).contains(stem(files.get(3)));
      assertThat(
              strings(
                  db,
                  "SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'orders'::regclass"
                      + " AND attname = 'amount_new' UNION ALL SELECT indisvalid::text FROM"
                      + " pg_index WHERE indexrelid = 'orders_amount_idx_new'::regclass UNION ALL"
                      + " SELECT convalidated::text FROM pg_constraint"
                      + " WHERE conname = 'orders_amount_check_new'"))
          .as("NOT NULL, the index and the check on amount_new")
          .containsExactly("true", "true", "true");
      assertThat(CliRun.in(dir, "generate").out()).contains("No schema changes.");
    }
  }

  /** The probe does fail when a lock is held longer than its lock_timeout: it can see one. */
  @Test
  void theProbeSeesALockHeldLongerThanItsTimeout() throws Exception {
    try (PushProject project = PushProject.in(dir)) {
      FreshDatabase db = project.db();
      db.apply(
          "CREATE TABLE t (id bigint PRIMARY KEY, note text);"
              + " INSERT INTO t SELECT g, 'x' FROM generate_series(1, 100) AS g;");
      LockProbe probe = new LockProbe(db, "t", PROBE_LOCK_TIMEOUT, 100);
      try (probe) {
        probe.start();
        awaitSteps(probe);
        try (Connection c = db.connect();
            Statement st = c.createStatement()) {
          c.setAutoCommit(false);
          st.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
          ConnectionLoop.pause(2_500);
          c.commit();
        }
        awaitSteps(probe);
      }
      assertThat(probe.errors()).isEmpty();
      assertThat(probe.lockTimeouts())
          .isNotEmpty()
          .allMatch(m -> m.contains("canceling statement due to lock timeout"));
    }
  }

  private static final String SHADOW = PushNoChangesTest.shadowUrl(PgVersion.DEFAULT);

  /** {@code shale diff} from the schema and from the latest snapshot to the database: no drift. */
  private static void assertNoDrift(PushProject project) {
    for (String from : List.of("schema", "snapshot")) {
      CliRun diff = project.shale("diff", "--from", from, "--to", "db", "--shadow-url", SHADOW);
      assertThat(diff.exitCode()).as("diff --from " + from + " --to db\n" + diff).isZero();
    }
  }

  /** Runs {@code shale generate}, which must succeed, and returns the migration files it wrote. */
  private List<String> generate() throws IOException {
    List<String> before = migrations();
    CliRun run = CliRun.in(dir, "generate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> after = new ArrayList<>(migrations());
    after.removeAll(before);
    return after;
  }

  private List<String> migrations() throws IOException {
    Path folder = dir.resolve("migrations");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String stem(String file) {
    return file.replaceFirst("\\.sql$", "");
  }

  /** Waits until every loop has done at least one more step than now (or 30 s have passed). */
  private static void awaitSteps(ConnectionLoop... loops) {
    int[] start = new int[loops.length];
    for (int i = 0; i < loops.length; i++) {
      start[i] = loops[i].steps();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (int i = 0; i < loops.length; i++) {
      while (loops[i].steps() <= start[i] && loops[i].errors().isEmpty()) {
        assertThat(System.nanoTime())
            .as(loops[i].name() + " makes no progress")
            .isLessThan(deadline);
        ConnectionLoop.pause(5);
      }
    }
  }

  /** No loop had an error, and the probe never waited longer than its lock_timeout. */
  private static void assertQuiet(ConnectionLoop... loops) {
    for (ConnectionLoop loop : loops) {
      assertThat(loop.errors()).as("errors of " + loop.name()).isEmpty();
      assertThat(loop.steps()).as("steps of " + loop.name()).isPositive();
      if (loop instanceof LockProbe probe) {
        assertThat(probe.lockTimeouts())
            .as(
                "statements of the probe that waited longer than lock_timeout "
                    + PROBE_LOCK_TIMEOUT)
            .isEmpty();
        System.out.println(
            "probe: " + probe.steps() + " rounds, slowest " + probe.slowestMillis() + " ms");
      }
    }
  }

  private static long pages(FreshDatabase db, String table) throws SQLException {
    return count(
        db,
        "SELECT pg_relation_size('"
            + table
            + "'::regclass) / current_setting('block_size')::bigint");
  }

  /** The first column of the one row of {@code sql}, whose parameter, if any, is an id array. */
  private static long count(FreshDatabase db, String sql, Long... ids) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement st = c.prepareStatement(sql)) {
      if (sql.contains("?")) {
        st.setArray(1, c.createArrayOf("bigint", ids));
      }
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static List<String> strings(FreshDatabase db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  /** Every row's {@code column} as text (null as null), by id. */
  private static Map<Long, String> valuesById(FreshDatabase db, String table, String column)
      throws SQLException {
    Map<Long, String> values = new HashMap<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, " + column + "::text FROM " + table)) {
      while (rs.next()) {
        values.put(rs.getLong(1), rs.getString(2));
      }
    }
    return values;
  }
}
