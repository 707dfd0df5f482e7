package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale migrate}, {@code status} and {@code baseline} through the real CLI. */
class MigrateCommandTest {
  @TempDir Path project;
  private FreshDatabase db;
  private Path migrations;

  @BeforeEach
  void setUp() throws Exception {
    db = TestPostgres.freshDatabase();
    migrations = Files.createDirectories(project.resolve("migrations"));
    Files.writeString(project.resolve("shale.toml"), "migrations = \"migrations\"\n");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private Path write(String name, String sql) throws Exception {
    return Files.writeString(migrations.resolve(name + ".sql"), sql);
  }

  private CliRun shale(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--url");
    all.add(db.uri());
    return CliRun.in(project, all.toArray(String[]::new));
  }

  private List<String> query(String sql) throws SQLException {
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

  private List<String> history() throws SQLException {
    return query("SELECT name || ':' || success FROM shale.migrations ORDER BY name");
  }

  @Test
  void aServerOlderThanPgVersionIsNamedBeforeAnythingRuns() throws Exception {
    Files.writeString(
        project.resolve("shale.toml"), "migrations = \"migrations\"\npgVersion = 18\n");
    write("20260101000000_create_a", "CREATE TABLE a (id int PRIMARY KEY);\n");

    CliRun run = shale("migrate");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("generated for PostgreSQL 18 or later")
        .contains("this server is PostgreSQL 17")
        .contains("Lower pgVersion to 17");
    assertThat(history()).containsExactly("20260101000000_create_a:true");
  }

  @Test
  void appliesPendingMigrationsInNameOrderAndThenFindsNothingToDo() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int PRIMARY KEY);\n");
    write("20260101000001_create_b", "CREATE TABLE b (id int REFERENCES a);\n");

    CliRun first = shale("migrate");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out())
        .contains("Applying 2 migrations (0 applied before):")
        .containsSubsequence("20260101000000_create_a ... ", " ms", "20260101000001_create_b")
        .contains("Applied 2 migrations in");
    assertThat(history())
        .containsExactly("20260101000000_create_a:true", "20260101000001_create_b:true");
    List<String> checksums = query("SELECT checksum FROM shale.migrations ORDER BY name");
    assertThat(checksums.get(0)).matches("[0-9a-f]{64}");

