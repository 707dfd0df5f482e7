package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio's JSON API over real HTTP, on the bundled example and an embedded PostgreSQL that has
 * applied two of its three migrations and holds rows.
 */
class StudioApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static ExampleStudio studio;

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  @BeforeAll
  static void start() {
    studio = ExampleStudio.start(dir, true, "20261121055816_add_users_avatar_url", false);
  }

  @AfterAll
  static void stop() {
    studio.close();
  }

  static Reply get(StudioServer server, String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (token != null) {
      request.header(StudioServer.TOKEN_HEADER, token);
    }
    return reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  static Reply post(StudioServer server, String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header(StudioServer.TOKEN_HEADER, server.token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return reply(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  private static Reply reply(HttpResponse<String> response) throws Exception {
    String type = response.headers().firstValue("Content-Type").orElse("");
    JsonNode body = type.startsWith("application/json") ? JSON.readTree(response.body()) : null;
    return new Reply(response.statusCode(), body, response);
  }

  static Reply api(String route) throws Exception {
    return get(studio.server, "/api/" + route, studio.server.token());
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theApiRefusesAMissingOrWrongToken() throws Exception {
    Reply absent = get(studio.server, "/api/schema", null);
    assertThat(absent.status()).isEqualTo(401);
    assertThat(absent.body().get("error").asText()).contains("X-Shale-Token");
    assertThat(get(studio.server, "/api/rows?table=public.users", "wrong").status()).isEqualTo(401);
    String almost = studio.server.token().substring(1) + "x";
    assertThat(get(studio.server, "/api/tables", almost).status()).isEqualTo(401);
    // the token in the query string is for the page only, never for the API
    assertThat(get(studio.server, "/api/tables?token=" + studio.server.token(), null).status())
        .isEqualTo(401);
  }

  @Test
  void thePageNeedsTheTokenAndAllowsOnlyItsOwnScript() throws Exception {
    assertThat(get(studio.server, "/", null).status()).isEqualTo(401);
    assertThat(get(studio.server, "/?token=nope", null).status()).isEqualTo(401);
    Reply page = get(studio.server, "/?token=" + studio.server.token(), null);
    assertThat(page.status()).isEqualTo(200);
    String policy = page.raw().headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("default-src 'none'").contains("script-src 'nonce-");
    String nonce = policy.replaceAll(".*script-src 'nonce-([^']+)'.*", "$1");
    assertThat(page.raw().body())
        .contains("<script nonce=\"" + nonce + "\">")
        .doesNotContain("{{nonce}}")
        .doesNotContain(" src=")
        .doesNotContain("https://");
    // nothing comes from the network: the only address in the page is the SVG namespace
    assertThat(page.raw().body().replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http://");
    assertThat(page.raw().headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(get(studio.server, "/other", null).status()).isEqualTo(404);
  }

  @Test
  void theLaunchCodeOpensThePageOnceAndThePageCarriesTheToken() throws Exception {
    StudioServer server = ExampleStudio.start(dir.resolve("launch"), false, null, false).server;
    try {
      String path = server.launchAddress().toString().replaceFirst("^http://[^/]+", "");
      assertThat(path).doesNotContain(server.token());
      Reply first = get(server, path, null);
      assertThat(first.status()).isEqualTo(200);
      assertThat(first.raw().body())
          .contains("<meta name=\"shale-token\" content=\"" + server.token() + "\">");
      assertThat(get(server, path, null).status()).as("a second use").isEqualTo(401);
    } finally {
      server.close();
    }
  }

  @Test
  void aRequestForAnotherHostNameIsRefused() throws Exception {
    // a DNS name rebound to 127.0.0.1 arrives with its own Host header
    try (Socket socket = new Socket("127.0.0.1", studio.server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/project HTTP/1.1\r\nHost: attacker.example:"
                  + studio.server.port()
                  + "\r\n"
                  + StudioServer.TOKEN_HEADER
                  + ": "
                  + studio.server.token()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void theSchemaHasEveryTableWithItsSourceLineAndAPlaceOfItsOwn() throws Exception {
    JsonNode schema = api("schema").body();
    List<String> ids = new ArrayList<>();
    schema.get("tables").forEach(t -> ids.add(t.get("id").asText()));
    assertThat(ids)
        .containsExactly(
            "public.categories", "public.post_tags", "public.posts", "public.tags", "public.users");
    List<String> source = Files.readAllLines(dir.resolve("migrations-example/schema/Blog.java"));
    for (JsonNode t : schema.get("tables")) {
      JsonNode at = t.get("source");
      assertThat(at.get("file").asText()).isEqualTo("migrations-example/schema/Blog.java");
      String line = source.get(at.get("line").asInt() - 1);
      assertThat(line)
          .contains("public static final Table " + t.get("name").asText().toUpperCase());
    }
    JsonNode posts = table(schema, "public.posts");
    assertThat(posts.get("columns").get(0).get("primaryKey").asBoolean()).isTrue();
    assertThat(posts.get("indexes").toString())
        .contains("(published_at DESC) WHERE published_at IS NOT NULL");
    assertThat(schema.get("edges").toString())
        .contains(
            "\"from\":\"public.posts\",\"fromColumns\":[\"author_id\"],\"to\":\"public.users\"");
    assertThat(table(schema, "public.users").get("comment").asText())
        .isEqualTo("People who read and write posts");
    List<JsonNode> tables = new ArrayList<>();
    schema.get("tables").forEach(tables::add);
    for (int i = 0; i < tables.size(); i++) {
      for (int j = i + 1; j < tables.size(); j++) {
        assertThat(overlap(tables.get(i), tables.get(j)))
            .as(tables.get(i).get("id") + " and " + tables.get(j).get("id"))
            .isFalse();
      }
    }
  }

  static boolean overlap(JsonNode a, JsonNode b) {
    return a.get("x").asInt() < b.get("x").asInt() + b.get("width").asInt()
        && b.get("x").asInt() < a.get("x").asInt() + a.get("width").asInt()
        && a.get("y").asInt() < b.get("y").asInt() + b.get("height").asInt()
        && b.get("y").asInt() < a.get("y").asInt() + a.get("height").asInt();
  }

  static JsonNode table(JsonNode schema, String id) {
    for (JsonNode t : schema.get("tables")) {
      if (t.get("id").asText().equals(id)) {
        return t;
      }
    }
    throw new AssertionError("no table " + id);
  }

  @Test
  void theHistoryHasEachMigrationWithItsStateReviewAndFindings() throws Exception {
    JsonNode history = api("history").body();
    JsonNode migrations = history.get("migrations");
    assertThat(migrations).hasSize(3);
    JsonNode initial = migrations.get(0);
    assertThat(initial.get("stem").asText()).isEqualTo("20261121055813_initial");
    assertThat(initial.get("state").get("state").asText()).isEqualTo("applied");
    assertThat(initial.get("state").get("appliedBy").asText()).isEqualTo("postgres");
    assertThat(initial.get("changes").toString()).contains("create table public.users");
    assertThat(initial.toString()).contains("fk-missing-index");
    JsonNode index = migrations.get(2);
    assertThat(index.get("state").get("state").asText()).isEqualTo("pending");
    assertThat(index.get("transactional").asBoolean()).isFalse();
    assertThat(index.get("changes").get(0).get("risk").asText())
        .isEqualTo("SHARE UPDATE EXCLUSIVE, scans table");
    JsonNode create = index.get("statements").get(0);
    assertThat(create.get("kind").asText()).isEqualTo("CreateIndex");
    assertThat(create.get("locks").toString()).contains("SHARE UPDATE EXCLUSIVE on posts");
    assertThat(create.get("note").asText())
        .contains("takes SHARE UPDATE EXCLUSIVE on public.posts");
    assertThat(index.get("sql").asText()).contains("CREATE INDEX CONCURRENTLY");
    assertThat(history.get("database").asText()).doesNotContain("postgres:postgres");
    assertThat(history.has("drift")).isFalse();
  }

  @Test
  void theCheckFindingsNameTheirMigrationAndLine() throws Exception {
    JsonNode check = api("check").body();
    assertThat(check.get("files").asInt()).isEqualTo(3);
    JsonNode first = check.get("findings").get(0);
    assertThat(first.get("rule").asText()).isEqualTo("fk-missing-index");
    assertThat(first.get("stem").asText()).isEqualTo("20261121055813_initial");
    assertThat(first.get("line").asInt()).isPositive();
    assertThat(first.get("fix").asText())
        .startsWith("CREATE INDEX categories_parent_id_idx ON categories (parent_id);");
  }

  @Test
  void tablesListsTheDatabaseTablesWithTheHistoryTable() throws Exception {
    JsonNode tables = api("tables").body();
    assertThat(tables.toString())
        .contains("\"schema\":\"public\",\"name\":\"users\"")
        .contains("\"schema\":\"shale\",\"name\":\"migrations\"");
  }

  @Test
  void rowsComeAPageAtATimeSortedAndFiltered() throws Exception {
    JsonNode first = api("rows?table=public.users&limit=50").body();
    assertThat(first.get("rows")).hasSize(50);
    assertThat(first.get("more").asBoolean()).isTrue();
    assertThat(first.get("total").asLong()).isEqualTo(120);
    assertThat(first.get("columns").get(0).get("name").asText()).isEqualTo("id");
    assertThat(first.get("rows").get(0).get(0).asText()).isEqualTo("1");

    JsonNode last = api("rows?table=public.users&limit=50&offset=100").body();
    assertThat(last.get("rows")).hasSize(20);
    assertThat(last.get("more").asBoolean()).isFalse();
    assertThat(last.get("rows").get(0).get(0).asText()).isEqualTo("101");

    JsonNode sorted = api("rows?table=public.users&limit=3&sort=email&dir=desc").body();
    assertThat(sorted.get("rows").get(0).get(1).asText()).isEqualTo("user120@example.com");

    JsonNode filtered =
        api("rows?table=public.users&limit=50&filter="
                + q("id:le:10")
                + "&filter="
                + q("role:eq:admin"))
            .body();
    assertThat(filtered.get("rows")).hasSize(1);
    assertThat(filtered.get("total").asLong()).isEqualTo(1);
    assertThat(filtered.get("rows").get(0).get(0).asText()).isEqualTo("10");

    JsonNode contains = api("rows?table=public.users&filter=" + q("email:contains:R11")).body();
    assertThat(contains.get("total").asLong()).isEqualTo(10); // user110 to user119

    JsonNode literal = api("rows?table=public.users&filter=" + q("email:contains:%")).body();
    assertThat(literal.get("total").asLong()).isZero();

    JsonNode nulls = api("rows?table=public.users&filter=" + q("avatar_url:null")).body();
    assertThat(nulls.get("total").asLong()).isEqualTo(120);

    JsonNode posts = api("rows?table=public.posts&filter=" + q("category_id:notnull")).body();
    assertThat(posts.get("total").asLong()).isEqualTo(30);
  }

  @Test
  void badRowRequestsAreRefusedWithAReason() throws Exception {
    Reply badValue = api("rows?table=public.users&filter=" + q("id:eq:abc"));
    assertThat(badValue.status()).isEqualTo(400);
    assertThat(badValue.body().get("error").asText()).contains("invalid input syntax");
    Reply column = api("rows?table=public.users&sort=" + q("id; DROP TABLE users"));
    assertThat(column.status()).isEqualTo(400);
    assertThat(column.body().get("error").asText()).contains("has no column id; DROP TABLE users");
    Reply table = api("rows?table=" + q("public.users\"; DROP TABLE users; --"));
    assertThat(table.status()).isEqualTo(404);
    assertThat(api("rows?table=public.users&limit=501").status()).isEqualTo(400);
    assertThat(api("rows?table=public.users&filter=" + q("id:like:1")).status()).isEqualTo(400);
    assertThat(api("rows?table=users").status()).isEqualTo(400);
    assertThat(api("nothing").status()).isEqualTo(404);
    assertThat(api("rows?table=public.users").status()).isEqualTo(200);
  }

  @Test
  void namesWithDotsQuotesAndCapitalsAreTheCatalogsOwn() throws Exception {
    studio.database.apply(
        "CREATE SCHEMA \"Odd.Schema\";"
            + "CREATE TABLE \"Odd.Schema\".\"My \"\"Table\"\".v2\" (\"Id\" int PRIMARY KEY, \"a.b\" text);"
            + "INSERT INTO \"Odd.Schema\".\"My \"\"Table\"\".v2\" VALUES (1, 'one'), (2, NULL);");
    JsonNode page =
        api("rows?schema="
                + q("Odd.Schema")
                + "&table="
                + q("My \"Table\".v2")
                + "&sort=Id&dir=desc"
                + "&filter="
                + q("a.b:null"))
            .body();
    assertThat(page.get("rows")).hasSize(1);
    assertThat(page.get("rows").get(0).get(0).asText()).isEqualTo("2");
    assertThat(page.get("columns").get(1).get("name").asText()).isEqualTo("a.b");
    assertThat(api("tables").body().toString()).contains("\"schema\":\"Odd.Schema\"");
  }

  @Test
  void writesAreRefusedWhenTheStudioIsReadOnly() throws Exception {
    for (String route : List.of("rows/update", "rows/delete", "rows/insert")) {
      Reply refused =
          post(
              studio.server,
              "/api/" + route,
              "{\"table\":\"public.users\",\"key\":{\"id\":\"1\"},\"values\":{\"email\":\"x@y\"}}");
      assertThat(refused.status()).as(route).isEqualTo(403);
      assertThat(refused.body().get("error").asText()).contains("--write");
    }
    try (Connection c = studio.database.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT email, count(*) OVER () FROM users WHERE id = 1")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("user001@example.com");
      assertThat(rs.getLong(2)).isEqualTo(1);
    }
  }
}
