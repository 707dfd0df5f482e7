package dev.shale.studio;

import static dev.shale.studio.StudioApiTest.get;
import static dev.shale.studio.StudioApiTest.post;
import static dev.shale.studio.StudioApiTest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of tables that are not like the example's: long values, typed lengths, no primary key,
 * views, partitions, types without an order, names with colons; with {@code --write}.
 */
class StudioOddTablesTest {
  @TempDir static Path dir;
  static ExampleStudio studio;

  @BeforeAll
  static void start() {
    studio = ExampleStudio.start(dir, true, null, true);
    studio.database.apply(
        "CREATE TABLE big (id int PRIMARY KEY, t text);"
            + "INSERT INTO big SELECT g, repeat('é', 5000) FROM generate_series(1, 3) g;"
            + "CREATE TABLE sized (code varchar(3) PRIMARY KEY, n numeric(5,2), j json);"
            + "INSERT INTO sized VALUES ('abc', 1.23, '{\"b\": 1}'), ('xyz', 9.99, '{\"a\": 2}');"
            + "CREATE TABLE nokey (v int, \"a:b\" text);"
            + "INSERT INTO nokey SELECT g, 'v' || g FROM generate_series(1, 30) g;"
            + "CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);"
            + "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO"
            + " ('2026-01-01');"
            + "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO"
            + " ('2027-01-01');"
            + "INSERT INTO events SELECT g, DATE '2025-06-01' + (g % 400) FROM"
            + " generate_series(1, 1000) g;"
            + "CREATE TABLE counted (id int);"
            + "CREATE TABLE fixed (code char(3) PRIMARY KEY, flags bit(4), note char(5));"
            + "INSERT INTO fixed VALUES ('abc', B'1010', 'hello'), ('a', B'0001', 'x');"
            + "CREATE TABLE ranges (id int PRIMARY KEY, r int4range);"
            + "INSERT INTO ranges SELECT g, int4range(g, g + 10) FROM generate_series(1, 12) g;"
            + "ANALYZE events_2025; ANALYZE events_2026;"
            + "CREATE TABLE side (n int);"
            + "CREATE FUNCTION bump() RETURNS int LANGUAGE sql AS 'SELECT 1';"
            + "CREATE VIEW busy AS SELECT bump() AS one, u.email FROM users u;");
  }

  @AfterAll
  static void stop() {
    studio.close();
  }

  static StudioApiTest.Reply api(String route) throws Exception {
    return get(studio.server, "/api/" + route, studio.server.token());
  }

  @Test
  void longValuesAreCutInTheDatabaseAndMarkedAndNeverWrittenBackCut() throws Exception {
    JsonNode page = api("rows?schema=public&table=big").body();
    assertThat(page.get("rows").get(0).get(1).asText()).hasSize(RowBrowser.MAX_CELL);
    assertThat(page.get("truncated").toString()).isEqualTo("[[0,1],[1,1],[2,1]]");
  }

