package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.ProjectFiles;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example: its migrations build the declared schema, and generate finds nothing to do.
 */
class ExampleProjectTest {
  private static final Path ROOT = ProjectFiles.root();

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty("shale.cache.dir", ROOT.resolve("target/test-compile-cache").toString());
  }

  @Test
  void generateAtTheRepositoryRootReportsNoChanges() {
    CliRun run = CliRun.raw("-C", ROOT.toString(), "generate", "--dry-run");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("No schema changes.\n");
  }

  @Test
  void theExampleHasThreeOrMoreGeneratedMigrationsThatBuildTheDeclaredSchema() throws Exception {
    List<Path> migrations;
    try (Stream<Path> files = Files.list(ROOT.resolve("migrations-example"))) {
      migrations = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertThat(migrations).hasSizeGreaterThanOrEqualTo(3);
    CliRun export = CliRun.raw("-C", ROOT.toString(), "export");
    assertThat(export.exitCode()).as(export.toString()).isZero();
    try (FreshDatabase migrated = TestPostgres.freshDatabase();
        FreshDatabase exported = TestPostgres.freshDatabase()) {
      for (Path migration : migrations) {
        String sql = Files.readString(migration);
        assertThat(sql.replaceFirst("^-- shale:no-transaction\n", "")).startsWith("-- Migration ");
        if (dev.shale.sql.MigrationScript.isNoTransaction(sql)) {
          // as migrate runs it: statement by statement, outside a transaction
          for (var statement : dev.shale.sql.ScriptSplitter.split(sql)) {
            migrated.apply(statement.sql());
          }
        } else {
          migrated.apply(sql);
        }
      }
      exported.apply(export.out());
      CatalogFingerprint.assertEqual(exported.fingerprint(), migrated.fingerprint());
    }
  }

  @Test
  void theExampleMigratesAnEmptyDatabaseAndStatusThenShowsAllApplied() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      CliRun migrate = CliRun.raw("-C", ROOT.toString(), "migrate", "--url", db.uri());
      assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
      long files;
      try (Stream<Path> all = Files.list(ROOT.resolve("migrations-example"))) {
        files = all.filter(p -> p.toString().endsWith(".sql")).count();
      }
      assertThat(migrate.out()).contains("Applied " + files + " migrations in");

      CliRun status = CliRun.raw("-C", ROOT.toString(), "status", "--url", db.uri());
      assertThat(status.exitCode()).as(status.toString()).isZero();
      assertThat(status.out()).endsWith(files + " applied.\n");

      CliRun export = CliRun.raw("-C", ROOT.toString(), "export");
      try (FreshDatabase exported = TestPostgres.freshDatabase()) {
        exported.apply(export.out());
        CatalogFingerprint.assertEqual(
            exported.fingerprint(List.of("public")), db.fingerprint(List.of("public")));
      }
    }
  }
}
