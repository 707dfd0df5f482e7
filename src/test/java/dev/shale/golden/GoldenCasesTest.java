package dev.shale.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.Change;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.SchemaDiff;
import dev.shale.loader.SchemaLoader;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.Statement;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden diff cases, migra-style: {@code cases/<name>/{before,after}.java} and {@code
 * expected.sql}, with optional {@code renames.txt}/{@code creates.txt} holding the answers. Each
 * case's SQL must equal expected.sql, must run on PostgreSQL 17 after export(before), and must
 * leave the catalog export(after) builds. Run with {@code -Dshale.golden.update=true} to rewrite
 * expected.sql files (then review the git diff).
 */
class GoldenCasesTest {
  private static final Path CASES = Path.of("src", "test", "resources", "cases");
  private static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CASES)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws Exception {
    SchemaModel before = SchemaLoader.fromSources(List.of(dir.resolve("before.java")));
    SchemaModel after = SchemaLoader.fromSources(List.of(dir.resolve("after.java")));
    RenameAnswers answers =
        RenameAnswers.parse(lines(dir.resolve("renames.txt")), lines(dir.resolve("creates.txt")));
    List<Change> changes = SchemaDiff.diff(before, after, answers);
    List<Statement> statements = StatementPlanner.plan(changes);
    String actual =
        statements.isEmpty()
            ? "-- No schema changes.\n"
            : MigrationScript.render(dir.getFileName().toString(), statements);
    Path expectedFile = dir.resolve("expected.sql");
    if (UPDATE || !Files.exists(expectedFile)) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(expectedFile, StandardCharsets.UTF_8),
        actual,
        dir + ": generated SQL differs from expected.sql");

    String exportBefore = MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(before)));
    String exportAfter = MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(after)));
    try (FreshDatabase migrated = TestPostgres.freshDatabase();
        FreshDatabase direct = TestPostgres.freshDatabase()) {
      if (!exportBefore.isBlank()) {
        migrated.apply(exportBefore);
      }
      if (MigrationScript.enumValueUsedInSameMigration(statements) != null) {
        assertThat(actual).startsWith(MigrationScript.NO_TRANSACTION + "\n");
        for (Statement statement : statements) {
          migrated.apply(statement.sql());
        }
      } else if (!statements.isEmpty()) {
        migrated.apply(actual);
      }
      if (!exportAfter.isBlank()) {
        direct.apply(exportAfter);
      }
      CatalogFingerprint.assertEqual(
          direct.fingerprint(),
          migrated.fingerprint(),
          dir + ": migrating does not reach export(after)");
    }
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }
}
