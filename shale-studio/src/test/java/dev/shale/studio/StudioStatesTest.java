package dev.shale.studio;

import static dev.shale.studio.StudioApiTest.get;
import static dev.shale.studio.StudioApiTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.HistoryTable;
import dev.shale.db.MigrateOptions;
import dev.shale.db.Migrator;
import dev.shale.snapshot.MigrationFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the studio says about a database that is not simply up to date: a failed, a modified and a
 * missing migration, drift; with {@code --write}, the rows the page changes; without a database, no
 * states and no rows; and a schema that does not load.
 */
class StudioStatesTest {
  @TempDir Path dir;

  private static Map<String, JsonNode> byStem(JsonNode history) {
    Map<String, JsonNode> found = new HashMap<>();
    history.get("migrations").forEach(m -> found.put(m.get("stem").asText(), m));
    return found;
  }

  @Test
  void historyShowsFailedModifiedAndMissingMigrationsAndDrift() throws Exception {
    try (ExampleStudio studio = ExampleStudio.start(dir, true, null, false)) {
      Files.writeString(
          dir.resolve("migrations-example/20261201000000_broken.sql"),
          "-- shale:no-transaction\n"
              + "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_display_name_idx ON users"
              + " (display_name);\n"
              + "SELECT 1 / 0;\n");
      try (Database db = Database.open(DatabaseUrl.parse(ExampleStudio.url(studio.database)))) {
        Migrator migrator = new Migrator(db, HistoryTable.parse(studio.config.history()), e -> {});
        assertThatThrownBy(
                () ->
                    migrator.migrate(
                        MigrationFolder.readMigrations(studio.config.migrations()),
                        MigrateOptions.defaults()))
            .hasMessageContaining("division by zero");
      }
      Path initial = dir.resolve("migrations-example/20261121055813_initial.sql");
      Files.writeString(initial, Files.readString(initial) + "\n-- edited after it ran\n");
      Files.delete(dir.resolve("migrations-example/20261121055816_add_users_avatar_url.sql"));
      studio.database.apply("ALTER TABLE tags ADD COLUMN colour text");

      JsonNode history = get(studio.server, "/api/history", studio.server.token()).body();

      Map<String, JsonNode> migrations = byStem(history);
      assertThat(migrations.get("20261201000000_broken").get("state").get("state").asText())
          .isEqualTo("failed");
      assertThat(migrations.get("20261201000000_broken").get("state").get("success").asBoolean())
          .isFalse();
      assertThat(migrations.get("20261121055813_initial").get("state").get("state").asText())
          .isEqualTo("modified");
      JsonNode missing = migrations.get("20261121055816_add_users_avatar_url");
      assertThat(missing.get("state").get("state").asText()).isEqualTo("missing");
      assertThat(missing.has("file")).isFalse();
      assertThat(history.has("drift"))
          .as("the database still differs from its newest snapshot: %s", history)
          .isTrue();
    }
  }

  @Test
  void eachFindingBelongsToTheOneStatementItIsIn() throws Exception {
    try (ExampleStudio studio = ExampleStudio.start(dir, false, null, false)) {
      Files.writeString(
          dir.resolve("migrations-example/20261202000000_hand.sql"),
          "-- hand written\nBEGIN; ALTER TABLE tags ADD COLUMN b int NOT NULL DEFAULT 1;"
              + " CREATE INDEX tags_b ON tags (b); COMMIT;\n");
      JsonNode check = get(studio.server, "/api/check", studio.server.token()).body();
      int inFile = 0;
      for (JsonNode f : check.get("findings")) {
        if ("20261202000000_hand".equals(f.path("stem").asText())) {
          inFile++;
        }
      }
      JsonNode hand =
          byStem(get(studio.server, "/api/history", studio.server.token()).body())
              .get("20261202000000_hand");
      int shown = hand.get("fileFindings").size();
      for (JsonNode statement : hand.get("statements")) {
        for (JsonNode f : statement.get("findings")) {
          shown++;
          assertThat(f.get("line").asInt()).isEqualTo(statement.get("line").asInt());
          assertThat(f.get("column").asInt())
              .isBetween(statement.get("column").asInt(), statement.get("endColumn").asInt());
        }
      }
      assertThat(inFile).isPositive();
      assertThat(shown).isEqualTo(inFile);
      JsonNode index = hand.get("statements").get(2);
      assertThat(index.get("kind").asText()).isEqualTo("CreateIndex");
      assertThat(index.get("findings").toString()).contains("create-index-non-concurrent");
    }
  }