  @Test
  void castsKeepLengthsAndPrecisionsExact() throws Exception {
    JsonNode longer = api("rows?schema=public&table=sized&filter=" + q("code:eq:abcZZZ")).body();
    assertThat(longer.get("rows")).isEmpty();
    JsonNode finer = api("rows?schema=public&table=sized&filter=" + q("n:eq:1.2345")).body();
    assertThat(finer.get("rows")).isEmpty();
    var deleted =
        post(
            studio.server,
            "/api/rows/delete",
            "{\"schema\":\"public\",\"table\":\"sized\",\"key\":{\"code\":\"abcXYZ\"}}");
    assertThat(deleted.status()).isEqualTo(409);
    var tooLong =
        post(
            studio.server,
            "/api/rows/update",
            "{\"schema\":\"public\",\"table\":\"sized\",\"key\":{\"code\":\"abc\"},"
                + "\"values\":{\"code\":\"abcdef\"}}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body().get("error").asText()).contains("too long");
    var empty =
        post(
            studio.server,
            "/api/rows/update",
            "{\"schema\":\"public\",\"table\":\"sized\",\"key\":{\"code\":\"xyz\"},"
                + "\"values\":{\"j\":null}}");
    assertThat(empty.status()).isEqualTo(200);
    try (Connection c = studio.database.connect();
        ResultSet rs = c.createStatement().executeQuery("SELECT code FROM sized ORDER BY code")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("abc");
    }
  }

  @Test
  void fixedLengthTypesAreComparedAndWrittenWhole() throws Exception {
    JsonNode abc = api("rows?schema=public&table=fixed&filter=" + q("code:eq:abc")).body();
    assertThat(abc.get("rows")).hasSize(1);
    assertThat(abc.get("rows").get(0).get(0).asText()).isEqualTo("abc");
    var update =
        post(
            studio.server,
            "/api/rows/update",
            "{\"schema\":\"public\",\"table\":\"fixed\",\"key\":{\"code\":\"abc\"},"
                + "\"values\":{\"note\":\"world\",\"flags\":\"1111\"}}");
    assertThat(update.status()).as(update.raw().body()).isEqualTo(200);
    try (Connection c = studio.database.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT code, note, flags::text FROM fixed ORDER BY code")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("a  ");
      assertThat(rs.getString(2)).isEqualTo("x    ");
      rs.next();
      assertThat(rs.getString(2)).isEqualTo("world");
      assertThat(rs.getString(3)).isEqualTo("1111");
    }
    JsonNode later = api("rows?schema=public&table=ranges&filter=" + q("r:gt:[5,15)")).body();
    assertThat(later.get("total").asLong()).isEqualTo(7); // [6,16) to [12,22), in range order
  }

  @Test
  void aFilterWithoutAnOperatorIsAUsageError() throws Exception {
    var reply = api("rows?schema=public&table=fixed&filter=" + q("{\"column\":\"code\"}"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().get("error").asText()).contains("\"op\"");
  }

  @Test
  void typesWithoutAnOrderSortAndCompareAsText() throws Exception {
    JsonNode sorted = api("rows?schema=public&table=sized&sort=j").body();
    assertThat(sorted.get("rows")).hasSize(2);
    JsonNode equal = api("rows?schema=public&table=sized&filter=" + q("j:eq:{\"b\": 1}")).body();
    assertThat(equal.get("rows")).hasSize(1);
  }

  @Test
  void aTableWithoutAKeyPagesInItsPhysicalOrderAndCannotBeEdited() throws Exception {
    JsonNode first = api("rows?schema=public&table=nokey&limit=10").body();
    JsonNode second = api("rows?schema=public&table=nokey&limit=10&offset=10").body();
    assertThat(first.get("rows").get(9).get(0).asText()).isEqualTo("10");
    assertThat(second.get("rows").get(0).get(0).asText()).isEqualTo("11");
    assertThat(first.get("writable").asBoolean()).isFalse();
    assertThat(first.get("readOnlyBecause").asText()).contains("no primary key");
    String colon = q("{\"column\":\"a:b\",\"op\":\"eq\",\"value\":\"v7\"}");
    JsonNode filtered = api("rows?schema=public&table=nokey&filter=" + colon).body();
    assertThat(filtered.get("rows")).hasSize(1);
    var insert =
        post(
            studio.server,
            "/api/rows/insert",
            "{\"schema\":\"public\",\"table\":\"nokey\",\"values\":{\"v\":\"31\"}}");
    assertThat(insert.status()).isEqualTo(200);
  }

  @Test
  void countsAreBoundedAndPartitionsShowAsTheirTable() throws Exception {
    JsonNode tables = api("tables").body();
    assertThat(tables.toString()).contains("\"name\":\"events\"").doesNotContain("events_2025");
    for (JsonNode t : tables) {
      if (t.get("name").asText().equals("events")) {
        assertThat(t.get("estimatedRows").asLong()).as("the leaves' estimates").isEqualTo(1000);
      }
    }
    JsonNode events = api("rows?schema=public&table=events&limit=5").body();
    assertThat(events.get("total").asLong()).isEqualTo(1000);
    assertThat(events.get("totalEstimated").asBoolean()).isFalse();
    assertThat(events.get("rows").get(0).get(0).asText()).isNotEmpty();
  }

  @Test
  void aViewIsReadOnlyWhenAskedAndNeverCounted() throws Exception {
    var refused = api("rows?schema=public&table=busy");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("error").asText()).contains("run=true");
    JsonNode page = api("rows?schema=public&table=busy&run=true&limit=5").body();
    assertThat(page.get("rows")).hasSize(5);
    assertThat(page.has("total")).isFalse();
    assertThat(page.get("writable").asBoolean()).isFalse();
  }

  @Test
  void theMigrationHistoryCannotBeChangedFromThePage() throws Exception {
    JsonNode page = api("rows?schema=shale&table=migrations").body();
    assertThat(page.get("writable").asBoolean()).isFalse();
    assertThat(page.get("readOnlyBecause").asText()).contains("migration history");
    var delete =
        post(
            studio.server,
            "/api/rows/delete",
            "{\"schema\":\"shale\",\"table\":\"migrations\",\"key\":{\"name\":\"20261121055813_initial\"}}");
    assertThat(delete.status()).isEqualTo(403);
  }

  @Test
  void aFolderWithAFileShaleCannotApplyStillShowsItsMigrations() throws Exception {
    Path stray = dir.resolve("migrations-example/V1__init.sql");
    Files.writeString(stray, "BEGIN; ALTER TABLE users ADD COLUMN b int; COMMIT;\n");
    Path latin1 = dir.resolve("migrations-example/20261203000000_latin1.sql");
    Files.write(latin1, new byte[] {'-', '-', ' ', (byte) 0xe9, '\n'});
    try {
      JsonNode history = api("history").body();
      assertThat(history.get("folderProblem").asText()).contains("V1__init.sql");
      assertThat(history.get("migrations")).hasSize(3);
      Files.delete(stray);
      JsonNode unreadable = api("history").body();
      assertThat(unreadable.get("folderProblem").asText()).contains("UTF-8");
      assertThat(unreadable.get("migrations")).hasSize(3);
    } finally {
      Files.deleteIfExists(stray);
      Files.delete(latin1);
    }
  }
}
