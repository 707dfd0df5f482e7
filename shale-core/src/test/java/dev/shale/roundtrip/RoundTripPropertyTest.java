package dev.shale.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.HistoryTable;
import dev.shale.db.MigrateOptions;
import dev.shale.diff.Change;
import dev.shale.diff.DecisionsNeededException;
import dev.shale.diff.Expansions;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.RenameQuestion;
import dev.shale.diff.SchemaDiff;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.introspect.Introspector;
import dev.shale.introspect.ModelDifference;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.VersionRequirements;
import dev.shale.push.Push;
import dev.shale.push.PushScript;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.Statement;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.PgVersion;
import dev.shale.testing.PlanApplier;
import dev.shale.testing.RowFiller;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The backbone: for a random schema A and a random edit B, applying export(A) then diff(A, B) must
 * leave the same catalog as applying export(B), on empty tables and on tables that hold rows (the
 * plan's zero-downtime form; on a quarter of the pairs also its simple form). With rows, one more
 * row then goes into every table, identity and serial columns taking their defaults: a sequence
 * left behind the rows collides. A table whose definition only changed names must be renamed, not
 * have indexes, constraints or columns dropped (neither as a change nor in a statement). Also:
 * diff(B, B) is empty, and B survives its snapshot JSON unchanged. Introspection reads back exactly
 * the model: {@code introspect(apply(export(A))).equals(A)}, and the same for B. On a quarter of
 * the pairs, push(A → B) with the engine {@code shale push} runs ({@link Push}), on export(A)
 * holding rows, leaves a database that introspects to B (as the shadow reads it, when it is
 * needed), and a second push finds nothing.
 *
 * <p>Expand and contract: on {@value #REPLACING} of the pairs, B also replaces a column of a table
 * A holds ({@link ColumnReplacements}: a rename, a type change by cast or by a using expression).
 * Every property above then holds for target = {@code Expansions.target(A, B)} (what generate diffs
 * against, the pair of old and new column beside each other) in place of B, push taking B as
 * declared; and {@link ExpandContractTrip} checks the rows through the expand and the contract that
 * follows it.
 *
 * <p>Plans are written for the PostgreSQL they run on ({@code PlanOptions(pgVersion, online)}), and
 * schemas hold only what that version has ({@link VersionRequirements}): {@value #TRIES} pairs on
 * PostgreSQL 17, a sample of {@value #SAMPLE} on 14 and on 18, each version skipped when {@code
 * -Dshale.pg.versions} leaves it out.
 *
 * <p>A failure names its seed and version; replay it alone with {@code mvn -B test -pl shale-core
 * -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=RoundTripReplayTest -Dshale.pg.versions=17
 * -Dshale.roundtrip.seed=SEED} (several seeds: comma-separated; without {@code shale.pg.versions},
 * on every version).
 */
class RoundTripPropertyTest {
  /** What the row filler could not satisfy, over all tries, by kind. */
  private static final Map<String, AtomicInteger> SKIPS = new ConcurrentHashMap<>();

  private static final AtomicInteger FILLED_TABLES = new AtomicInteger();
  private static final AtomicInteger EMPTY_TABLES = new AtomicInteger();
  private static final AtomicInteger ROWS = new AtomicInteger();
  private static final AtomicInteger EXTRA_ROWS = new AtomicInteger();
  private static final AtomicInteger SIMPLE_RUNS = new AtomicInteger();
  private static final AtomicInteger RENAMED_TABLES = new AtomicInteger();
  private static final AtomicInteger VALUE_RENAMES = new AtomicInteger();
  private static final AtomicInteger PUSHES = new AtomicInteger();

  /** Domain and composite changes diffed, and columns of them in A (which hold rows). */
  private static final AtomicInteger USER_TYPE_CHANGES = new AtomicInteger();

  private static final AtomicInteger USER_TYPE_COLUMNS = new AtomicInteger();

  /** Sequences owned by a column in A, and changes of ownership diffed (set, released, dropped). */
  private static final AtomicInteger OWNED_SEQUENCES = new AtomicInteger();

  private static final AtomicInteger OWNERSHIP_CHANGES = new AtomicInteger();

  /** Columns replaced by expand and contract, in a table holding rows or left empty. */
  private static final AtomicInteger REPLACED_WITH_ROWS = new AtomicInteger();

  private static final AtomicInteger REPLACED_EMPTY = new AtomicInteger();

  /** How often a pair's second schema also replaces a column by expand and contract. */
  static final double REPLACING = 0.3;

  /** Pairs on {@link PgVersion#DEFAULT}, which the whole suite runs on. */
  static final int TRIES = 200;

  /** Pairs on the oldest and the newest version: a sample, to keep {@code mvn verify} short. */
  static final int SAMPLE = 25;

  @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
  @OnPostgres(PgVersion.V17)
  void migratingAtoBLeavesTheCatalogOfB(@ForAll long seed) throws Exception {
    roundTrip(PgVersion.V17, seed);
  }

  @Property(tries = SAMPLE, shrinking = ShrinkingMode.OFF)
  @OnPostgres(PgVersion.V14)
  void onTheOldestPostgres(@ForAll long seed) throws Exception {
    roundTrip(PgVersion.V14, seed);
  }

  @Property(tries = SAMPLE, shrinking = ShrinkingMode.OFF)
  @OnPostgres(PgVersion.V18)
  void onTheNewestPostgres(@ForAll long seed) throws Exception {
    roundTrip(PgVersion.V18, seed);
  }

  /** A property that runs on one server version, skipped when -Dshale.pg.versions leaves it out. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @AddLifecycleHook(OnPostgres.SkipUnlessChosen.class)
  @interface OnPostgres {
    PgVersion value();

    final class SkipUnlessChosen implements SkipExecutionHook {
      @Override
      public SkipResult shouldBeSkipped(LifecycleContext context) {
        PgVersion version = context.findAnnotation(OnPostgres.class).orElseThrow().value();
        return TestPostgres.versions().contains(version)
            ? SkipResult.doNotSkip()
            : SkipResult.skip(TestPostgres.VERSIONS_PROPERTY + " leaves out " + version);
      }
    }
  }

  /**
   * A database that tries reuse, with two connections kept open: one for scripts (simple query
   * protocol, so that a failure names its line), one for queries. A new connection per statement
   * would cost a server process with cold catalog caches each time.
   */
  record Slot(FreshDatabase db, Connection scripts, Connection queries) {
    static Slot open(PgVersion version) {
      FreshDatabase db = TestPostgres.freshDatabase(version);
      return new Slot(db, db.connectSimple(), db.connect());
    }

    void apply(String sql, String context) {
      if (sql.isBlank()) {
        return;
      }
      try {
        TestPostgres.apply(scripts, sql);
      } catch (AssertionError e) {
        throw new AssertionError(context + "\n" + e.getMessage(), e);
      }
    }

    String fingerprint() {
      try {
        return CatalogFingerprint.of(queries);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    void close() {
      try {
        scripts.close();
        queries.close();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      } finally {
        db.close();
      }
    }
  }

  /**
   * The databases every try on a version uses (B built directly, A migrated on empty tables, with
   * rows, with rows in the simple form), emptied before each use: cheaper than four new databases
   * per try.
   */
  private static final Map<PgVersion, Slot[]> DATABASES = new EnumMap<>(PgVersion.class);

  private static Slot database(PgVersion version, int i) {
    Slot[] slots = DATABASES.computeIfAbsent(version, v -> new Slot[6]);
    if (slots[i] == null) {
      slots[i] = Slot.open(version);
    } else {
      slots[i].apply(slots[i].db().clearScript(), "clearing the database");
    }
    return slots[i];
  }

  @AfterContainer
  static void dropDatabases() {
    for (Slot[] slots : DATABASES.values()) {
      for (Slot slot : slots) {
        if (slot != null) {
          slot.close();
        }
      }
    }
    DATABASES.clear();
  }

  @AfterContainer
  static void printSkips() {
    System.out.println(
        "row filler: "
            + ROWS
            + " rows in "
            + FILLED_TABLES
            + " tables, "
            + EMPTY_TABLES
            + " tables left empty, "
            + EXTRA_ROWS
            + " extra rows after migrating, "
            + SIMPLE_RUNS
            + " simple plans applied with rows; "
            + RENAMED_TABLES
            + " tables renamed into shape without drops, "
            + VALUE_RENAMES
            + " enum values renamed, "
            + PUSHES
            + " pushes; "
            + USER_TYPE_CHANGES
            + " domain and composite changes, "
            + USER_TYPE_COLUMNS
            + " columns of domains and composites in A, "
            + OWNED_SEQUENCES
            + " owned sequences in A, "
            + OWNERSHIP_CHANGES
            + " ownership changes; "
            + REPLACED_WITH_ROWS
            + " columns replaced by expand and contract in tables with rows, "
            + REPLACED_EMPTY
            + " in empty ones; skipped: "
            + new TreeMap<>(Map.copyOf(SKIPS)));
  }

  static void roundTrip(PgVersion version, long seed) throws Exception {
    int major = version.major();
    SpecGenerator gen = new SpecGenerator(new Random(seed), major);
    Spec a = gen.schema();
    Spec b = a.copy();
    SpecMutator mutator = new SpecMutator(gen, b);
    mutator.mutate(1 + gen.random.nextInt(4));
    ColumnReplacements.Replacement replacement =
        gen.chance(REPLACING) ? ColumnReplacements.replace(gen, a, b) : null;
    if (replacement != null) {
      mutator.log.add(replacement.describe());
    }
    String context =
        "seed "
            + seed
            + " on "
            + version
            + " (replay: mvn -B test -pl shale-core -am -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dtest=RoundTripReplayTest -Dshale.pg.versions="
            + major
            + " -Dshale.roundtrip.seed="
            + seed
            + "), edits "
            + mutator.log;

    SchemaModel before = SpecToModel.model(a);
    SchemaModel declared = SpecToModel.model(b);
    SchemaModel after;
    try {
      after = Expansions.target(before, declared);
    } catch (InvalidSchemaException e) {
      throw new AssertionError(context + ": the generator made a replacement shale refuses", e);
    }
    for (SchemaModel schema : List.of(before, after)) {
      assertEquals(
          List.of(),
          VersionRequirements.problems(schema, major),
          context + ": the generator made a schema " + version + " cannot hold");
    }
    Map<Integer, Map<String, String>> values = mutator.enumValueOrigins();
    List<Change> changes =
        diffAnsweringCreate(
            before,
            after,
            RenameAnswers.parse(
                RenameFlags.between(a, b, mutator.renamedSchema(), values), List.of()));
    List<QualifiedName[]> renamedOnly = SpecPairs.onlyRenamed(a, b, values);
    assertRenamesOnly(renamedOnly, changes, context);
    VALUE_RENAMES.addAndGet(
        (int) changes.stream().filter(c -> c instanceof Change.RenameEnumValue).count());
    USER_TYPE_CHANGES.addAndGet(
        (int)
            changes.stream()
                .filter(c -> c.getClass().getSimpleName().matches(".*(Domain|Composite).*"))
                .count());
    OWNED_SEQUENCES.addAndGet(
        (int) before.sequences().stream().filter(q -> q.ownedBy() != null).count());
    OWNERSHIP_CHANGES.addAndGet(
        (int)
            changes.stream()
                .filter(
                    c ->
                        c instanceof Change.SetSequenceOwner
                            || c instanceof Change.DropSequence d && d.withOwner()
                            || c instanceof Change.RenameSequence r && r.disown())
                .count());
    USER_TYPE_COLUMNS.addAndGet(
        (int)
            before.tables().stream()
                .flatMap(t -> t.columns().stream())
                .filter(
                    c ->
                        c.type().isUserDefined()
                            && (before.domain(c.type().userType()).isPresent()
                                || before.composite(c.type().userType()).isPresent()))
                .count());
    PlanOptions exportOptions = new PlanOptions(major, false);
    String exportA =
        MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(before), exportOptions));
    List<MigrationPlanner.Step> online =
        MigrationPlanner.plan(before, after, changes, new PlanOptions(major, true));
    String exportB =
        MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(after), exportOptions));
    RowFiller.Target target = SpecPairs.target(a, b, after, values);
    context += "\nexport(A):\n" + exportA;
    assertNoDropStatements(renamedOnly, online, context);

    Slot direct = database(version, 0);
    direct.apply(exportB, context + "\nexport(B) failed");
    assertIntrospected(direct, after, context + "\nexport(B):\n" + exportB, "B");
    String expected = direct.fingerprint();
    String shown = context + "\nexport(B):\n" + exportB;
    migrate(database(version, 1), exportA, online, null, null, expected, shown, before);
    migrate(database(version, 2), exportA, online, before, target, expected, shown, null);
    if (Math.floorMod(seed, 4) == 0) {
      List<MigrationPlanner.Step> simple =
          MigrationPlanner.plan(before, after, changes, new PlanOptions(major, false));
      assertNoDropStatements(renamedOnly, simple, context + "\n(simple form)");
      migrate(
          database(version, 3),
          exportA,
          simple,
          before,
          target,
          expected,
          shown + "\n(simple form)",
          null);
      SIMPLE_RUNS.incrementAndGet();
    }
    if (Math.floorMod(seed, 8) == 1) {
      push(
          database(version, 4),
          exportA,
          before,
          declared,
          target,
          RenameAnswers.parse(
              RenameFlags.between(a, b, mutator.renamedSchema(), values), List.of()),
          major,
          replacement != null,
          shown);
      PUSHES.incrementAndGet();
    }
    assertEquals(
        List.of(),
        SchemaDiff.diff(after, after, RenameAnswers.NONE),
        context + ": diff(B, B) is not empty");
    Path file = Files.createTempFile("snapshot", ".json");
    try {
      Files.writeString(
          file, SnapshotJson.write(new Snapshot(1, "postgresql", "x", Snapshot.ROOT_ID, after)));
      assertEquals(after, SnapshotJson.read(file).schema(), context + ": snapshot JSON round trip");
    } finally {
      Files.deleteIfExists(file);
    }
    if (replacement != null) {
      int rows =
          ExpandContractTrip.run(
              database(version, 5),
              database(version, 0),
              exportA,
              before,
              after,
              SpecToModel.model(b.withoutReplaces()),
              online,
              target,
              replacement,
              expected,
              major,
              shown);
      (rows > 0 ? REPLACED_WITH_ROWS : REPLACED_EMPTY).incrementAndGet();
    }
  }

  /**
   * push(A → B) with the engine {@code shale push} runs, on export(A) holding rows: introspection
   * then reads B (or B as the shadow reads it back; with {@code anyColumnOrder}, columns in any
   * order, as an expand adds the new column at the end), and a second push finds nothing to do.
   */
  private static void push(
      Slot db,
      String exportA,
      SchemaModel before,
      SchemaModel after,
      RowFiller.Target target,
      RenameAnswers answers,
      int major,
      boolean anyColumnOrder,
      String context) {
    db.apply(exportA, context + "\nexport(A) failed");
    try {
      count(RowFiller.fill(db.queries(), before, target));
    } catch (RowFiller.RowsRejected e) {
      throw new AssertionError(context + "\nthe row filler's rows were refused\n" + e, e);
    }
    List<String> schemas = new java.util.ArrayList<>(before.schemas());
    schemas.addAll(after.schemas());
    schemas.add("public");
    IntrospectionFilter filter = new IntrospectionFilter(schemas, List.of(), null);
    SchemaModel live = Introspector.read(db.queries(), filter).model();
    SchemaModel pushed = Push.target(live, after, filter, major, shadowUrl(db));
    List<Change> changes = answeringCreate(answers, r -> SchemaDiff.diff(live, pushed, r, major));
    List<MigrationPlanner.Step> steps = Push.plan(live, pushed, changes, major);
    context += "\npush(A → B):\n" + PlanApplier.render("push", steps);
    Database database = Database.of(() -> db.db().connect(), db.db().name());
    try {
      Push.apply(
          database,
          HistoryTable.parse(null),
          PushScript.of(steps),
          MigrateOptions.defaults(),
          event -> {});
    } catch (RuntimeException e) {
      throw new AssertionError(context + "\npush(A → B) failed: " + e.getMessage(), e);
    }
    SchemaModel introspected = Introspector.read(db.queries(), filter).model().relaxedLike(pushed);
    SchemaModel read = anyColumnOrder ? inColumnOrderOf(introspected, pushed) : introspected;
    if (!read.equals(pushed)) {
      fail(
          context
              + "\nintrospect(push(A → B)) differs from B:\n"
              + ModelDifference.describe(pushed, read));
    }
    SchemaModel again = Push.target(read, after, filter, major, shadowUrl(db));
    List<Change> second =
        answeringCreate(RenameAnswers.NONE, r -> SchemaDiff.diff(read, again, r, major));
    assertEquals(List.of(), second, context + "\na second push is not empty");
  }

  /** The server {@code db} is on, where a shadow database may be created. */
  private static DatabaseUrl shadowUrl(Slot db) {
    return DatabaseUrl.parse(
        "postgres://"
            + TestPostgres.USER
            + ":"
            + TestPostgres.PASSWORD
            + "@localhost:"
            + db.db().port()
            + "/postgres");
  }

  /**
   * The database's model, as introspection reads it, equals {@code model}: the model that export
   * built the database from. On failure, the differences one per line.
   */
  static void assertIntrospected(Slot db, SchemaModel model, String context, String which) {
    assertIntrospected(db, model, context, which, false);
  }

  /**
   * As {@link #assertIntrospected(Slot, SchemaModel, String, String)}; with {@code anyColumnOrder}
   * ({@code which} then names how the database was built), a table's columns may stand in another
   * order: a migration adds columns at the end.
   */
  static void assertIntrospected(
      Slot db, SchemaModel model, String context, String which, boolean anyColumnOrder) {
    List<String> schemas = new java.util.ArrayList<>(model.schemas());
    schemas.add("public");
    SchemaModel read =
        Introspector.read(db.queries(), new IntrospectionFilter(schemas, List.of(), null))
            .model()
            .relaxedLike(model);
    if (anyColumnOrder) {
      read = inColumnOrderOf(read, model);
    }
    if (!read.equals(model)) {
      fail(
          context
              + (anyColumnOrder
                  ? "\nintrospect(" + which + ") differs from the model it must hold"
                  : "\nintrospect(apply(export(" + which + "))) differs from " + which)
              + ":\n"
              + ModelDifference.describe(model, read));
    }
  }

  /**
   * {@code read} with each table's columns in the order of {@code model}'s, where both hold them.
   */
  private static SchemaModel inColumnOrderOf(SchemaModel read, SchemaModel model) {
    return read.withTables(
        read.tables().stream()
            .map(
                t ->
                    model
                        .table(t.name())
                        .filter(
                            m ->
                                m.columns().size() == t.columns().size()
                                    && m.columns().stream()
                                        .allMatch(c -> t.column(c.name()).isPresent()))
                        .map(
                            m ->
                                t.withColumns(
                                    m.columns().stream()
                                        .map(c -> t.column(c.name()).orElseThrow())
                                        .toList()))
                        .orElse(t))
            .toList());
  }

  /**
   * export(A), rows (when {@code before} is given), the plan, then the catalog of B; with rows, one
   * more row in every table. When {@code exportedA} is given, the database that export(A) built
   * must introspect to it.
   */
  private static void migrate(
      Slot db,
      String exportA,
      List<MigrationPlanner.Step> steps,
      SchemaModel before,
      RowFiller.Target target,
      String expected,
      String context,
      SchemaModel exportedA) {
    String migration = PlanApplier.render("diff", steps);
    db.apply(exportA, context + "\nexport(A) failed");
    if (exportedA != null) {
      assertIntrospected(db, exportedA, context, "A");
    }
    RowFiller.Report rows = null;
    if (before != null) {
      try {
        rows = RowFiller.fill(db.queries(), before, target);
      } catch (RowFiller.RowsRejected e) {
        throw new AssertionError(
            context + "\nthe row filler's rows were refused (a filler bug)\n" + e.getMessage(), e);
      }
      count(rows);
      context += "\nrows before migrating: " + rows;
    }
    try {
      PlanApplier.apply(db.scripts(), steps);
    } catch (AssertionError e) {
      throw new AssertionError(
          context
              + "\ndiff(A,B):\n"
              + migration
              + "\ndiff(A,B) failed"
              + (rows == null ? "" : " on tables holding rows")
              + "\n"
              + e.getMessage(),
          e);
    }
    CatalogFingerprint.assertEqual(
        expected, db.fingerprint(), context + "\ndiff(A,B):\n" + migration);
    if (rows != null) {
      try {
        RowFiller.Report extra = RowFiller.addOne(db.queries(), target.model());
        EXTRA_ROWS.addAndGet(extra.total());
        extra.skips().forEach(RoundTripPropertyTest::countSkip);
      } catch (RowFiller.RowsRejected e) {
        throw new AssertionError(
            context
                + "\ndiff(A,B):\n"
                + migration
                + "\nafter migrating, one more row (identity and serial columns by default) was"
                + " refused: a sequence behind the rows, or a filler bug\n"
                + e.getMessage(),
            e);
      }
    }
  }

  private static void count(RowFiller.Report report) {
    report.rows().values().forEach(n -> (n > 0 ? FILLED_TABLES : EMPTY_TABLES).incrementAndGet());
    ROWS.addAndGet(report.total());
    report.skips().forEach(RoundTripPropertyTest::countSkip);
  }

  /** A skip by kind: its line with names and numbers left out. */
  private static void countSkip(String skip) {
    String kind =
        skip.substring(skip.indexOf(": ") + 2)
            .replaceAll("\\b[a-z_]*[0-9][a-z_0-9]*\\b", "…")
            .replaceAll("\\b(public|app)\\.…", "…");
    SKIPS.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
  }

  /**
   * A table whose definition only changed names (of itself, its schema, columns, indexes, the enums
   * and labels it uses, the tables it references) is renamed into shape: no index, constraint or
   * column of it is dropped, since the rename carries the expressions that read the columns.
   */
  private static void assertRenamesOnly(
      List<QualifiedName[]> renamedOnly, List<Change> changes, String context) {
    for (QualifiedName[] names : renamedOnly) {
      Set<QualifiedName> either = new HashSet<>(List.of(names[0], names[1]));
      List<String> drops =
          changes.stream()
              .filter(
                  c ->
                      c instanceof Change.DropIndex
                          || c instanceof Change.DropConstraint
                          || c instanceof Change.DropColumn)
              .filter(c -> either.contains(c.table()))
              .map(Change::describe)
              .toList();
      boolean renamed =
          changes.stream()
              .filter(c -> either.contains(c.table()))
              .anyMatch(
                  c ->
                      c instanceof Change.RenameColumn
                          || c instanceof Change.RenameTable
                          || c instanceof Change.RenameIndex
                          || c instanceof Change.RenameConstraint);
      if (renamed && drops.isEmpty()) {
        RENAMED_TABLES.incrementAndGet();
      }
      if (!drops.isEmpty()) {
        fail(
            context
                + "\ntable "
                + names[0]
                + " (now "
                + names[1]
                + ") only changed names, yet the plan drops: "
                + drops
                + "\nchanges: "
                + changes.stream().map(Change::describe).toList());
      }
    }
  }

  /**
   * No statement of the plan, whatever change it comes from, drops an index, constraint or column
   * of a table that only changed names.
   */
  private static void assertNoDropStatements(
      List<QualifiedName[]> renamedOnly, List<MigrationPlanner.Step> steps, String context) {
    Set<QualifiedName> tables = new HashSet<>();
    renamedOnly.forEach(names -> tables.addAll(List.of(names)));
    List<String> drops =
        steps.stream()
            .flatMap(step -> step.statements().stream())
            .filter(st -> st.change() != null && tables.contains(st.change().table()))
            .map(Statement::sql)
            .filter(sql -> DROP.matcher(sql).find())
            .toList();
    if (!drops.isEmpty()) {
      fail(
          context
              + "\ntables "
              + tables
              + " only changed names, yet the plan drops: "
              + drops
              + "\nplan:\n"
              + PlanApplier.render("diff", steps));
    }
  }

  private static final Pattern DROP =
      Pattern.compile("\\bDROP\\s+(INDEX|CONSTRAINT|COLUMN)\\b", Pattern.CASE_INSENSITIVE);

  /** Answers every rename question the flags left open with "created", as a user might. */
  private static List<Change> diffAnsweringCreate(
      SchemaModel a, SchemaModel b, RenameAnswers answers) {
    return answeringCreate(answers, r -> SchemaDiff.diff(a, b, r));
  }

  /** {@code diff} with {@code answers}, every question they leave open answered "created". */
  static List<Change> answeringCreate(
      RenameAnswers answers, java.util.function.Function<RenameAnswers, List<Change>> diff) {
    RenameAnswers current = answers;
    for (int round = 0; round < 10; round++) {
      try {
        return diff.apply(current);
      } catch (DecisionsNeededException e) {
        Set<dev.shale.diff.ObjectRef> creates = new HashSet<>();
        for (RenameQuestion q : e.questions()) {
          creates.add(q.added());
        }
        current = current.plus(new RenameAnswers(java.util.Map.of(), creates));
      }
    }
    fail("rename questions did not converge");
    return List.of();
  }
}
