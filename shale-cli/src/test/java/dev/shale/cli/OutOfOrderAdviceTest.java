package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration merged from another branch, older than one already applied: {@code migrate} says
 * exactly what to do, and doing it works.
 */
class OutOfOrderAdviceTest {
  @TempDir Path main;
  @TempDir Path branch;
  private FreshDatabase db;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @BeforeEach
  void setUp() {
    db = TestPostgres.freshDatabase();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private static void schema(Path project, String... tables) throws IOException {
    TableSchema.write(project, List.of(tables));
  }

  private static CliRun ok(Path project, String... args) {
    CliRun run = CliRun.in(project, args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  private static List<String> stems(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString().replaceFirst("\\.[a-z]+$", ""))
          .sorted()
          .toList();
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  @Test
  void theRefusalNamesBothFilesAndRegeneratingPutsTheMigrationAfterTheNewest() throws Exception {
    schema(main, "a");
    ok(main, "generate");
    copyFolder(main.resolve("migrations"), branch.resolve("migrations"));
    copyFolder(main.resolve("snapshots"), branch.resolve("snapshots"));
    // the other branch adds b first; this one adds c later, and migrates it
    schema(branch, "a", "b");
    ok(branch, "generate");
    String b = stems(branch.resolve("migrations")).get(1);
    schema(main, "a", "c");
    ok(main, "generate");
    String c = stems(main.resolve("migrations")).get(1);
    assertThat(b).endsWith("_create_b").isLessThan(c);
    ok(main, "migrate", "--url", db.uri());
    // the merge brings b's migration and snapshot, and b into the schema
    Files.copy(
        branch.resolve("migrations/" + b + ".sql"), main.resolve("migrations/" + b + ".sql"));
    Files.copy(
        branch.resolve("snapshots/" + b + ".json"), main.resolve("snapshots/" + b + ".json"));
    schema(main, "a", "b", "c");

    CliRun refused = CliRun.in(main, "migrate", "--url", db.uri());

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err())
        .contains(b + " is not applied, but the newer " + c + " is")
        .contains("`shale migrate --allow-out-of-order`")
        .contains(
            "delete migrations/"
                + b
                + ".sql and its snapshot "
                + b
                + ".json (in the snapshots folder), then run `shale generate`")
        .contains("`shale generate --custom --name create_b`")
        .contains("Renaming the two files is not enough");

    // doing what it says
    Files.delete(main.resolve("migrations/" + b + ".sql"));
    Files.delete(main.resolve("snapshots/" + b + ".json"));
    ok(main, "generate");
    List<String> after = stems(main.resolve("migrations"));
    assertThat(after).hasSize(3);
    assertThat(after.get(2)).endsWith("_create_b").isGreaterThan(c);
    assertThat(stems(main.resolve("snapshots"))).isEqualTo(after);
    ok(main, "migrate", "--url", db.uri());
    CliRun status = ok(main, "status", "--url", db.uri());
    assertThat(status.out()).endsWith("3 applied.\n");
    assertThat(ok(main, "generate").out()).isEqualTo("No schema changes.\n");
  }
}
