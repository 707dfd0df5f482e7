package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema field that Shale does not read (not public, not static) is named on standard error by
 * {@code generate} and {@code export}, on the fast path and the compiler's (precompiled classes:
 * {@link InteractiveAndClasspathTest}).
 */
class FieldWarningsCommandTest {
  @TempDir Path project;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  private static final String USERS =
      "  %s static final Table USERS = table(\"users\", column(\"id\", bigint()).primaryKey());\n";
  private static final String POSTS =
      "  public static final Table POSTS = table(\"posts\", column(\"id\", bigint()).primaryKey());\n";

  private Path schema(String body) throws IOException {
    Files.createDirectories(project.resolve("db"));
    Path file = project.resolve("db/Schema.java");
    Files.writeString(
        file,
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\npublic final class Schema {\n"
            + body
            + "}\n",
        StandardCharsets.UTF_8);
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
    return file;
  }

  private static String privateUsers(Path file) {
    return "warning: Schema.USERS ("
        + file
        + ":5) is private, so Shale ignores table public.users: declare it public static final"
        + " (Shale reads only public static fields)";
  }

  @Test
  void generateNamesAPrivateTableThatWouldOtherwiseLookDropped() throws Exception {
    schema(USERS.formatted("public") + POSTS);
    assertThat(CliRun.in(project, "generate").exitCode()).isZero();
    Path file = schema(USERS.formatted("private") + POSTS);
    CliRun run = CliRun.in(project, "generate", "--dry-run");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains(privateUsers(file));
    assertThat(run.out()).contains("DROP TABLE users");
  }

  @Test
  void exportWarnsTooAndTheWarningComesBeforeTheProblemItCauses() throws Exception {
    Path file =
        schema(
            USERS.formatted("private")
                + "  public static final Table POSTS = table(\"posts\",\n"
                + "      column(\"id\", bigint()).primaryKey(),\n"
                + "      column(\"user_id\", bigint()).references(() -> USERS, \"id\"));\n");
    CliRun run = CliRun.in(project, "export");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains(privateUsers(file)).contains("unknown table public.users");
    assertThat(run.err().indexOf(privateUsers(file)))
        .isLessThan(run.err().indexOf("unknown table"));
  }

  /**
   * generate reads the snapshot while the schema loads, yet reports as if one came after the other:
   * warnings before the schema problem they explain, and a broken snapshot before (and instead of)
   * both.
   */
  @Test
  void generateReportsTheSnapshotFirstThenWarningsThenSchemaProblems() throws Exception {
    schema(USERS.formatted("public") + POSTS);
    assertThat(CliRun.in(project, "generate").exitCode()).isZero();
    String referencesPrivateUsers =
        USERS.formatted("private")
            + "  public static final Table POSTS = table(\"posts\",\n"
            + "      column(\"id\", bigint()).primaryKey(),\n"
            + "      column(\"user_id\", bigint()).references(() -> USERS, \"id\"));\n";
    Path file = schema(referencesPrivateUsers);
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err().indexOf(privateUsers(file)))
        .isNotNegative()
        .isLessThan(run.err().indexOf("unknown table public.users"));

    Path snapshot;
    try (var files = Files.list(project.resolve("snapshots"))) {
      snapshot = files.findFirst().orElseThrow();
    }
    Files.writeString(snapshot, "{");
    run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("is corrupt")
        .doesNotContain("warning:")
        .doesNotContain("unknown table");
  }

  @Test
  void theCompilerPathNamesFileAndLineToo() throws Exception {
    Path file =
        schema(
            USERS.formatted("private")
                + "  static Column id() { return column(\"id\", bigint()).primaryKey(); }\n"
                + "  public final Table posts = table(\"posts\", id());\n");
    CliRun run = CliRun.in(project, "export");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains(privateUsers(file))
        .contains(
            "warning: Schema.posts ("
                + file
                + ":7) is not static, so Shale ignores it: declare it public static final");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aPublicStaticFinalSchemaGivesNoWarning() throws Exception {
    schema(USERS.formatted("public") + POSTS);
    CliRun run = CliRun.in(project, "export");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("CREATE TABLE users").contains("CREATE TABLE posts");
  }
}
