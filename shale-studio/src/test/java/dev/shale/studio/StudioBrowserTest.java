package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.ProjectFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real headless Chromium, clicked through as a person would: the diagram with every
 * table of the example, a table's page, a migration, a page of rows, the check. A screenshot of
 * each view is kept in target/studio-screenshots.
 */
class StudioBrowserTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Path SHOTS = ProjectFiles.root("shale-studio", "target", "studio-screenshots");

  @TempDir static Path dir;
  @TempDir static Path profile;
  static ExampleStudio studio;
  static HeadlessChromium browser;

  @BeforeAll
  static void start() throws Exception {
    Path chromium = HeadlessChromium.executable().orElse(null);
    Assumptions.assumeTrue(
        chromium != null,
        "no Chromium here: install Debian's chromium package (.ci/run does), or set"
            + " SHALE_CHROMIUM to a Chromium or Chrome executable");
    studio =
        ExampleStudio.start(
            dir.resolve("blog"), true, "20261121055816_add_users_avatar_url", false);
    browser = HeadlessChromium.launch(chromium, profile, 1400, 900);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (studio != null) {
      studio.close();
    }
  }

  /** Clicks the middle of the first element {@code selector} matches, with the mouse. */
  static void click(String selector) throws Exception {
    browser.waitFor("document.querySelector(" + js(selector) + ")", WAIT);
    JsonNode box =
        browser.eval(
            "(() => { const el = document.querySelector("
                + js(selector)
                + "); el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + Math.min(r.height / 2, 14)}; })()");
    double x = box.get("x").asDouble();
    double y = box.get("y").asDouble();
    ObjectMapper json = new ObjectMapper();
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      browser.call(
          "Input.dispatchMouseEvent",
          json.createObjectNode()
              .put("type", type)
              .put("x", x)
              .put("y", y)
              .put("button", "left")
              .put("clickCount", type.equals("mouseMoved") ? 0 : 1));
    }
  }

  static String js(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static String text(String selector) throws Exception {
    return browser.eval("document.querySelector(" + js(selector) + ").textContent").asText();
  }

  @org.junit.jupiter.api.BeforeEach
  void freshPage() throws Exception {
    browser.navigate("about:blank");
    browser.forget();
  }

  @Test
  void theStudioShowsTheSchemaAMigrationRowsAndTheCheck() throws Exception {
    browser.navigate(studio.server.address().toString());
    browser.waitFor("window.shaleStudio.ready.schema", WAIT);
    JsonNode ids =
        browser.eval("[...document.querySelectorAll('#nodes .node')].map(n => n.dataset.id)");
    List<String> shown = new ArrayList<>();
    ids.forEach(id -> shown.add(id.asText()));
    assertThat(shown)
        .containsExactlyInAnyOrder(
            "public.categories", "public.post_tags", "public.posts", "public.tags", "public.users");
    assertThat(browser.eval("document.querySelectorAll('#edges .edge').length").asInt())
        .isEqualTo(5);
    browser.screenshot(SHOTS.resolve("schema.png"));

    click("#nodes .node[data-id='public.posts'] .head");
    browser.waitFor("document.getElementById('panel-title')", WAIT);
    assertThat(text("#panel-title")).isEqualTo("public.posts");
    assertThat(text("#table-panel")).contains("Declared in migrations-example/schema/Blog.java:");
    assertThat(text("#table-panel")).contains("posts_published_at_idx");
    browser.screenshot(SHOTS.resolve("table.png"));

    browser.eval(
        "(() => { const s = document.getElementById('search'); s.value = 'avatar';"
            + " s.dispatchEvent(new Event('input')); return true; })()");
    assertThat(text("#search-results")).contains("public.users").contains("avatar_url");
    browser.eval(
        "(() => { const s = document.getElementById('search'); s.value = '';"
            + " s.dispatchEvent(new Event('input')); return true; })()");

    click("#types-link");
    browser.waitFor(
        "document.getElementById('panel-title')?.textContent === 'Enums and views'", WAIT);
    assertThat(text("#table-panel")).contains("public.role").contains("admin, author, reader");

    click("#tabs a[data-view='history']");
    browser.waitFor("document.querySelectorAll('.timeline-item').length === 3", WAIT);
    click(".timeline-item[data-stem='20261121055819_add_posts_published_at_idx']");
    browser.waitFor(
        "document.getElementById('migration-title')?.textContent === 'add posts published at idx'",
        WAIT);
    assertThat(text("#migration")).contains("pending").contains("SHARE UPDATE EXCLUSIVE");
    assertThat(browser.eval("document.querySelectorAll('pre.sql .tok-kw').length").asInt())
        .isPositive();
    browser.screenshot(SHOTS.resolve("history.png"));

    click("#tabs a[data-view='data']");
    browser.waitFor("document.querySelector(\"#table-list li[data-id='public.users']\")", WAIT);
    click("#table-list li[data-id='public.users']");
    browser.waitFor("document.querySelectorAll('#rows-table tr').length === 51", WAIT);
    assertThat(text("#page-info")).isEqualTo("rows 1–50 of 120");
    click("#next");
    browser.waitFor(
        "document.getElementById('page-info')?.textContent === 'rows 51–100 of 120'", WAIT);
    click("#rows-table th:nth-child(2)");
    browser.waitFor(
        "document.querySelector('#rows-table tr:nth-child(2) td:nth-child(2)')?.textContent"
            + " === 'user001@example.com'",
        WAIT);
    browser.screenshot(SHOTS.resolve("data.png"));

    click("#tabs a[data-view='check']");
    browser.waitFor("document.querySelectorAll('#findings .finding').length > 0", WAIT);
    assertThat(text("#findings")).contains("fk-missing-index");
    browser.screenshot(SHOTS.resolve("check.png"));
    click("#findings .finding .where a");
    browser.waitFor("document.querySelector('pre.sql .line.focus')", WAIT);
    assertThat(text("#migration-title")).isEqualTo("initial");

    assertThat(browser.errors()).isEmpty();
  }

  @Test
  void withWriteACellIsEditedAndARowDeletedFromThePage(@TempDir Path other) throws Exception {
    try (ExampleStudio writable = ExampleStudio.start(other.resolve("blog"), true, null, true)) {
      writable.database.apply("INSERT INTO tags (name) VALUES ('java'), ('sql')");
      browser.navigate(writable.server.address() + "#data/public/tags");
      browser.waitFor("document.querySelectorAll('#rows-table tr').length === 3", WAIT);
      assertThat(text("#rows-mode")).isEqualTo("Double-click a cell to edit it.");

      doubleClick("#rows-table tr:nth-child(2) td:nth-child(3)");
      browser.waitFor("document.querySelector('#rows-table td input')", WAIT);
      browser.eval(
          "(() => { const i = document.querySelector('#rows-table td input'); i.value = 'kotlin';"
              + " i.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'})); return true; })()");
      browser.waitFor(
          "document.querySelector('#rows-table tr:nth-child(2) td:nth-child(3)')?.textContent"
              + " === 'kotlin'",
          WAIT);
      click("#rows-table tr:nth-child(3) td:nth-child(1) button");
      browser.waitFor("document.querySelectorAll('#rows-table tr').length === 2", WAIT);
      browser.screenshot(SHOTS.resolve("data-write.png"));
      try (var c = writable.database.connect();
          var rs = c.createStatement().executeQuery("SELECT string_agg(name, ',') FROM tags")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("kotlin");
      }
      assertThat(browser.dialogs()).containsExactly("Delete this row from public.tags?");
    }
    assertThat(browser.errors()).isEmpty();
  }

  @Test
  void problemsAreShownWhereTheyHappenAndThePageGoesOn(@TempDir Path other) throws Exception {
    try (ExampleStudio broken = ExampleStudio.start(other.resolve("blog"), true, null, false)) {
      Path blog = broken.project.resolve("migrations-example/schema/Blog.java");
      java.nio.file.Files.writeString(
          blog, java.nio.file.Files.readString(blog).replace("\"tags\",", "\"tags\" +,"));
      java.nio.file.Files.writeString(
          broken.project.resolve("migrations-example/20261202000000_hand_written.sql"),
          "ALTER TABLE tags ADD COLUMN note text;\n");
      broken.database.apply(
          "CREATE TABLE \"50% off\" (id int PRIMARY KEY); INSERT INTO \"50% off\" VALUES (7)");
      browser.navigate(broken.server.address().toString());
      browser.waitFor("window.shaleStudio.ready.schema", WAIT);
      assertThat(text("#schema-error")).contains("Blog.java");
      assertThat(
              browser
                  .eval(
                      "(() => { const r = document.getElementById('schema-error')"
                          + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"
                          + " && r.height > 0; })()")
                  .asBoolean())
          .as("the schema's error is in view")
          .isTrue();
      click("#zoom-fit");
      browser.screenshot(SHOTS.resolve("problem-schema.png"));

      click("#tabs a[data-view='history']");
      browser.waitFor(
          "document.getElementById('migration-title')?.textContent === 'hand written'", WAIT);
      assertThat(text("#migration")).contains("folder-out-of-step").contains("ALTER TABLE tags");
      browser.screenshot(SHOTS.resolve("problem-history.png"));

      click("#tabs a[data-view='data']");
      browser.waitFor("document.querySelector(\"#table-list li[data-id='public.50% off']\")", WAIT);
      click("#table-list li[data-id='public.50% off']");
      browser.waitFor(
          "document.getElementById('page-info')?.textContent === 'rows 1–1 of 1'", WAIT);
      click("#table-list li[data-id='public.users']");
      browser.waitFor(
          "document.getElementById('page-info')?.textContent === 'rows 1–50 of 120'", WAIT);
      browser.eval(
          "(() => { document.getElementById('filter-value').value = 'abc';"
              + " document.getElementById('filter-add').click(); return true; })()");
      browser.waitFor("document.getElementById('rows-error')", WAIT);
      assertThat(text("#rows-error")).contains("invalid input syntax");
      assertThat(text("#page-info")).isEqualTo("rows 1–50 of 120");
      assertThat(browser.eval("document.querySelectorAll('.chip').length").asInt()).isZero();
      click("#next");
      browser.waitFor(
          "document.getElementById('page-info')?.textContent === 'rows 51–100 of 120'", WAIT);
      browser.screenshot(SHOTS.resolve("problem-data.png"));
    }
    assertThat(browser.errors())
        .as("only the failed requests the test asked for")
        .allMatch(e -> e.contains("status of 400") || e.contains("status of 422"));
  }

  static void doubleClick(String selector) throws Exception {
    click(selector);
    JsonNode box =
        browser.eval(
            "(() => { const r = document.querySelector("
                + js(selector)
                + ").getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2};"
                + " })()");
    ObjectMapper json = new ObjectMapper();
    for (String type : List.of("mousePressed", "mouseReleased")) {
      browser.call(
          "Input.dispatchMouseEvent",
          json.createObjectNode()
              .put("type", type)
              .put("x", box.get("x").asDouble())
              .put("y", box.get("y").asDouble())
              .put("button", "left")
              .put("clickCount", 2));
    }
  }
}
