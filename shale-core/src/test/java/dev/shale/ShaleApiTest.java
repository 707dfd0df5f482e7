package dev.shale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.shale.db.MigrateOptions;
import dev.shale.db.MigrateResult;
import dev.shale.db.MigrationEvent;
import dev.shale.db.MigrationFailedException;
import dev.shale.db.MigrationPlan;
import dev.shale.db.MigrationRefusedException;
import dev.shale.db.MigrationState;
import dev.shale.db.MigrationStatus;
import dev.shale.db.PreparedMigration;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API applications call at start-up: {@link Shale#migrate} and its builder. */
class ShaleApiTest {
  @TempDir Path migrations;

  @Test
  void migrateAppliesTheFolderThroughTheApplicationsDataSource() throws Exception {
    Files.writeString(
        migrations.resolve("20260101000000_create_a.sql"), "CREATE TABLE a (id int);\n");
    Files.writeString(
        migrations.resolve("20260101000001_index_a.sql"),
        "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      MigrateResult result = Shale.migrate(db.dataSource(), migrations);

      assertThat(result.applied())
          .extracting(MigrateResult.Step::name)
          .containsExactly("20260101000000_create_a", "20260101000001_index_a");
      assertThat(result.previouslyApplied()).isZero();
      assertThat(Shale.migrate(db.dataSource(), migrations).applied()).isEmpty();
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM shale.migrations")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  /** A plain pg_dump with data: its \\restrict lines and COPY rows, as psql would run them. */
  @Test
  void aPgDumpWithCopyRowsAndRestrictLinesApplies() throws Exception {
    Files.writeString(
        migrations.resolve("20260101000000_dump.sql"),
        "\\restrict 4LtWQ0xGz\n"
            + "SET client_encoding = 'UTF8';\n"
            + "CREATE TABLE people (id integer PRIMARY KEY, name text, note text);\n"
            + "COPY public.people (id, name, note) FROM stdin;\n"
            + "1\tO'Brien\t\\N\n"
            + "2\ttab\\there\tback\\\\slash; -- not a comment\n"
            + "\\.\n"
            + "CREATE INDEX people_name ON people (name);\n"
            + "\\unrestrict 4LtWQ0xGz\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThat(Shale.migrate(db.dataSource(), migrations).applied()).hasSize(1);
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT id, name, note FROM people ORDER BY id")) {
        rs.next();
        assertThat(rs.getString(2)).isEqualTo("O'Brien");
        assertThat(rs.getString(3)).isNull();
        rs.next();
        assertThat(rs.getString(2)).isEqualTo("tab\there");
        assertThat(rs.getString(3)).isEqualTo("back\\slash; -- not a comment");
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void theBuilderTakesSettingsAListenerAndAHistoryTable() throws Exception {
    Files.writeString(
        migrations.resolve("20260101000000_create_a.sql"), "CREATE TABLE a (id int);\n");
    Files.writeString(
        migrations.resolve("20260101000001_create_b.sql"), "CREATE TABLE b (id int);\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      List<MigrationEvent> events = new ArrayList<>();
      var migrator =
          Shale.migrator(db.dataSource(), migrations)
              .historyTable("app.history")
              .lockTimeout(Duration.ofSeconds(1))
              .statementTimeout(Duration.ofMinutes(1))
              .lockRetries(1, Duration.ofMillis(10))
              .lockWait(Duration.ofSeconds(5))
              .target("20260101000000_create_a")
              .listener(events::add);

      assertThat(migrator.migrate().applied()).hasSize(1);
      assertThat(events).anyMatch(e -> e instanceof MigrationEvent.Applied);
      assertThat(migrator.status().in(MigrationState.PENDING)).hasSize(1);
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SHOW lock_timeout")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("0");
      }
    }
  }

  @Test
  void aFailureIsAnExceptionWithTheWholeReport() throws Exception {
    Files.writeString(
        migrations.resolve("20260101000000_broken.sql"), "CREATE TABLE a (id int);\nSELECT 1/0;\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThatThrownBy(() -> Shale.migrate(db.dataSource(), migrations))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("failed at statement 2 of 2")
          .hasMessageContaining("ERROR 22012: division by zero")
          .satisfies(e -> assertThat(((MigrationFailedException) e).failure().line()).isEqualTo(2));
    }
  }

  @Test
  void aMigrationWithoutStatementsIsRefusedAndShownAsEmpty() throws Exception {
    Files.writeString(
        migrations.resolve("20260101000000_create_a.sql"), "CREATE TABLE a (id int);\n");
    Path empty = migrations.resolve("20260101000001_backfill.sql");
    Files.writeString(empty, "-- Custom migration: write your SQL below.\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThatThrownBy(() -> Shale.migrate(db.dataSource(), migrations))
          .isInstanceOf(MigrationRefusedException.class)
          .hasMessageContaining(
              "20260101000001_backfill (" + empty + ") holds no SQL statement, only comments")
          .hasMessageContaining("add the line -- shale:empty");
      var migrator = Shale.migrator(db.dataSource(), migrations);
      assertThat(migrator.status().in(MigrationState.EMPTY))
          .extracting(e -> e.name())
          .containsExactly("20260101000001_backfill");
      assertThat(migrator.status().in(MigrationState.PENDING)).hasSize(1);
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM shale.migrations")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void toStringOfWhatTheApiReturnsIsShortAndHoldsNoSql() throws Exception {
    String longSql =
        "CREATE TABLE a (id int);\n"
            + "-- marker_of_the_sql_text\n".repeat(500)
            + "INSERT INTO a SELECT generate_series(1, 10);\n";
    Files.writeString(migrations.resolve("20260101000000_create_a.sql"), longSql);
    Files.writeString(
        migrations.resolve("20260101000001_fail.sql"),
        "SELECT 1 /* marker_of_the_sql_text " + "x".repeat(5000) + " */ / 0;\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      var migrator = Shale.migrator(db.dataSource(), migrations);
      MigrationStatus before = migrator.status();
      MigrateResult result = migrator.target("20260101000000_create_a").migrate();
      MigrationStatus after = migrator.status();
      MigrationFailedException failure =
          catchThrowableOfType(
              MigrationFailedException.class, () -> migrator.target(null).migrate());
      MigrationPlan plan = MigrationPlan.of(before, MigrateOptions.defaults());
      PreparedMigration prepared = PreparedMigration.of(before.entries().get(0).file());

      List<Object> all = new ArrayList<>(List.of(before, after, result, failure.failure(), plan));
      all.addAll(after.entries());
      all.add(after.entries().get(0).file());
      all.add(prepared);
      all.addAll(prepared.statements());
      for (Object value : all) {
        assertThat(value.toString())
            .as(value.getClass().getSimpleName())
            .hasSizeLessThan(300)
            .doesNotContain("marker_of_the_sql_text");
      }
      assertThat(before).hasToString("MigrationStatus[2 pending]");
      assertThat(after).hasToString("MigrationStatus[1 applied, 1 pending]");
      assertThat(after.entries().get(0).toString())
          .startsWith("Entry[name=20260101000000_create_a, state=applied, file=");
      assertThat(prepared)
          .hasToString(
              "PreparedMigration[name=20260101000000_create_a, noTransaction=false, 2 statements]");
      assertThat(prepared.statements().get(1).toString())
          .isEqualTo(
              "ScriptStatement[number=2, line=502, column=1, sql=INSERT INTO a SELECT"
                  + " generate_series(1, 10)]");
      assertThat(failure.failure().toString())
          .startsWith("StatementFailure[migration=20260101000001_fail, statement 1 of 1 at ")
          .endsWith(":1, 22012: division by zero]");
      assertThat(plan.toString())
          .isEqualTo(
              "MigrationPlan[2 to apply: 20260101000000_create_a … 20260101000001_fail, 0"
                  + " warnings]");
    }
  }

  @Test
  void pooledConnectionsGoBackAsTheyCame() throws Exception {
    Files.writeString(
        migrations.resolve("20260101000000_create_a.sql"),
        "CREATE SCHEMA other;\nSET search_path = other;\nCREATE TABLE a (id int);\n");
    Files.writeString(
        migrations.resolve("20260101000001_index_a.sql"),
        "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY a_id ON other.a (id);\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      List<Connection> physical = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Connection c = db.connect();
        try (Statement st = c.createStatement()) {
          st.execute("SET lock_timeout = '7s'; SET statement_timeout = '9s'");
        }
        c.setAutoCommit(false);
        physical.add(c);
      }
      java.util.ArrayDeque<Connection> idle = new java.util.ArrayDeque<>(physical);
      javax.sql.DataSource pool =
          (javax.sql.DataSource)
              java.lang.reflect.Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {javax.sql.DataSource.class},
                  (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                      throw new UnsupportedOperationException(method.getName());
                    }
                    Connection c = idle.pop();
                    return java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (p, m, a) -> {
                          if (m.getName().equals("close")) {
                            idle.push(c);
                            return null;
                          }
                          return m.invoke(c, a);
                        });
                  });

      assertThat(Shale.migrate(pool, migrations).applied()).hasSize(2);

      assertThat(idle).hasSize(2);
      for (Connection c : physical) {
        assertThat(c.getAutoCommit()).isFalse();
        try (Statement st = c.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "SELECT current_setting('lock_timeout'), current_setting('statement_timeout'),"
                        + " current_setting('search_path')")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo("7s");
          assertThat(rs.getString(2)).isEqualTo("9s");
          assertThat(rs.getString(3)).isEqualTo("\"$user\", public");
        }
        c.rollback();
        c.close();
      }
    }
  }

  @Test
  void aRunWhoseLockSessionDiesRecordsNothing() throws Exception {
    Files.writeString(
        migrations.resolve("20260101000000_create_a.sql"),
        "CREATE TABLE a (id int);\nSELECT pg_terminate_backend(pid, 10000) FROM pg_locks"
            + " WHERE locktype = 'advisory' AND pid <> pg_backend_pid()"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database());\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThatThrownBy(() -> Shale.migrate(db.dataSource(), migrations))
          .isInstanceOf(dev.shale.db.DatabaseException.class)
          .hasMessageContaining("the migration lock was lost")
          .hasMessageContaining("20260101000000_create_a");
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT to_regclass('public.a') IS NULL, count(*) FROM shale.migrations")) {
        rs.next();
        assertThat(rs.getBoolean(1)).isTrue();
        assertThat(rs.getInt(2)).isZero();
      }
    }
  }

  @Test
  void cancelStopsTheRunningStatementAndRollsBack() throws Exception {
    Files.writeString(
        migrations.resolve("20260101000000_slow.sql"),
        "CREATE TABLE a (id int);\nSELECT pg_sleep(30);\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      var migrator =
          new dev.shale.db.Migrator(
              dev.shale.db.Database.of(dev.shale.db.ConnectionSource.of(db.dataSource()), "test"),
              dev.shale.db.HistoryTable.parse("shale.migrations"),
              event -> {});
      Thread canceller =
          new Thread(
              () -> {
                try {
                  Thread.sleep(700);
                } catch (InterruptedException e) {
                  return;
                }
                migrator.cancel();
              });
      canceller.start();
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  migrator.migrate(
                      dev.shale.snapshot.MigrationFolder.readMigrations(migrations),
                      dev.shale.db.MigrateOptions.defaults()))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("ERROR 57014")
          .hasMessageContaining("Interrupted")
          .hasMessageContaining("rolled back");
      canceller.join();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT to_regclass('public.a') IS NULL")) {
        rs.next();
        assertThat(rs.getBoolean(1)).isTrue();
      }
    }
  }
}
