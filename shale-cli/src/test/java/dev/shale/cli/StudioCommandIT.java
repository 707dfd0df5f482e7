package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.ProjectFiles;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale studio} as users start it, from the packaged jar on a copy of the example: the
 * address it prints answers, {@code --url embedded} applies the migrations to a throwaway server,
 * and Ctrl-C (SIGINT) stops it cleanly.
 */
class StudioCommandIT {
  private static final Pattern ADDRESS =
      Pattern.compile("Shale studio: (http://127\\.0\\.0\\.1:(\\d+)/\\?token=(\\S+))");

  @TempDir Path dir;

  @Test
  void studioServesTheExampleAndStopsOnCtrlC() throws Exception {
    Path jar = Path.of("target", "shale.jar").toAbsolutePath();
    assertThat(jar).as("packaged by mvn verify before this test").exists();
    Path root = ProjectFiles.root();
    copy(root.resolve("shale.toml"), dir.resolve("shale.toml"));
    copy(root.resolve("migrations-example"), dir.resolve("migrations-example"));
    copy(root.resolve("snapshots"), dir.resolve("snapshots"));
    Path errors = dir.resolve("stderr.txt");
    Process studio =
        new ProcessBuilder(
                "java", "-jar", jar.toString(), "studio", "--url", "embedded", "--no-open")
            .directory(dir.toFile())
            .redirectError(errors.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(studio.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder printed = new StringBuilder();
      Matcher found = null;
      String line;
      while (found == null && (line = out.readLine()) != null) {
        printed.append(line).append('\n');
        Matcher m = ADDRESS.matcher(line);
        if (m.find()) {
          found = m;
        }
      }
      assertThat(found).as(printed + Files.readString(errors)).isNotNull();
      // keep the pipe drained: a process whose output nobody reads blocks on its next write,
      // shutdown hooks included (the embedded server logs as it stops)
      Thread drain =
          new Thread(
              () -> {
                try {
                  while (out.readLine() != null) {
                    // discarded
                  }
                } catch (java.io.IOException e) {
                  // the process ended
                }
              });
      drain.setDaemon(true);
      drain.start();
      assertThat(printed.toString()).contains("applied the project's 3 migration(s)");
      String base = "http://127.0.0.1:" + found.group(2);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(found.group(1))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Shale studio");
      HttpResponse<String> history =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/history"))
                  .header("X-Shale-Token", found.group(3))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(history.statusCode()).isEqualTo(200);
      assertThat(history.body()).contains("\"state\":\"applied\"").doesNotContain("pending");

      Process interrupt =
          new ProcessBuilder("kill", "-INT", String.valueOf(studio.pid())).inheritIO().start();
      assertThat(interrupt.waitFor()).isZero();
      assertThat(studio.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGINT").isTrue();
      assertThat(Files.readString(errors)).contains("Shale studio stopped.");
      try {
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/")).build(),
            HttpResponse.BodyHandlers.discarding());
        throw new AssertionError("the port still answers after Ctrl-C");
      } catch (ConnectException expected) {
        // nothing listens any more
      }
    } finally {
      studio.destroyForcibly();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          f -> {
            Path target = to.resolve(from.relativize(f).toString());
            try {
              if (Files.isDirectory(f)) {
                Files.createDirectories(target);
              } else {
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
