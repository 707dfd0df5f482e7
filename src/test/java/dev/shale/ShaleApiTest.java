package dev.shale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.db.MigrateResult;
import dev.shale.db.MigrationEvent;
import dev.shale.db.MigrationFailedException;
import dev.shale.db.MigrationState;
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
}
