package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first render of the studio's diagram on a big schema, in a real headless Chromium, against
 * {@code shale studio} started from the launcher jar: how long until the address is printed, and
 * from navigation until the diagram has been drawn and painted, on the first load (the server reads
 * the schema) and on reloads. Not a test of the build: bench/studio.sh runs it with {@code
 * -Dtest=StudioRenderBenchmark} and the project to open in {@code shale.bench.project}.
 */
class StudioRenderBenchmark {
  private static final Pattern ADDRESS = Pattern.compile("Shale studio: (http://\\S+)");

  @Test
  void firstRender() throws Exception {
    Path project = Path.of(System.getProperty("shale.bench.project"));
    Path jar = Path.of(System.getProperty("shale.bench.jar"));
    int reloads = Integer.getInteger("shale.bench.reloads", 5);
    Path chromium = HeadlessChromium.executable().orElseThrow();
    Path profile = Files.createTempDirectory("shale-bench-chromium");
    long started = System.nanoTime();
    Process studio =
        new ProcessBuilder("java", "-jar", jar.toString(), "studio", "--no-open")
            .directory(project.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(studio.getInputStream(), StandardCharsets.UTF_8));
      String address = null;
      String line;
      while (address == null && (line = out.readLine()) != null) {
        Matcher m = ADDRESS.matcher(line);
        if (m.find()) {
          address = m.group(1);
        }
      }
      double startMs = (System.nanoTime() - started) / 1e6;
      assertThat(address).isNotNull();
      measure(address, startMs, chromium, profile, reloads);
    } finally {
      studio.destroy();
      studio.waitFor();
    }
  }

  private static void measure(
      String address, double startMs, Path chromium, Path profile, int reloads) throws Exception {
    try (HeadlessChromium browser = HeadlessChromium.launch(chromium, profile, 1600, 1000)) {
      List<String> rows = new ArrayList<>();
      rows.add(row("studio start (address printed)", startMs, null, null, null));
      for (int i = 0; i <= reloads; i++) {
        browser.navigate(address);
        browser.waitFor(
            "window.shaleStudio && window.shaleStudio.firstRenderMs", Duration.ofMinutes(2));
        double first = browser.eval("window.shaleStudio.firstRenderMs").asDouble();
        double fetch = browser.eval("window.shaleStudio.schemaFetchMs").asDouble();
        double draw = browser.eval("window.shaleStudio.diagramMs").asDouble();
        int tables = browser.eval("document.querySelectorAll('#nodes .node').length").asInt();
        rows.add(
            row(
                i == 0 ? "first load (server reads the schema)" : "reload " + i,
                first,
                fetch,
                draw,
                tables));
      }
      double zoom =
          browser
              .eval(
                  "new Promise(done => { const t0 = performance.now(); let n = 0;"
                      + " const step = () => { document.getElementById('zoom-in').click();"
                      + " if (++n < 10) requestAnimationFrame(step);"
                      + " else requestAnimationFrame(() => done((performance.now() - t0) / 10)); };"
                      + " step(); })")
              .asDouble();
      rows.add(row("one zoom step, drawn (mean of 10)", zoom, null, null, null));
      int bytes =
          browser
              .eval(
                  "fetch('/api/schema', {headers: {'X-Shale-Token': new URLSearchParams(location.search).get('token')}})"
                      + ".then(r => r.text()).then(t => t.length)")
              .asInt();
      rows.add("| /api/schema payload | " + (bytes / 1024) + " KB | | | |");
      assertThat(browser.errors()).isEmpty();
      System.out.println(
          "| step | ms from navigation | of which /api/schema | of which drawing | tables |");
      System.out.println("|---|---:|---:|---:|---:|");
      rows.forEach(System.out::println);
    }
  }

  private static String row(String name, double ms, Double fetch, Double draw, Integer tables) {
    return String.format(
        Locale.ROOT,
        "| %s | %.0f | %s | %s | %s |",
        name,
        ms,
        fetch == null ? "" : String.format(Locale.ROOT, "%.0f", fetch),
        draw == null ? "" : String.format(Locale.ROOT, "%.0f", draw),
        tables == null ? "" : tables.toString());
  }
}
