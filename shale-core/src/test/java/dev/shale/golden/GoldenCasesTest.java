package dev.shale.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.Change;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.SchemaDiff;
import dev.shale.model.SchemaModel;
import dev.shale.model.VersionRequirements;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.GoldenCase;
import dev.shale.testing.PgVersion;
import dev.shale.testing.PlanApplier;
import dev.shale.testing.ProjectFiles;
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
 * expected.sql}, with optional {@code renames.txt}/{@code creates.txt} holding the answers and
 * {@code pgversion.txt} the target version when it must be newer than 14. Each case's SQL (online,
 * and {@code expected-simple.sql} for --simple) must equal the expected file, must run on
 * PostgreSQL 17 after export(before), step by step, with each step's snapshot matching the database
 * after it, and must leave the catalog export(after) builds; the online plan must also do so on
 * PostgreSQL 14 (unless the case targets a newer version) and 18. Run with {@code
 * -Dshale.golden.update=true} to rewrite expected.sql files (then review the git diff), with {@code
 * -Dshale.golden.only=prefix,…} to run only the cases whose names start so.
 */
class GoldenCasesTest {
  private static final Path CASES = ProjectFiles.testResources("cases");
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
    String only = System.getProperty("shale.golden.only");
    if (only != null) {
      List<String> names = List.of(only.split(","));
      cases =
          cases.stream()
              .filter(c -> names.stream().anyMatch(n -> c.getFileName().toString().startsWith(n)))
              .toList();
    }
    // The cases are independent (each works in databases of its own): they run on a few threads
    // as soon as the factory is called, and each dynamic test reports its own case's outcome.
    List<Path> chosen = cases;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(THREADS, daemon());
    List<java.util.concurrent.Future<?>> runs =
        chosen.stream()
            .map(
                dir ->
                    pool.submit(
                        () -> {
                          check(dir);
                          return null;
                        }))
            .collect(java.util.stream.Collectors.toList());
    pool.shutdown();
    return java.util.stream.IntStream.range(0, chosen.size())
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    chosen.get(i).getFileName().toString(), () -> outcome(runs.get(i))));
  }

  /** Threads for the cases: two per core, as each spends much of its time waiting on a server. */
  private static final int THREADS =
      Integer.getInteger(
          "shale.golden.threads", Math.min(4, 2 * Runtime.getRuntime().availableProcessors()));

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "golden-case");
      t.setDaemon(true);
      return t;
    };
  }

  private static void outcome(java.util.concurrent.Future<?> run) throws Throwable {
    try {
      run.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause();
    }
  }

  private static void check(Path dir) throws Exception {
    GoldenCase.States states = GoldenCase.states(dir);
    SchemaModel before = states.before();
    SchemaModel after = states.after();
    RenameAnswers answers =
        RenameAnswers.parse(lines(dir.resolve("renames.txt")), lines(dir.resolve("creates.txt")));
    PlanOptions options = options(dir);
    List<Change> changes = SchemaDiff.diff(before, after, answers, options.pgVersion());
    String name = dir.getFileName().toString();
    assertEquals(
        List.of(),
        VersionRequirements.problems(after, options.pgVersion()),
        dir + ": the case needs a newer PostgreSQL: say which in pgversion.txt");
    List<MigrationPlanner.Step> online = MigrationPlanner.plan(before, after, changes, options);
    List<MigrationPlanner.Step> simple =
        MigrationPlanner.plan(before, after, changes, options.withOnline(false));
    String onlineText = render(name, online);
    String simpleText = render(name, simple);
    Path expectedFile = dir.resolve("expected.sql");
    Path expectedSimple = dir.resolve("expected-simple.sql");
    if (UPDATE || !Files.exists(expectedFile)) {
      Files.writeString(expectedFile, onlineText, StandardCharsets.UTF_8);
      if (simpleText.equals(onlineText)) {
        Files.deleteIfExists(expectedSimple);
      } else {
        Files.writeString(expectedSimple, simpleText, StandardCharsets.UTF_8);
      }
    }
    assertEquals(
        Files.readString(expectedFile, StandardCharsets.UTF_8),
        onlineText,
        dir + ": generated SQL differs from expected.sql");
    assertEquals(
        Files.exists(expectedSimple)
            ? Files.readString(expectedSimple, StandardCharsets.UTF_8)
            : onlineText,
        simpleText,
        dir
            + ": generate --simple differs from "
            + (Files.exists(expectedSimple) ? "expected-simple.sql" : "expected.sql"));

    String exportBefore = MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(before)));
    String exportAfter = MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(after)));
    String target;
    try (FreshDatabase direct = TestPostgres.freshDatabase()) {
      if (!exportAfter.isBlank()) {
        direct.apply(exportAfter);
      }
      target = direct.fingerprint();
    }
    for (List<MigrationPlanner.Step> steps :
        simpleText.equals(onlineText) ? List.of(online) : List.of(online, simple)) {
      try (FreshDatabase migrated = TestPostgres.freshDatabase()) {
        if (!exportBefore.isBlank()) {
          migrated.apply(exportBefore);
        }
        for (int i = 0; i < steps.size(); i++) {
          PlanApplier.apply(migrated, steps.get(i));
          if (i < steps.size() - 1) {
            assertSnapshotHolds(dir, steps.get(i), migrated.fingerprint());
          }
        }
        CatalogFingerprint.assertEqual(
            target,
            migrated.fingerprint(),
            dir
                + (steps == simple ? " (--simple)" : "")
                + ": migrating does not reach export(after)");
      }
    }
    for (PgVersion version : TestPostgres.versions()) {
      if (version != PgVersion.DEFAULT && version.atLeast(options.pgVersion())) {
        checkOn(version, dir, exportBefore, online, exportAfter);
      }
    }
  }

  /**
   * The online plan, written for the case's pgVersion, runs on another server version of the
   * supported range too and reaches there what export(after) builds there.
   */
  private static void checkOn(
      PgVersion version,
      Path dir,
      String exportBefore,
      List<MigrationPlanner.Step> steps,
      String exportAfter) {
    try (FreshDatabase migrated = TestPostgres.freshDatabase(version);
        FreshDatabase direct = TestPostgres.freshDatabase(version)) {
      if (!exportBefore.isBlank()) {
        migrated.apply(exportBefore);
      }
      PlanApplier.apply(migrated, steps);
      if (!exportAfter.isBlank()) {
        direct.apply(exportAfter);
      }
      CatalogFingerprint.assertEqual(
          direct.fingerprint(),
          migrated.fingerprint(),
          dir + " on " + version + ": migrating does not reach export(after)");
    }
  }

  /**
   * The snapshot written with a step describes the database after it: export(snapshot) gives the
   * same catalog, but for the validity of constraints added NOT VALID (a snapshot does not model
   * it; the next step validates them).
   */
  private static void assertSnapshotHolds(Path dir, MigrationPlanner.Step step, String actual) {
    String export = MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(step.after())));
    try (FreshDatabase expected = TestPostgres.freshDatabase()) {
      if (!export.isBlank()) {
        expected.apply(export);
      }
      CatalogFingerprint.assertEqual(
          withoutValidity(expected.fingerprint()),
          withoutValidity(actual),
          dir + ": the snapshot of step " + step.stage() + " differs from the database after it");
    }
  }

  private static String withoutValidity(String fingerprint) {
    return fingerprint.replace(" NOT VALID", "").replace(" [not valid]", "");
  }

  /** Online, for PostgreSQL 14 unless the case's pgversion.txt names a newer target. */
  private static PlanOptions options(Path dir) throws IOException {
    List<String> version = lines(dir.resolve("pgversion.txt"));
    return version.isEmpty()
        ? PlanOptions.DEFAULT
        : new PlanOptions(Integer.parseInt(version.get(0)), true);
  }

  private static String render(String name, List<MigrationPlanner.Step> steps) {
    return steps.isEmpty() ? "-- No schema changes.\n" : PlanApplier.render(name, steps);
  }

  private static List<String> lines(Path file) throws IOException {
    return dev.shale.testing.GoldenCase.lines(file);
  }
}
