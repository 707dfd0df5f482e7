package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.SchemaLoader;
import dev.shale.model.SchemaModel;
import dev.shale.realworld.RealWorldCorpus;
import dev.shale.sql.ScriptSplitter;
import dev.shale.sql.ScriptStatement;
import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.ProjectFiles;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-world corpus ({@link RealWorldCorpus}: {@code realworld/<name>/}, each with its source
 * and licence in {@code SOURCE.md}), on PostgreSQL 17, through the real CLI: the entry's {@code
 * prelude.sql} and {@code schema.sql} are loaded into an empty database; {@code shale pull} of the
 * schemas the schema file made (not those of the prelude, which stands for what the server had
 * before) writes the Java schema, whose warning must equal {@code warning.txt} (what pull leaves
 * unmanaged); {@code shale generate}, compiling the Java with javac, says "No schema changes.";
 * {@code shale export} is applied to another empty database that first gets the prelude and only
 * the schema file's objects of kinds Shale leaves to the user (domains, aggregates, non-enum types,
 * the tables the warning lists as partitioned, partitions, foreign or inheriting: statements of
 * those kinds, taken from the same file); then the two catalogs, limited to the objects the pulled
 * schema declares, must differ exactly by {@code catalog.diff} (absent: equal). An entry that needs
 * an extension the embedded server lacks is reported as aborted, naming the extension, never
 * skipped silently. {@code -Dshale.golden.update=true} rewrites warning.txt and catalog.diff.
 */
class CorpusPullTest {
  private static final Path SOURCES = ProjectFiles.testResources(RealWorldCorpus.RESOURCE_DIR);
  private static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");
  private static final Pattern EXTENSION =
      Pattern.compile(
          "(?i)^\\s*CREATE\\s+EXTENSION\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?([\\w-]+)\"?");
  private static final Pattern CREATE_SCHEMA =
      Pattern.compile("(?i)^\\s*CREATE\\s+SCHEMA\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?([\\w$]+)\"?");

  /** Statements of the kinds Shale does not manage that the managed objects may need. */
  private static final Pattern PRELUDE =
      Pattern.compile("(?is)^\\s*CREATE\\s+(AGGREGATE|TYPE\\s+\\S+\\s+AS\\s+RANGE)");