    CliRun again = shale("migrate");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("Nothing to apply: 2 migrations applied, none pending.");
  }

  @Test
  void eightConcurrentRunsApplyEachMigrationExactlyOnce() throws Exception {
    write("20260101000000_create_log", "CREATE TABLE log (name text NOT NULL);\n");
    for (int i = 1; i <= 20; i++) {
      write(
          String.format("20260101%06d_step_%02d", i, i),
          "CREATE TABLE t" + i + " (id int);\nINSERT INTO log VALUES ('step " + i + "');\n");
    }
    int runs = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    List<Future<CliRun>> results = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return shale("migrate");
              }));
    }
    start.countDown();
    int applied = 0;
    for (Future<CliRun> result : results) {
      CliRun run = result.get();
      assertThat(run.exitCode()).as(run.toString()).isZero();
      var m = java.util.regex.Pattern.compile("Applied (\\d+) migration").matcher(run.out());
      if (m.find()) {
        applied += Integer.parseInt(m.group(1));
      }
    }
    pool.shutdown();
    assertThat(applied).isEqualTo(21);
    assertThat(query("SELECT count(*) FROM log")).containsExactly("20");
    assertThat(query("SELECT count(DISTINCT name) FROM log")).containsExactly("20");
    assertThat(history()).hasSize(21).allMatch(row -> row.endsWith(":true"));
  }

  @Test
  void aFailingThirdStatementLeavesNothingAndNamesFileStatementAndLine() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int PRIMARY KEY);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    Path file =
        write(
            "20260101000001_fill_a",
            """
            -- three statements; the third breaks the primary key
            CREATE TABLE b (id int);
            INSERT INTO a VALUES (1);

            INSERT INTO a
              VALUES (1);
            CREATE TABLE c (id int);
            """);

    CliRun run = shale("migrate");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "migration 20260101000001_fill_a failed at statement 3 of 4 ("
                + project.relativize(file)
                + ":5)")
        .contains("    INSERT INTO a\n      VALUES (1)")
        .contains("ERROR 23505: duplicate key value violates unique constraint \"a_pkey\"")
        .contains("Detail: Key (id)=(1) already exists.")
        .contains("rolled back: nothing of it was kept");
    assertThat(query("SELECT count(*) FROM a")).containsExactly("0");
    assertThat(query("SELECT to_regclass('b')::text")).containsOnlyNulls();
    assertThat(history()).containsExactly("20260101000000_create_a:true");
  }

  @Test
  void aSyntaxErrorIsPointedAtByLineAndColumn() throws Exception {
    Path file =
        write(
            "20260101000000_typo",
            "CREATE TABLE a (id int);\n\nCREATE TABLE b (\n  id int,\n  name txet\n);\n");

    CliRun run = shale("migrate");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("failed at statement 2 of 2 (" + project.relativize(file) + ":3)")
        .contains("ERROR 42704: type \"txet\" does not exist")
        .contains("Position: " + project.relativize(file) + ":5:8");
  }

  @Test
  void aChangedAppliedFileIsRefusedBeforeAnythingRuns() throws Exception {
    Path first = write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    Files.writeString(first, "CREATE TABLE a (id bigint);\n");
    write("20260101000001_create_b", "CREATE TABLE b (id int);\n");

    CliRun run = shale("migrate");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("nothing was applied")
        .contains("20260101000000_create_a was applied with checksum")
        .contains("restore the file as it was applied");
    assertThat(query("SELECT to_regclass('b')::text")).containsOnlyNulls();

    CliRun status = shale("status");
    assertThat(status.exitCode()).isEqualTo(1);
    assertThat(status.out()).contains("modified").contains("Needs attention: modified");

    CliRun forced = shale("migrate", "--skip-validation");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(forced.out()).contains("WARNING: 20260101000000_create_a was applied");
    assertThat(query("SELECT to_regclass('b')::text")).containsExactly("b");
  }

  @Test
  void aLineEndingChangeIsNotAChange() throws Exception {
    Path first = write("20260101000000_create_a", "CREATE TABLE a (id int);\n-- done\n");
    assertThat(shale("migrate").exitCode()).isZero();
    Files.writeString(first, "CREATE TABLE a (id int);\r\n-- done\r\n");
    CliRun status = shale("status");
    assertThat(status.exitCode()).as(status.toString()).isZero();
    assertThat(status.out()).contains("1 applied.");
  }

  @Test
  void aVanishedAppliedFileIsRefused() throws Exception {
    Path first = write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    Files.delete(first);
    write("20260101000001_create_b", "CREATE TABLE b (id int);\n");

    CliRun run = shale("migrate");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("20260101000000_create_a was applied, but its file is gone");
    assertThat(query("SELECT to_regclass('b')::text")).containsOnlyNulls();
    CliRun status = shale("status", "--json");
    assertThat(status.exitCode()).isEqualTo(1);
    assertThat(status.out()).contains("\"state\" : \"missing\"").contains("\"pending\" : 1");
  }

  @Test
  void anOutOfOrderMigrationIsRefusedUnlessAllowed() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    write("20260101000002_create_c", "CREATE TABLE c (id int);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    write("20260101000001_create_b", "CREATE TABLE b (id int);\n");

    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "20260101000001_create_b is not applied, but the newer 20260101000002_create_c is")
        .contains("--allow-out-of-order");
    CliRun status = shale("status");
    assertThat(status.exitCode()).isEqualTo(1);
    assertThat(status.out()).contains("out-of-order  20260101000001_create_b");

    CliRun allowed = shale("migrate", "--allow-out-of-order");
    assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
    assertThat(history()).hasSize(3);
  }

  @Test
  void aNoTransactionMigrationBuildsAnIndexConcurrently() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int, email text);\n");
    write(
        "20260101000001_index_a",
        "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY a_email_idx ON a (email);\n");

    CliRun run = shale("migrate");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("20260101000001_index_a (no transaction) ... ");
    assertThat(
            query(
                "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'a_email_idx'::regclass"))
        .containsExactly("true");
    assertThat(history())
        .containsExactly("20260101000000_create_a:true", "20260101000001_index_a:true");
  }

  @Test
  void aFailedConcurrentBuildNamesTheInvalidIndexAndBlocksUntilRetried() throws Exception {
    write(
        "20260101000000_create_a",
        "CREATE TABLE a (id int, email text);\nINSERT INTO a VALUES (1, 'x'), (2, 'x');\n");
    Path file =
        write(
            "20260101000001_unique_email",
            "-- shale:no-transaction\n"
                + "CREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n"
                + "CREATE UNIQUE INDEX CONCURRENTLY a_email_key ON a (email);\n");

    CliRun run = shale("migrate");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("failed at statement 2 of 2 (" + project.relativize(file) + ":3)")
        .contains("ERROR 23505")
        .contains("Invalid index left behind: public.a_email_key")
        .contains("DROP INDEX CONCURRENTLY IF EXISTS public.a_email_key;")
        .contains("statements 1 to 1 were applied and stay applied")
        .contains("--retry-failed");
    assertThat(history())
        .containsExactly("20260101000000_create_a:true", "20260101000001_unique_email:false");

    CliRun status = shale("status");
    assertThat(status.exitCode()).isEqualTo(1);
    assertThat(status.out()).contains("failed        20260101000001_unique_email");
    CliRun blocked = shale("migrate");
    assertThat(blocked.exitCode()).isEqualTo(1);
    assertThat(blocked.err()).contains("20260101000001_unique_email failed partway");

    db.apply("DROP INDEX a_email_key; UPDATE a SET email = 'y' WHERE id = 2;");
    Files.writeString(
        file,
        "-- shale:no-transaction\n"
            + "CREATE INDEX CONCURRENTLY IF NOT EXISTS a_id_idx ON a (id);\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY a_email_key ON a (email);\n");
    CliRun retried = shale("migrate", "--retry-failed");
    assertThat(retried.exitCode()).as(retried.toString()).isZero();
    assertThat(history())
        .containsExactly("20260101000000_create_a:true", "20260101000001_unique_email:true");
    assertThat(shale("status").exitCode()).isZero();
  }

  @Test
  void concurrentlyInATransactionalMigrationSaysWhereItBelongs() throws Exception {
    write(
        "20260101000000_create_a",
        "CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("ERROR 25001")
        .contains("move it to a migration of its own whose first line is -- shale:no-transaction");
  }

  @Test
  void transactionControlInATransactionalMigrationIsRefused() throws Exception {
    Path file = write("20260101000000_create_a", "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains(project.relativize(file) + ":1: statement 1 (BEGIN) controls the transaction")
        .contains("-- shale:no-transaction");
    assertThat(query("SELECT to_regclass('a')::text")).containsOnlyNulls();
  }

  @Test
  void aLockTimeoutIsRetriedUntilTheLockIsReleased() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    write("20260101000001_add_a_name", "ALTER TABLE a ADD COLUMN name text;\n");
    try (Connection holder = db.connect()) {
      holder.setAutoCommit(false);
      try (Statement st = holder.createStatement()) {
        st.execute("LOCK TABLE a IN ACCESS SHARE MODE");
      }
      Thread release =
          new Thread(
              () -> {
                try {
                  Thread.sleep(1200);
                  holder.rollback();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      release.start();
      CliRun run =
          shale(
              "migrate",
              "--lock-timeout",
              "200ms",
              "--lock-retries",
              "6",
              "--retry-backoff",
              "100ms");
      release.join();
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out())
          .contains("canceling statement due to lock timeout; attempt 2 of 7 in 100 ms")
          .contains("attempt 3 of 7 in 200 ms");
    }
    assertThat(
            query(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'a' AND column_name = 'name'"))
        .containsExactly("1");
  }

  @Test
  void aLockThatIsNeverReleasedFailsClearlyAfterTheRetries() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    write("20260101000001_add_a_name", "ALTER TABLE a ADD COLUMN name text;\n");
    try (Connection holder = db.connect()) {
      holder.setAutoCommit(false);
      int pid;
      try (Statement st = holder.createStatement();
          ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getInt(1);
        st.execute("LOCK TABLE a IN ACCESS SHARE MODE");
      }
      CliRun run =
          shale(
              "migrate",
              "--lock-timeout",
              "100ms",
              "--lock-retries",
              "2",
              "--retry-backoff",
              "50ms");
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.err())
          .contains("failed at statement 1 of 1")
          .contains(", after 3 attempts:")
          .contains("ERROR 55P03: canceling statement due to lock timeout")
          .contains("waited longer than lock_timeout (100 ms)")
          .contains("pid " + pid + " (");
      holder.rollback();
    }
    assertThat(history()).containsExactly("20260101000000_create_a:true");
  }

  @Test
  void dryRunPrintsThePlanAndTouchesNothing() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    write(
        "20260101000001_index_a",
        "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY i ON a (id);\n");
    CliRun run = shale("migrate", "--dry-run");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("Dry run: would apply 2 migrations, touching nothing:");
    assertThat(run.out())
        .startsWith(
            "\n-- 20260101000000_create_a (1 statement, in one transaction)\nCREATE TABLE a")
        .contains("-- 20260101000001_index_a (1 statement, no transaction)");
    assertThat(query("SELECT to_regclass('shale.migrations')::text")).containsOnlyNulls();
  }

  @Test
  void targetStopsAfterTheNamedMigration() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    write("20260101000001_create_b", "CREATE TABLE b (id int);\n");
    write("20260101000002_create_c", "CREATE TABLE c (id int);\n");
    CliRun run = shale("migrate", "--target", "20260101000001_create_b");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(history())
        .containsExactly("20260101000000_create_a:true", "20260101000001_create_b:true");
    CliRun unknown = shale("migrate", "--target", "nope");
    assertThat(unknown.exitCode()).isEqualTo(64);
    assertThat(unknown.err()).contains("--target nope: no migration file has that name");
  }

  @Test
  void timeoutsMayBeGivenInDaysUpToTwentyFour() throws Exception {
    write(
        "20260101000000_timeouts",
        "CREATE TABLE t AS SELECT current_setting('statement_timeout') AS statement_timeout,"
            + " current_setting('lock_timeout') AS lock_timeout;\n");
    CliRun run = shale("migrate", "--statement-timeout", "24d", "--lock-timeout", "1d");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(query("SELECT statement_timeout || ' ' || lock_timeout FROM t"))
        .containsExactly("24d 1d");
  }

  @Test
  void baselineRecordsWithoutRunning() throws Exception {
    db.apply("CREATE TABLE a (id int); CREATE TABLE b (id int);");
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    write("20260101000001_create_b", "CREATE TABLE b (id int);\n");
    write("20260101000002_create_c", "CREATE TABLE c (id int);\n");

    CliRun baseline = shale("baseline", "--to", "20260101000001_create_b");
    assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
    assertThat(baseline.out())
        .contains(
            "Recorded 2 migrations up to 20260101000001_create_b as applied, without running"
                + " them:\n  20260101000000_create_a\n  20260101000001_create_b\n");

    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Applying 1 migration (2 applied before):");
    assertThat(history()).hasSize(3);

    CliRun again = shale("baseline", "--to", "20260101000000_create_a");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err())
        .contains("shale.migrations already records 3 migration(s)")
        .contains("baseline is for a database without history");
  }

  @Test
  void theHistoryTableNameComesFromTheConfig() throws Exception {
    Files.writeString(
        project.resolve("shale.toml"),
        "migrations = \"migrations\"\nhistory = \"ops.schema_history\"\n");
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("(history: ops.schema_history)");
    assertThat(query("SELECT name FROM ops.schema_history"))
        .containsExactly("20260101000000_create_a");
  }

  @Test
  void aStrayFileInTheFolderIsNotSilentlySkipped() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    Files.writeString(migrations.resolve("V2__add_b.sql"), "CREATE TABLE b (id int);\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("not a migration Shale can apply").contains("V2__add_b.sql");
  }

  @Test
  void aConnectionFailureIsOneLineWithoutThePassword() {
    CliRun run = CliRun.in(project, "migrate", "--url", "postgres://alice:s3cret@127.0.0.1:1/app");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "error: cannot connect to 127.0.0.1:1/app as alice: connection refused (is the"
                + " server running, and listening on that host and port?)\n");
    CliRun noDb =
        CliRun.in(
            project,
            "status",
            "--url",
            "postgres://" + TestPostgres.USER + ":x@localhost:" + db.port() + "/no_such_db");
    assertThat(noDb.exitCode()).isEqualTo(1);
    assertThat(noDb.err())
        .isEqualTo(
            "error: cannot connect to localhost:"
                + db.port()
                + "/no_such_db as postgres: database \"no_such_db\" does not exist\n");
  }

  @Test
  void statusListsEveryMigrationAsJson() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    write("20260101000001_create_b", "CREATE TABLE b (id int);\n");
    CliRun status = shale("status", "--json");
    assertThat(status.exitCode()).as(status.toString()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(status.out());
    assertThat(json.get("needsAttention").asBoolean()).isFalse();
    assertThat(json.get("migrations").get(0).get("state").asText()).isEqualTo("applied");
    assertThat(json.get("migrations").get(1).get("state").asText()).isEqualTo("pending");
    assertThat(shale("status", "--fail-on-pending").exitCode()).isEqualTo(1);
  }

  @Test
  void sessionSettingsOfOneMigrationDoNotLeakIntoTheNext() throws Exception {
    db.apply("CREATE SCHEMA other");
    write(
        "20260101000000_in_other", "SET search_path = other, public;\nCREATE TABLE e (id int);\n");
    write("20260101000001_in_public", "CREATE TABLE f (id int);\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(query("SELECT to_regclass('other.e')::text")).containsExactly("other.e");
    assertThat(query("SELECT to_regclass('public.f')::text")).containsExactly("f");
  }

  @Test
  void aRetryDoesNotDetachAgainAndFinishesADetachLeftPending() throws Exception {
    write(
        "20260101000000_create",
        "CREATE TABLE p (k int) PARTITION BY RANGE (k);\n"
            + "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);\n"
            + "CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);\n"
            + "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1), (1);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    write(
        "20260101000001_detach",
        "-- shale:no-transaction\n"
            + "ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY;\n"
            + "ALTER TABLE p DETACH PARTITION p2 CONCURRENTLY;\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS b_id_key ON b (id);\n");
    // An open transaction holding a snapshot makes p1's detach wait in its second transaction
    // until the statement timeout cancels it: p1 is left pending detach.
    try (Connection reader = db.connect()) {
      reader.setAutoCommit(false);
      try (Statement st = reader.createStatement()) {
        st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        st.executeQuery("SELECT count(*) FROM p").close();
        CliRun failed = shale("migrate", "--statement-timeout", "2s");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
      }
      reader.rollback();
    }
    assertThat(
            query("SELECT inhdetachpending::text FROM pg_inherits WHERE inhrelid = 'p1'::regclass"))
        .containsExactly("true");

    // The retry finishes p1's detach, detaches p2, then fails on the duplicate rows of b.
    CliRun first = shale("migrate", "--retry-failed");
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
    assertThat(first.err() + first.out()).contains("finished the detach of p1 from p");
    db.apply("DELETE FROM b;");

    CliRun second = shale("migrate", "--retry-failed");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.err() + second.out())
        .contains("p1 is no longer a partition of p")
        .contains("p2 is no longer a partition of p");
    assertThat(query("SELECT count(*)::text FROM pg_inherits WHERE inhparent = 'p'::regclass"))
        .containsExactly("0");
    assertThat(history())
        .containsExactly("20260101000000_create:true", "20260101000001_detach:true");
  }

  @Test
  void aFailedRetryKeepsTheFailedRow() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1), (1);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    Path file =
        write(
            "20260101000001_unique_a",
            "-- shale:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY a_id_key ON a (id);\n");
    assertThat(shale("migrate").exitCode()).isEqualTo(1);
    db.apply("DROP INDEX a_id_key;");
    Files.writeString(file, "CREATE UNIQUE INDEX a_id_key ON a (id);\n");

    CliRun retried = shale("migrate", "--retry-failed");

    assertThat(retried.exitCode()).as(retried.toString()).isEqualTo(1);
    assertThat(history())
        .containsExactly("20260101000000_create_a:true", "20260101000001_unique_a:false");
    assertThat(shale("status").exitCode()).isEqualTo(1);
  }

  @Test
  void aConcurrentBuildWaitsForOldTransactionsDespiteTheLockTimeout() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    write(
        "20260101000001_index_a",
        "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n");
    assertThat(shale("migrate", "--target", "20260101000000_create_a").exitCode()).isZero();
    try (Connection old = db.connect()) {
      old.setAutoCommit(false);
      try (Statement st = old.createStatement()) {
        st.execute("INSERT INTO a VALUES (1)");
      }
      Thread release =
          new Thread(
              () -> {
                try {
                  Thread.sleep(800);
                  old.commit();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      release.start();
      CliRun run = shale("migrate", "--lock-timeout", "100ms");
      release.join();
      assertThat(run.exitCode()).as(run.toString()).isZero();
    }
    assertThat(
            query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'a_id_idx'::regclass"))
        .containsExactly("true");
  }

  @Test
  void aUserWithoutCreatePrivilegeMigratesOnceTheHistoryTableExists() throws Exception {
    String role = "deployer_" + db.name();
    write("20260101000000_create_a", "CREATE TABLE app.a (id int);\n");
    db.apply(
        "CREATE SCHEMA shale; CREATE TABLE shale.migrations (name text PRIMARY KEY, checksum text"
            + " NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), execution_ms bigint NOT"
            + " NULL, applied_by text NOT NULL DEFAULT current_user, success boolean NOT NULL);"
            + " CREATE ROLE "
            + role
            + " LOGIN; CREATE SCHEMA app AUTHORIZATION "
            + role
            + "; REVOKE CREATE ON DATABASE "
            + db.name()
            + " FROM PUBLIC; GRANT USAGE ON SCHEMA shale TO "
            + role
            + "; GRANT SELECT, INSERT, UPDATE ON shale.migrations TO "
            + role
            + ";");
    try {
      String url = "postgres://" + role + "@localhost:" + db.port() + "/" + db.name();
      CliRun run = CliRun.in(project, "migrate", "--url", url);
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(history()).containsExactly("20260101000000_create_a:true");

      Files.writeString(
          project.resolve("other.toml"),
          "migrations = \"migrations\"\nhistory = \"ops.history\"\n");
      CliRun elsewhere = CliRun.in(project, "--config", "other.toml", "migrate", "--url", url);
      assertThat(elsewhere.exitCode()).isEqualTo(1);
      assertThat(elsewhere.err())
          .contains("cannot create the history table ops.history")
          .contains("permission denied")
          .contains("this user may not create it");
    } finally {
      db.apply("DROP OWNED BY " + role + " CASCADE; DROP ROLE " + role + ";");
    }
  }

  @Test
  void aNoTransactionFileThatLeavesATransactionOpenFails() throws Exception {
    write("20260101000000_open", "-- shale:no-transaction\nBEGIN;\nCREATE TABLE t (id int);\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("the file leaves a transaction open");
    assertThat(query("SELECT to_regclass('t')::text")).containsOnlyNulls();
    assertThat(history()).containsExactly("20260101000000_open:false");
  }

  @Test
  void anySettingAndRoleAMigrationSetsIsPutBack() throws Exception {
    String role = "owner_" + db.name();
    db.apply("CREATE ROLE " + role + "; GRANT CREATE ON SCHEMA public TO " + role + ";");
    try {
      write(
          "20260101000000_setup",
          "CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (p int REFERENCES p);\n"
              + "SET session_replication_role = replica;\nSET ROLE "
              + role
              + ";\nCREATE TABLE owned (id int);\n");
      write("20260101000001_orphan", "INSERT INTO c VALUES (42);\n");
      CliRun run = shale("migrate");
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.err()).contains("violates foreign key constraint");
      assertThat(query("SELECT tableowner FROM pg_tables WHERE tablename = 'owned'"))
          .containsExactly(role);
      assertThat(query("SELECT applied_by FROM shale.migrations"))
          .containsExactly(TestPostgres.USER);
    } finally {
      db.apply("DROP OWNED BY " + role + " CASCADE; DROP ROLE " + role + ";");
    }
  }

  @Test
  void filesInSubfoldersOrWithOtherExtensionsAreRefused() throws Exception {
    write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    Files.createDirectories(migrations.resolve("meta"));
    Files.writeString(migrations.resolve("meta/_journal.json"), "{}");
    Files.createDirectories(migrations.resolve("sub"));
    Files.writeString(migrations.resolve("sub/20260101000001_b.sql"), "SELECT 1;\n");
    Files.writeString(migrations.resolve("20260101000002_c.SQL"), "SELECT 1;\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("20260101000002_c.SQL")
        .contains("sub/20260101000001_b.sql")
        .doesNotContain("_journal");
  }

  @Test
  void aMisplacedNoTransactionMarkerIsRefused() throws Exception {
    Path file =
        write(
            "20260101000000_index",
            "-- add an index\n-- shale:no-transaction\nCREATE TABLE a (id int);\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            project.relativize(file)
                + ":2: a no-transaction marker that is not the file's first line");
  }

  @Test
  void anUnsetVariableInTheConfiguredUrlIsNamed() throws Exception {
    Files.writeString(
        project.resolve("shale.toml"),
        "migrations = \"migrations\"\nurl = \"postgres://u:${env.SHALE_TEST_UNSET_PW}@h/db\"\n");
    CliRun run = CliRun.in(project, "status");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("url uses ${env.SHALE_TEST_UNSET_PW}, but the environment variable")
        .contains("is not set");
  }

  @Test
  void serverNoticesArePrinted() throws Exception {
    write(
        "20260101000000_notice",
        "DO $$ BEGIN RAISE NOTICE 'backfilled % rows', 42; END $$;\n"
            + "CREATE TABLE IF NOT EXISTS shale.migrations (name text);\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("    backfilled 42 rows").contains("already exists, skipping");
  }

  @Test
  void aByteOrderMarkIsNotAChange() throws Exception {
    Path file = write("20260101000000_create_a", "CREATE TABLE a (id int);\n");
    assertThat(shale("migrate").exitCode()).isZero();
    Files.writeString(file, "\uFEFFCREATE TABLE a (id int);\n");
    assertThat(shale("status").exitCode()).isZero();
  }

  @Test
  void aLongFailingStatementShowsItsStartAndTheFailingLines() throws Exception {
    StringBuilder insert = new StringBuilder("CREATE TABLE a (id int);\nINSERT INTO a VALUES\n");
    for (int i = 1; i <= 200; i++) {
      insert.append(i == 150 ? "  ('oops'),\n" : "  (" + i + "),\n");
    }
    insert.append("  (0);\n");
    write("20260101000000_big", insert.toString());
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("    INSERT INTO a VALUES\n      (1),\n      (2),\n    … (")
        .contains("  ('oops'),")
        .contains("more lines)")
        .doesNotContain("(100),")
        .contains("invalid input syntax for type integer");
  }

  /** Runs {@code shale generate --custom --name NAME} in the project; returns the file written. */
  private Path customMigration(String name) throws Exception {
    CliRun generate = CliRun.in(project, "generate", "--custom", "--name", name);
    assertThat(generate.exitCode()).as(generate.toString()).isZero();
    try (var files = Files.list(migrations)) {
      return files
          .filter(f -> f.toString().endsWith("_" + name + ".sql"))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void anUntouchedCustomMigrationIsRefusedBeforeAnythingRunsUntilMarkedEmpty() throws Exception {
    Path custom = customMigration("backfill");
    write("20200101000000_create_a", "CREATE TABLE a (id int);\n");
    String stem = dev.shale.snapshot.MigrationFolder.stem(custom);

    CliRun refused = shale("migrate");
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err())
        .contains("nothing was applied, because:")
        .contains(
            stem
                + " (migrations/"
                + custom.getFileName()
                + ") holds no SQL statement, only comments: applied, it would be recorded as"
                + " done, and SQL added to it later would never run. Write its SQL; or, if you do"
                + " not need it, delete it and its snapshot ("
                + stem
                + ".json in the snapshots folder); or, if it is meant to be empty, add the line"
                + " -- shale:empty to it");
    assertThat(query("SELECT to_regclass('a')::text")).containsOnlyNulls();
    assertThat(shale("migrate", "--dry-run").exitCode()).isEqualTo(1);

    CliRun status = shale("status");
    assertThat(status.exitCode()).as(status.toString()).isEqualTo(1);
    assertThat(status.out())
        .containsPattern("empty\\s+" + stem)
        .contains("Needs attention: empty: not applied, and holds no SQL statement")
        .contains("-- shale:empty");
    assertThat(shale("status", "--json").out()).contains("\"state\" : \"empty\"");

    Files.writeString(custom, Files.readString(custom) + "-- shale:empty\n");
    CliRun marked = shale("migrate");
    assertThat(marked.exitCode()).as(marked.toString()).isZero();
    assertThat(history()).containsExactly("20200101000000_create_a:true", stem + ":true");
  }

  @Test
  void aCustomMigrationWithItsSqlWrittenRunsAndOneBeyondTheTargetWaits() throws Exception {
    Path custom = customMigration("fill_a");
    write("20200101000000_create_a", "CREATE TABLE a (id int);\n");
    CliRun upToA = shale("migrate", "--target", "20200101000000_create_a");
    assertThat(upToA.exitCode()).as(upToA.toString()).isZero();
    assertThat(history()).containsExactly("20200101000000_create_a:true");

    Files.writeString(custom, Files.readString(custom) + "INSERT INTO a VALUES (1);\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(query("SELECT id::text FROM a")).containsExactly("1");
  }

  @Test
  void anEmptyFileThatIsAlreadyAppliedIsNotReadAgain() throws Exception {
    write("20260101000000_nothing", "-- recorded by a baseline\n");
    write("20260101000001_create_a", "CREATE TABLE a (id int);\n");
    CliRun baseline = shale("baseline", "--to", "20260101000000_nothing");
    assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(history())
        .containsExactly("20260101000000_nothing:true", "20260101000001_create_a:true");
    assertThat(shale("status").exitCode()).isZero();
  }

  @Test
  void anEmptyNoTransactionFileMarkedEmptyIsRecordedAsApplied() throws Exception {
    write("20260101000000_later", "-- shale:no-transaction\n  -- shale:empty  \n/* ; */\n");
    CliRun run = shale("migrate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("20260101000000_later (no transaction) ... ");
    assertThat(history()).containsExactly("20260101000000_later:true");
  }
}
