package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * shale init in an empty folder, in one that DATABASE_URL's server answers for (a real process with
 * that environment, on the test server), and in an existing project (refused, nothing changed);
 * then the project it wrote works with generate and migrate.
 */
class InitCommandTest {
  @TempDir Path dir;

  @Test
  void anEmptyFolderBecomesAProjectThatGeneratesAndMigrates() throws Exception {
    CliRun init = CliRun.in(dir, "init");

    assertThat(init.exitCode()).as(init.toString()).isZero();
    assertThat(init.out())
        .contains("wrote shale.toml")
        .contains("wrote src/main/java/db/Schema.java")
        .contains("created migrations/")
        .contains("created snapshots/")
        .contains("run shale generate");
    assertThat(Files.readString(dir.resolve("shale.toml")))
        .contains("schema = [\"src/main/java/db/*.java\"]")
        .contains("# pgVersion = 16");
    assertThat(Files.isDirectory(dir.resolve("migrations"))).isTrue();
    assertThat(Files.isDirectory(dir.resolve("snapshots"))).isTrue();

    // The example, uncommented as a user would, compiles and generates.
    Path schema = dir.resolve("src/main/java/db/Schema.java");
    StringBuilder edited = new StringBuilder();
    boolean example = false;
    for (String line : Files.readAllLines(schema)) {
      example |= line.startsWith("  // public static final Table USERS");
      edited.append(example ? line.replaceFirst("^  // ", "  ") : line).append('\n');
      example &= !line.endsWith(");");
    }
    Files.writeString(schema, edited);
    CliRun generate = CliRun.in(dir, "generate");
    assertThat(generate.exitCode()).as(generate.toString() + Files.readString(schema)).isZero();
    assertThat(files(dir.resolve("migrations"))).hasSize(1);
    CliRun migrate = CliRun.in(dir, "migrate", "--url", "embedded");
    assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
  }

  @Test
  void anExistingProjectIsRefusedAndLeftAsItWas() throws Exception {
    Files.writeString(dir.resolve("shale.toml"), "schema = [\"s/*.java\"]\n");

    CliRun init = CliRun.in(dir, "init");

    assertThat(init.exitCode()).as(init.toString()).isEqualTo(1);
    assertThat(init.err())
        .contains("already has shale.toml: shale init writes nothing over an existing project");
    assertThat(Files.readString(dir.resolve("shale.toml"))).isEqualTo("schema = [\"s/*.java\"]\n");
    assertThat(files(dir)).containsExactly(dir.resolve("shale.toml"));
  }

  @Test
  void pgVersionIsTheServerThatDatabaseUrlNames() throws Exception {
    String url =
        "postgres://"
            + TestPostgres.USER
            + ":"
            + TestPostgres.PASSWORD
            + "@localhost:"
            + TestPostgres.port()
            + "/postgres";
    String output = initProcess(url);
    int major;
    try (java.sql.Connection c = TestPostgres.server().getPostgresDatabase().getConnection()) {
      major = c.getMetaData().getDatabaseMajorVersion();
    }

    assertThat(output)
        .contains("runs PostgreSQL " + major)
        .doesNotContain(":" + TestPostgres.PASSWORD + "@");
    assertThat(Files.readString(dir.resolve("shale.toml")))
        .contains("pgVersion = " + major + "   # read from DATABASE_URL by shale init");
  }

  @Test
  void aDatabaseUrlThatDoesNotAnswerLeavesTheDefault() throws Exception {
    String output = initProcess("postgres://nobody@localhost:1/none");

    assertThat(output).contains("warning: DATABASE_URL did not answer");
    assertThat(Files.readString(dir.resolve("shale.toml"))).contains("# pgVersion = 16");
  }

  /** shale init as its own process, with DATABASE_URL set. */
  private String initProcess(String databaseUrl) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.shale.cli.Main",
                "-C",
                dir.toString(),
                "init")
            .redirectErrorStream(true);
    builder.environment().put("DATABASE_URL", databaseUrl);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