  @TempDir Path dir;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusSchemaPullsGeneratesNothingAndExportsTheSameCatalog() {
    List<RealWorldCorpus.Entry> entries = RealWorldCorpus.entries();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(8);
    return entries.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e)));
  }

  private void check(RealWorldCorpus.Entry entry) throws Exception {
    String name = entry.name();
    Path sources = SOURCES.resolve(name);
    assertThat(sources.resolve("SOURCE.md")).as("source and licence of " + name).exists();
    String preludeSql = entry.prelude().orElse("");
    String schema = entry.schema();
    long t0 = System.nanoTime();
    try (FreshDatabase input = TestPostgres.freshDatabase();
        FreshDatabase output = TestPostgres.freshDatabase()) {
      Set<String> missing = missingExtensions(input, List.of(preludeSql, schema));
      Assumptions.assumeTrue(
          missing.isEmpty(),
          name
              + " needs the extension(s) "
              + missing
              + ", which the embedded PostgreSQL 17 lacks: not loaded");
      try (Connection c = input.connectSimple()) {
        // One connection: a prelude may set the session's search_path for the schema.
        if (!preludeSql.isEmpty()) {
          TestPostgres.apply(c, preludeSql);
        }
        TestPostgres.apply(c, schema);
      }
      long loaded = System.nanoTime();

      Set<String> preludeSchemas = createdSchemas(preludeSql);
      List<String> pulled = new ArrayList<>(schemasOf(input));
      pulled.removeAll(preludeSchemas);
      Path project = Files.createDirectories(dir.resolve(name));
      Files.writeString(
          project.resolve("shale.toml"),
          "schema = [\"src/main/java/db/*.java\"]\nschemas = ["
              + String.join(", ", pulled.stream().map(s -> "\"" + s + "\"").toList())
              + "]\npgVersion = "
              + entry.minPgVersion()
              + "\n");
      CliRun pull = CliRun.in(project, "pull", "--url", input.uri());
      assertThat(pull.exitCode()).as(pull.toString()).isZero();
      String warning = pull.err().isEmpty() ? null : pull.err();
      golden(sources.resolve("warning.txt"), warning);

      String loader = System.getProperty("shale.loader");
      System.setProperty("shale.loader", "compile");
      CliRun generate;
      try {
        generate = CliRun.in(project, "generate");
      } finally {
        if (loader == null) {
          System.clearProperty("shale.loader");
        } else {
          System.setProperty("shale.loader", loader);
        }
      }
      assertThat(generate.exitCode()).as(generate.toString()).isZero();
      assertThat(generate.out()).as(generate.toString()).contains("No schema changes.");
      long generated = System.nanoTime();

      List<Path> java;
      try (Stream<Path> s = Files.list(project.resolve("src/main/java/db"))) {
        java = s.sorted().toList();
      }
      SchemaModel model = SchemaLoader.fromSources(java, w -> {});

      CliRun export = CliRun.in(project, "export");
      assertThat(export.exitCode()).as(export.toString()).isZero();
      if (!preludeSql.isEmpty()) {
        try (Connection c = output.connectSimple()) {
          TestPostgres.apply(c, preludeSql);
        }
      }
      List<String> statements =
          new ArrayList<>(prelude(schema, unmanagedTables(warning), model.schemas()));
      ScriptSplitter.split(export.out()).forEach(st -> statements.add(st.sql()));
      applyInAnyOrder(output, statements);

      Set<String> managed = managedNames(model);
      String diff =
          CatalogFingerprint.diff(
              only(input.fingerprint(pulled), managed),
              only(output.fingerprint(pulled), managed),
              name,
              "export of pull",
              1);
      System.out.printf(
          "%s: loaded in %d ms, pulled and generated in %d ms, exported and compared in %d ms%n",
          name,
          (loaded - t0) / 1_000_000,
          (generated - loaded) / 1_000_000,
          (System.nanoTime() - generated) / 1_000_000);
      golden(sources.resolve("catalog.diff"), diff.isEmpty() ? null : diff);
    }
  }

  private static void golden(Path file, String actual) throws IOException {
    if (UPDATE) {
      if (actual == null) {
        Files.deleteIfExists(file);
      } else {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    assertThat(actual).as(file.toString()).isEqualTo(expected);
  }

  private static Set<String> missingExtensions(FreshDatabase db, List<String> scripts)
      throws Exception {
    Set<String> needed = new TreeSet<>();
    for (String script : scripts) {
      for (ScriptStatement st : ScriptSplitter.split(script)) {
        Matcher m = EXTENSION.matcher(st.sql());
        if (m.find()) {
          needed.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    Set<String> available = new HashSet<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM pg_available_extensions")) {
      while (rs.next()) {
        available.add(rs.getString(1));
      }
    }
    needed.removeAll(available);
    return needed;
  }

  /** The tables of kinds Shale does not manage (partitioned, partitions, ...) in the warning. */
  private static List<String> unmanagedTables(String warning) {
    List<String> names = new ArrayList<>();
    if (warning != null) {
      Matcher m =
          Pattern.compile(
                  "(?:partition|partitioned table|foreign table|inheriting table) ([^ ,]+\\.[^ ,]+)")
              .matcher(warning);
      while (m.find()) {
        names.add(m.group(1).trim());
      }
    }
    return names;
  }

  /**
   * The statements of the schema file of kinds that Shale leaves to the user, those that create or
   * alter (or index) the tables of {@code tables}, which the user keeps too, and the creation of
   * schemas the model does not declare.
   */
  private static List<String> prelude(String schema, List<String> tables, List<String> declared) {
    List<Pattern> onTables = new ArrayList<>();
    for (String table : tables) {
      String name = Pattern.quote(table);
      String bare = Pattern.quote(table.substring(table.indexOf('.') + 1));
      onTables.add(
          Pattern.compile(
              "(?is)^\\s*(CREATE\\s+TABLE\\s+|ALTER\\s+TABLE\\s+(ONLY\\s+)?|CREATE\\s+(UNIQUE\\s+)?"
                  + "INDEX\\s+\\S+\\s+ON\\s+(ONLY\\s+)?)("
                  + name
                  + "|"
                  + bare
                  + ")[\\s(]"));
    }
    List<String> out = new ArrayList<>();
    for (ScriptStatement st : ScriptSplitter.split(schema)) {
      String sql = st.sql();
      Matcher createSchema = CREATE_SCHEMA.matcher(sql);
      if (onTables.stream().anyMatch(p -> p.matcher(sql).find())
          || PRELUDE.matcher(sql).find()
          || (createSchema.find() && !declared.contains(createSchema.group(1)))) {
        out.add(sql);
      }
    }
    return out;
  }

  /** The schemas a script creates. */
  private static Set<String> createdSchemas(String script) {
    Set<String> names = new TreeSet<>();
    for (ScriptStatement st : ScriptSplitter.split(script)) {
      Matcher m = CREATE_SCHEMA.matcher(st.sql());
      if (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** The database's schemas but the system ones, sorted. */
  private static List<String> schemasOf(FreshDatabase db) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                    + " AND nspname <> 'information_schema' ORDER BY 1")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /**
   * Applies the statements, each on its own, in passes until all have run: the user's functions may
   * need the tables (a row type) and the views the functions, so no one order of the two lists fits
   * every schema. Fails naming what never ran.
   */
  private static void applyInAnyOrder(FreshDatabase db, List<String> statements) throws Exception {
    List<String> pending = new ArrayList<>(statements);
    List<String> errors = new ArrayList<>();
    // One autocommit connection: a failed statement rolls back alone and the next runs.
    try (Connection c = db.connectSimple()) {
      TestPostgres.apply(c, "SET check_function_bodies = false");
      while (!pending.isEmpty()) {
        errors.clear();
        List<String> left = new ArrayList<>();
        for (String sql : pending) {
          try {
            TestPostgres.apply(c, sql);
          } catch (TestPostgres.SqlScriptException e) {
            left.add(sql);
            errors.add(e.getMessage().lines().findFirst().orElse("") + "\n  " + sql);
          }
        }
        if (left.size() == pending.size()) {
          throw new AssertionError("statements that never ran:\n" + String.join("\n", errors));
        }
        pending = left;
      }
    }
  }

  /** The qualified names of what the model declares, as the fingerprint prints them. */
  private static Set<String> managedNames(SchemaModel model) {
    Set<String> names = new HashSet<>();
    model.tables().forEach(t -> names.add(t.name().schema() + "." + t.name().name()));
    model.views().forEach(v -> names.add(v.name().schema() + "." + v.name().name()));
    model.sequences().forEach(s -> names.add(s.name().schema() + "." + s.name().name()));
    model.enums().forEach(e -> names.add(e.name().schema() + "." + e.name().name()));
    model.extensions().forEach(e -> names.add("extension " + e.name()));
    return names;
  }

  /** The fingerprint's schema lines and the blocks of the objects named. */
  private static String only(String fingerprint, Set<String> names) {
    StringBuilder out = new StringBuilder();
    boolean keep = false;
    for (String line : fingerprint.split("\n", -1)) {
      if (!line.isEmpty() && !line.startsWith(" ")) {
        keep =
            line.startsWith("schema ")
                || line.startsWith("routine ")
                || (line.startsWith("extension ")
                    ? names.contains(line.substring(0, line.indexOf(" in ")))
                    : Stream.of(line.split(" ")).anyMatch(names::contains));
      }
      if (keep) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}
