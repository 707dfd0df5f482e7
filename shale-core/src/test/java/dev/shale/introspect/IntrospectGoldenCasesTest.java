package dev.shale.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shale.diff.SchemaDiff;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.GoldenCase;
import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case's before.java and after.java, loaded, exported into an empty database and
 * introspected, gives back the model it was loaded as: on PostgreSQL 17 for every case, on 14 and
 * 18 for a sample (every tenth case, those that the case's pgversion.txt allows).
 *
 * <p>Exactly, except for text the server rewrites in a way no reading can undo ({@code BETWEEN},
 * {@code GROUP BY 1}, {@code SELECT *}, comments, {@code interval '1 hour'}, a cast the user chose
 * to write): there only SQL text may differ, and the text read back must mean the same, which the
 * server decides: exported, it builds the catalog S builds, and it reads back as itself.
 */
class IntrospectGoldenCasesTest {
  /** On the other versions, every this-many-th case. */
  private static final int SAMPLE_EVERY = 10;

  private static final Map<PgVersion, Lab> LABS = new TreeMap<>();

  /** Fields that hold SQL text the server keeps only as a parse tree. */
  private static final java.util.regex.Pattern TEXT_FIELD =
      java.util.regex.Pattern.compile(
          "^\\S*\\.(defaultExpression|generatedExpression|expression|where|query|using|withCheck):"
              + " .*",
          java.util.regex.Pattern.DOTALL);

  /** Schemas read back exactly, and those whose text the server rewrote, for the summary. */
  private static final List<String> EXACT = new java.util.concurrent.CopyOnWriteArrayList<>();

  private static final List<String> REWRITTEN = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @AfterAll
  static void summary() {
    System.out.println(
        "IntrospectGoldenCasesTest: "
            + EXACT.size()
            + " schemas read back exactly, "
            + REWRITTEN.size()
            + " with server-rewritten text that means the same: "
            + REWRITTEN);
  }

  @AfterAll
  static void close() throws Exception {
    for (Lab lab : LABS.values()) {
      lab.close();
    }
    LABS.clear();
  }

  /** One database per version, emptied before each schema, and a connection to it. */
  private record Lab(FreshDatabase db, Connection scripts, Connection queries)
      implements AutoCloseable {
    static Lab open(PgVersion version) {
      FreshDatabase db = TestPostgres.freshDatabase(version);
      return new Lab(db, db.connectSimple(), db.connect());
    }

    @Override
    public void close() throws Exception {
      scripts.close();
      queries.close();
      db.close();
    }
  }

  static List<Object[]> cases() throws Exception {
    List<Path> folders = GoldenCase.folders();
    List<Object[]> runs = new ArrayList<>();
    for (PgVersion version : TestPostgres.versions()) {
      for (int i = 0; i < folders.size(); i++) {
        boolean supported = version.atLeast(GoldenCase.options(folders.get(i)).pgVersion());
        if (supported && (version == PgVersion.DEFAULT || i % SAMPLE_EVERY == 0)) {
          runs.add(new Object[] {version, folders.get(i).getFileName().toString(), folders.get(i)});
        }
      }
    }
    return runs;
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void introspectionGivesBackTheLoadedModel(PgVersion version, String name, Path dir)
      throws Exception {
    GoldenCase.States states = GoldenCase.states(dir);
    for (String file : List.of("before.java", "after.java")) {
      SchemaModel declared = file.equals("before.java") ? states.before() : states.after();
      String what = name + "/" + file + " on " + version;
      Introspection read = roundTrip(version, declared, what);
      List<String> differences =
          ModelDifference.between(declared, read.model().relaxedLike(declared));
      if (differences.isEmpty()) {
        EXACT.add(what);
        continue;
      }
      List<String> notText =
          differences.stream().filter(d -> !TEXT_FIELD.matcher(d).matches()).toList();
      if (!notText.isEmpty()) {
        fail(
            what
                + ": introspect(apply(export(S))) differs from S:\n"
                + String.join("\n", differences));
      }
      String catalog = LABS.get(version).db().fingerprint();
      Introspection again = roundTrip(version, read.model(), what + " (read back)");
      assertEquals(
          catalog,
          LABS.get(version).db().fingerprint(),
          what
              + ": the text read back builds another catalog than S's text:\n"
              + String.join("\n", differences));
      assertEquals(
          List.of(),
          ModelDifference.between(read.model(), again.model()),
          what + ": the text read back does not read back as itself");
      REWRITTEN.add(what + " " + differences.size());
    }
  }

  /** export(declared) applied to the version's emptied database, then introspected. */
  static Introspection roundTrip(PgVersion version, SchemaModel declared, String what) {
    Lab lab = LABS.computeIfAbsent(version, Lab::open);
    TestPostgres.apply(lab.scripts(), lab.db().clearScript());
    String export =
        MigrationScript.plain(
            StatementPlanner.plan(
                SchemaDiff.create(declared), new PlanOptions(version.major(), false)));
    if (!export.isBlank()) {
      try {
        TestPostgres.apply(lab.scripts(), export);
      } catch (AssertionError e) {
        throw new AssertionError(what + ": export failed\n" + export + "\n" + e.getMessage(), e);
      }
    }
    List<String> schemas = new ArrayList<>(declared.schemas());
    schemas.add("public");
    return Introspector.read(lab.queries(), new IntrospectionFilter(schemas, List.of(), null));
  }
}
