package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code schema} globs of shale.toml, through {@code shale export}. */
class SchemaGlobTest {
  @TempDir Path project;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  private void source(String path, String className, String table) throws Exception {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\npublic final class "
            + className
            + " {\n  public static final Table T = table(\""
            + table
            + "\", column(\"id\", bigint()).primaryKey());\n}\n");
  }

  private CliRun export(String glob) throws Exception {
    Files.writeString(project.resolve("shale.toml"), "schema = [\"" + glob + "\"]\n");
    return CliRun.in(project, "export");
  }

  @Test
  void doubleStarSlashMatchesZeroOrMoreDirectories() throws Exception {
    source("src/db/Schema.java", "Schema", "top_level");
    source("src/db/billing/Billing.java", "Billing", "one_down");
    source("src/db/billing/eu/Vat.java", "Vat", "two_down");
    Files.writeString(project.resolve("src/db/notes.txt"), "not a schema");

    CliRun run = export("src/db/**/*.java");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("CREATE TABLE top_level")
        .contains("CREATE TABLE one_down")
        .contains("CREATE TABLE two_down");
  }

  @Test
  void doubleStarSlashAtTheStartAndTwiceInOnePattern() throws Exception {
    source("Schema.java", "Schema", "at_root");
    source("a/x/b/Deep.java", "Deep", "deep");
    source("a/b/Flat.java", "Flat", "flat");

    CliRun fromRoot = export("**/*.java");
    assertThat(fromRoot.exitCode()).as(fromRoot.toString()).isZero();
    assertThat(fromRoot.out()).contains("at_root").contains("deep").contains("flat");

    CliRun twice = export("**/a/**/b/*.java");
    assertThat(twice.exitCode()).as(twice.toString()).isZero();
    assertThat(twice.out()).contains("deep").contains("flat").doesNotContain("at_root");
  }

  @Test
  void aGlobThatMatchesNothingIsNamed() throws Exception {
    source("src/db/Schema.java", "Schema", "t");

    CliRun run = export("src/model/**/*.java");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("match no file").contains("src/model/**/*.java");
  }
}
