package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 10: a table keeps its TOAST table, and the toast.* parameters on it, after its last
 * TOAST-able column is dropped. Pull must still write a schema that loads ("No schema changes."
 * after pull), not one that the toast.* check refuses.
 */
class Review10PullToastTest {
  @TempDir Path project;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @Test
  void pullOfATableWhoseToastableColumnWasDroppedLoads() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(
          "CREATE TABLE a (id bigint PRIMARY KEY, body text)"
              + " WITH (toast.autovacuum_enabled = false);\n"
              + "ALTER TABLE a DROP COLUMN body;");
      Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
      CliRun pull = CliRun.in(project, "pull", "--url", db.uri());
      assertThat(pull.exitCode()).as(pull.toString()).isZero();
      CliRun generate = CliRun.in(project, "generate");
      assertThat(generate.exitCode()).as(generate.toString()).isZero();
      assertThat(generate.out()).contains("No schema changes.");
    }
  }
}