  @Test
  void driftIsTheDatabaseAgainstItsNewestAppliedSnapshot() throws Exception {
    try (ExampleStudio studio = ExampleStudio.start(dir, true, null, false)) {
      studio.database.apply("ALTER TABLE tags ADD COLUMN colour text");
      JsonNode history = get(studio.server, "/api/history", studio.server.token()).body();
      JsonNode drift = history.get("drift");
      assertThat(drift.get("migration").asText())
          .isEqualTo("20261121055819_add_posts_published_at_idx");
      assertThat(drift.get("snapshot").asText())
          .isEqualTo("snapshots/20261121055819_add_posts_published_at_idx.json");
      assertThat(drift.get("changes").toString()).contains("tags.colour");
    }
  }

  @Test
  void withWriteThePageChangesInsertsAndDeletesOneRowByItsKey() throws Exception {
    try (ExampleStudio studio = ExampleStudio.start(dir, true, null, true)) {
      StudioServer server = studio.server;
      assertThat(
              get(server, "/api/rows?table=public.users&limit=1", server.token())
                  .body()
                  .get("writable")
                  .asBoolean())
          .isTrue();
      var updated =
          post(
              server,
              "/api/rows/update",
              "{\"table\":\"public.users\",\"key\":{\"id\":\"7\"},"
                  + "\"values\":{\"display_name\":\"Seven\",\"avatar_url\":null}}");
      assertThat(updated.status()).as(updated.raw().body()).isEqualTo(200);
      var inserted =
          post(
              server,
              "/api/rows/insert",
              "{\"table\":\"public.tags\",\"values\":{\"name\":\"fresh\"}}");
      assertThat(inserted.status()).as(inserted.raw().body()).isEqualTo(200);
      var deleted =
          post(server, "/api/rows/delete", "{\"table\":\"public.posts\",\"key\":{\"id\":\"3\"}}");
      assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(200);
      var nothing =
          post(server, "/api/rows/delete", "{\"table\":\"public.posts\",\"key\":{\"id\":\"3\"}}");
      assertThat(nothing.status()).isEqualTo(409);
      assertThat(nothing.body().get("error").asText()).contains("no row matched");
      var noKey =
          post(
              server,
              "/api/rows/update",
              "{\"table\":\"public.post_tags\",\"key\":{\"post_id\":\"1\"},"
                  + "\"values\":{\"tag_id\":\"2\"}}");
      assertThat(noKey.status()).isEqualTo(400);
      assertThat(noKey.body().get("error").asText()).contains("[post_id, tag_id]");
      var badType =
          post(
              server,
              "/api/rows/update",
              "{\"table\":\"public.users\",\"key\":{\"id\":\"7\"},\"values\":{\"role\":\"king\"}}");
      assertThat(badType.status()).isEqualTo(400);
      assertThat(badType.body().get("error").asText()).contains("invalid input value for enum");
      try (Connection c = studio.database.connect()) {
        assertThat(one(c, "SELECT display_name FROM users WHERE id = 7")).isEqualTo("Seven");
        assertThat(one(c, "SELECT role::text FROM users WHERE id = 7")).isEqualTo("reader");
        assertThat(one(c, "SELECT count(*) FROM tags WHERE name = 'fresh'")).isEqualTo("1");
        assertThat(one(c, "SELECT count(*) FROM posts WHERE id = 3")).isEqualTo("0");
        assertThat(one(c, "SELECT count(*) FROM posts")).isEqualTo("29");
      }
    }
  }

  private static String one(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void withoutADatabaseThereAreNoStatesAndNoRows() throws Exception {
    try (ExampleStudio studio = ExampleStudio.start(dir, false, null, false)) {
      StudioServer server = studio.server;
      JsonNode history = get(server, "/api/history", server.token()).body();
      assertThat(history.get("migrations")).hasSize(3);
      assertThat(history.get("migrations").get(0).has("state")).isFalse();
      assertThat(history.has("database")).isFalse();
      var rows = get(server, "/api/rows?table=public.users", server.token());
      assertThat(rows.status()).isEqualTo(409);
      assertThat(rows.body().get("error").asText()).contains("--url");
      assertThat(get(server, "/api/project", server.token()).body().has("database")).isFalse();
    }
  }

  @Test
  void aSchemaThatDoesNotCompileIsReportedWithItsFileAndTheRestStillWorks() throws Exception {
    try (ExampleStudio studio = ExampleStudio.start(dir, false, null, false)) {
      Path blog = dir.resolve("migrations-example/schema/Blog.java");
      Files.writeString(
          blog,
          Files.readString(blog)
              .replace("table(\n          \"tags\",", "table(\n          \"tags\" +,"));
      var schema = get(studio.server, "/api/schema", studio.server.token());
      assertThat(schema.status()).isEqualTo(422);
      assertThat(schema.body().get("error").asText()).contains("Blog.java");
      JsonNode check = get(studio.server, "/api/check", studio.server.token()).body();
      assertThat(check.get("schemaProblem").asText()).contains("Blog.java");
      assertThat(check.get("files").asInt()).isEqualTo(3);
    }
  }
}
