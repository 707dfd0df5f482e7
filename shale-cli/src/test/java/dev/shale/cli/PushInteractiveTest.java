package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale push} on a real pseudo-terminal (util-linux {@code script}): its questions. */
class PushInteractiveTest {
  @TempDir Path dir;
  private PushProject project;

  private static final String WITH_FLAG =
      """
        public static final Table USERS =
            table(
                "users",
                column("id", bigint()).primaryKey(),
                column("legacy_flag", bool()));
        public static final Table SESSIONS = table("sessions", column("id", bigint()).primaryKey());
      """;

  private static final String WITHOUT =
      """
        public static final Table USERS = table("users", column("id", bigint()).primaryKey());
      """;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @BeforeEach
  void setUp() {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")),
        "util-linux script is needed for a pseudo-terminal");
    project = PushProject.in(dir);
  }

  @AfterEach
  void tearDown() {
    if (project != null) {
      project.close();
    }
  }

  /** {@code shale push ARGS --url …} in a new JVM on a pseudo-terminal, typing {@code input}. */
  private String onATerminal(String input, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        String.join(
            " ",
            java,
            "-Dshale.cache.dir=" + System.getProperty("shale.cache.dir"),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.shale.cli.Main",
            "-C",
            dir.toString(),
            "--no-color",
            "push",
            String.join(" ", args),
            "--url",
            project.db().uri());
    Process process =
        new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
      in.flush();
      assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return "exit " + process.exitValue() + "\n" + output.replace("\r\n", "\n");
  }

  private void pushedWithRows() throws Exception {
    project.pushed(
        WITH_FLAG,
        "INSERT INTO users SELECT g, g % 2 = 0 FROM generate_series(1, 1500) g;\n"
            + "INSERT INTO sessions SELECT g FROM generate_series(1, 7) g;\n");
    project.schema(WITHOUT);
  }

  @Test
  void dataLossIsAskedOnceListingEachItemWithItsCountAndYesApplies() throws Exception {
    pushedWithRows();

    String output = onATerminal("y\n");

    assertThat(output).startsWith("exit 0\n");
    assertThat(output)
        .contains("This push destroys data:")
        .contains("drop column users.legacy_flag: 1,500 non-null values")
        .contains("drop table sessions: 7 rows")
        .contains("Apply it, losing this data? [y/N]")
        .contains("Pushed 2 changes");
    assertThat(output.split("\\[y/N]", -1)).as("asked once").hasSize(2);
    assertThat(project.query("SELECT to_regclass('sessions') IS NULL")).containsExactly("t");
  }

  @Test
  void anyOtherAnswerChangesNothing() throws Exception {
    pushedWithRows();
    String before = project.db().fingerprint();

    String output = onATerminal("n\n");

    assertThat(output).startsWith("exit 1\n").contains("Nothing was changed.");
    assertThat(project.db().fingerprint()).isEqualTo(before);
  }

  @Test
  void strictAsksBeforeAnyStatement() throws Exception {
    project.schema(WITHOUT);

    String no = onATerminal("\n", "--strict");
    assertThat(no).startsWith("exit 1\n").contains("Apply these changes? [y/N]");
    assertThat(project.query("SELECT to_regclass('users') IS NULL")).containsExactly("t");

    String yes = onATerminal("yes\n", "--strict");
    assertThat(yes).startsWith("exit 0\n").contains("Pushed 1 change");
    assertThat(project.query("SELECT to_regclass('users') IS NULL")).containsExactly("f");
  }
}
