package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rename prompt on a real pseudo-terminal, and loading precompiled schema classes. */
class InteractiveAndClasspathTest {
  @TempDir Path project;

  private static final String SCHEMA =
      "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\npublic final class Schema {\n"
          + "  public static final Table USERS = table(\"users\",\n"
          + "      column(\"id\", bigint()).primaryKey(),\n"
          + "      column(\"%s\", text()));\n}\n";

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  private void schema(String column) throws IOException {
    Files.createDirectories(project.resolve("db"));
    Files.writeString(project.resolve("db/Schema.java"), SCHEMA.formatted(column));
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
  }

  private List<Path> migrations() throws IOException {
    try (Stream<Path> s = Files.list(project.resolve("migrations"))) {
      return s.sorted().toList();
    }
  }

  @Test
  void onATerminalTheRenameQuestionIsAskedAndAnswered() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")),
        "util-linux script is needed for a pseudo-terminal");
    schema("avatar_url");
    assertThat(CliRun.in(project, "generate").exitCode()).isZero();
    schema("photo_url");
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
            project.toString(),
            "generate");
    Process process =
        new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write("1\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("Is column users.photo_url new, or renamed?")
        .contains("1) renamed from users.avatar_url");
    assertThat(Files.readString(migrations().get(1)))
        .contains("RENAME COLUMN avatar_url TO photo_url");
  }

  /** Compiles db/Schema.java into the folder {@code classes} of the project. */
  private Path compileSchema() throws IOException {
    Path classes = Files.createDirectories(project.resolve("classes"));
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-cp",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                project.resolve("db/Schema.java").toString());
    assertThat(compiled).isZero();
    return classes;
  }

  @Test
  void precompiledSchemaClassesLoadFromTheClasspath() throws Exception {
    schema("avatar_url");
    Path classes = compileSchema();
    Files.delete(project.resolve("db/Schema.java"));
    CliRun run =
        CliRun.in(
            project, "generate", "--classpath", classes.toString(), "--schema-class", "Schema");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(migrations().get(0))).contains("CREATE TABLE users");
    CliRun missing =
        CliRun.in(project, "export", "--classpath", classes.toString(), "--schema-class", "Nope");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("schema class Nope is not on the classpath");
    CliRun alone = CliRun.in(project, "export", "--classpath", classes.toString());
    assertThat(alone.exitCode()).isEqualTo(64);
  }

  @Test
  void precompiledClassesNameAPrivateTableWithoutALine() throws Exception {
    Files.createDirectories(project.resolve("db"));
    Files.writeString(
        project.resolve("db/Schema.java"),
        SCHEMA
            .formatted("name")
            .replace("public static final Table USERS", "private static final Table USERS"));
    Path classes = compileSchema();
    CliRun run =
        CliRun.in(project, "export", "--classpath", classes.toString(), "--schema-class", "Schema");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains(
            "warning: Schema.USERS is private, so Shale ignores table public.users: declare it"
                + " public static final");
    assertThat(run.out()).isEmpty();
  }
}
