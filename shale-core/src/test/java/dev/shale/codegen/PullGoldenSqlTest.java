package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.SchemaDiff;
import dev.shale.introspect.Introspection;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.introspect.Introspector;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.ProjectFiles;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden pull cases from SQL, on PostgreSQL 17: {@code pull/<name>/input.sql} is applied to an
 * empty database, which is introspected (the filter: {@code schemas} and {@code tables} of {@code
 * options.properties}, default every schema) and written as Java ({@code package}, {@code class}).
 *
 * <ul>
 *   <li>the Java files equal {@code expected/} byte for byte (the same folder that {@link
 *       CodegenGoldenTest} checks against {@code input.java} when the case has both), or {@code
 *       expected-sql/} where the DSL case keeps text the server rewrites ({@code ''::text} is read
 *       back as {@code defaultValue("")}, a view's query as the server prints it);
 *   <li>the introspection warning equals {@code warning.txt} (none when the file is absent): what
 *       the model cannot hold is listed there, never dropped silently;
 *   <li>the expected files compile with javac and load (by the loader's usual path) to exactly the
 *       introspected model, so {@code shale generate} after pull finds no change;
 *   <li>the export of that model, applied to another empty database, builds the catalog that {@code
 *       input.sql} built ({@link CatalogFingerprint}), after {@code export-prelude.sql} when the
 *       case has one (objects Shale leaves to the user, such as a domain that a column uses); where
 *       the model cannot hold something, {@code catalog.diff} is the exact difference, from the
 *       input's catalog to the export's.
 * </ul>
 *
 * Run with {@code -Dshale.golden.update=true} to rewrite {@code expected/}, {@code warning.txt} and
 * {@code catalog.diff} (then review the git diff).
 */
class PullGoldenSqlTest {
  static final Path CASES = ProjectFiles.testResources("pull");
  private static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");

  private static FreshDatabase input;
  private static FreshDatabase export;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    Reload.cacheInTarget();
    input = TestPostgres.freshDatabase();
    export = TestPostgres.freshDatabase();
  }

  @AfterAll
  static void stop() {
    input.close();
    export.close();
  }

  static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("input.sql"))).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> goldenPullCasesFromSql() throws IOException {
    List<Path> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private void check(Path caseDir) throws Exception {
    Properties options = options(caseDir);
    input.clear();
    export.clear();
    input.apply(Files.readString(caseDir.resolve("input.sql")));
    Introspection read;
    try (Connection c = input.connect()) {
      read = Introspector.read(c, filter(options));
    }
    SchemaModel model = read.unpinnedModel();

    String warning = read.warning() == null ? null : read.warning() + "\n";
    Path warningFile = caseDir.resolve("warning.txt");
    if (UPDATE) {
      write(warningFile, warning);
    }
    assertThat(warning).as("warning.txt").isEqualTo(readOrNull(warningFile));

    List<GeneratedSource> sources =
        JavaCodegen.generate(
            model,
            new CodegenOptions(options.getProperty("package", ""), options.getProperty("class")));
    Path expectedDir =
        caseDir.resolve(
            Files.isDirectory(caseDir.resolve("expected-sql")) ? "expected-sql" : "expected");
    if (UPDATE) {
      CodegenGoldenTest.rewrite(expectedDir, sources);
    }
    Map<String, String> actual = new TreeMap<>();
    sources.forEach(s -> actual.put(s.path().toString().replace('\\', '/'), s.text()));
    Map<String, String> expected = CodegenGoldenTest.read(expectedDir);
    assertThat(actual).isEqualTo(expected);

    List<GeneratedSource> files =
        expected.entrySet().stream()
            .map(e -> new GeneratedSource(Path.of(e.getKey()), e.getValue()))
            .toList();
    assertThat(Reload.compile(files, dir.resolve("javac"))).isEqualTo(model);
    SchemaModel loaded = Reload.load(files, dir.resolve("loader"));
    assertThat(loaded).isEqualTo(model);
    assertThat(SchemaDiff.diff(model, loaded, dev.shale.diff.RenameAnswers.NONE))
        .as("generate after pull")
        .isEmpty();

    String ddl =
        MigrationScript.plain(
            StatementPlanner.plan(SchemaDiff.create(loaded), new PlanOptions(17, false)));
    Path prelude = caseDir.resolve("export-prelude.sql");
    if (Files.exists(prelude)) {
      export.apply(Files.readString(prelude));
    }
    if (!ddl.isBlank()) {
      export.apply(ddl);
    }
    List<String> schemas = schemas(options);
    String diff =
        CatalogFingerprint.diff(
            input.fingerprint(schemas), export.fingerprint(schemas), "input.sql", "export", 1);
    Path diffFile = caseDir.resolve("catalog.diff");
    if (UPDATE) {
      write(diffFile, diff.isEmpty() ? null : diff);
    }
    assertThat(diff.isEmpty() ? null : diff).as("catalog.diff").isEqualTo(readOrNull(diffFile));
  }

  static IntrospectionFilter filter(Properties options) {
    return new IntrospectionFilter(
        list(options.getProperty("schemas", "*")), list(options.getProperty("tables", "")), null);
  }

  /** The schemas the fingerprints compare: every one, unless the case names some. */
  private static List<String> schemas(Properties options) {
    String schemas = options.getProperty("schemas");
    return schemas == null || schemas.contains("*") || schemas.contains("!") ? null : list(schemas);
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static Properties options(Path caseDir) throws IOException {
    Properties properties = new Properties();
    Path file = caseDir.resolve("options.properties");
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  private static String readOrNull(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
  }

  private static void write(Path file, String text) throws IOException {
    if (text == null) {
      Files.deleteIfExists(file);
    } else {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }
}
