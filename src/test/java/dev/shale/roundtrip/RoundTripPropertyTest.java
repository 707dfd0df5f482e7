package dev.shale.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shale.diff.Change;
import dev.shale.diff.DecisionsNeededException;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.RenameQuestion;
import dev.shale.diff.SchemaDiff;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.PlanApplier;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The backbone: for a random schema A and a random edit B, applying export(A) then diff(A, B) must
 * leave the same catalog as applying export(B). Also: diff(B, B) is empty, and B survives its
 * snapshot JSON unchanged.
 */
class RoundTripPropertyTest {

  @Property(tries = 200, shrinking = net.jqwik.api.ShrinkingMode.OFF)
  void migratingAtoBLeavesTheCatalogOfB(@ForAll long seed) throws Exception {
    SpecGenerator gen = new SpecGenerator(new Random(seed));
    Spec a = gen.schema();
    Spec b = a.copy();
    SpecMutator mutator = new SpecMutator(gen, b);
    mutator.mutate(1 + gen.random.nextInt(4));
    String context = "seed " + seed + ", edits " + mutator.log;

    SchemaModel before = SpecToModel.model(a);
    SchemaModel after = SpecToModel.model(b);
    List<Change> changes =
        diffAnsweringCreate(
            before,
            after,
            RenameAnswers.parse(
                RenameFlags.between(a, b, mutator.renamedSchema(), mutator.enumValueOrigins()),
                List.of()));
    String exportA = MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(before)));
    List<MigrationPlanner.Step> steps =
        MigrationPlanner.plan(before, after, changes, new PlanOptions(17, true));
    String migration = PlanApplier.render("diff", steps);
    String exportB = MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(after)));

    try (FreshDatabase migrated = TestPostgres.freshDatabase();
        FreshDatabase direct = TestPostgres.freshDatabase()) {
      apply(migrated, exportA, context + "\nexport(A) failed");
      try {
        PlanApplier.apply(migrated, steps);
      } catch (AssertionError e) {
        throw new AssertionError(
            context
                + "\nexport(A):\n"
                + exportA
                + "\ndiff(A,B):\n"
                + migration
                + "\ndiff(A,B) failed\n"
                + e.getMessage(),
            e);
      }
      apply(direct, exportB, context + "\nexport(B) failed");
      CatalogFingerprint.assertEqual(
          direct.fingerprint(),
          migrated.fingerprint(),
          context
              + "\nexport(A):\n"
              + exportA
              + "\ndiff(A,B):\n"
              + migration
              + "\nexport(B):\n"
              + exportB);
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
  }

  /** Answers every rename question the flags left open with "created", as a user might. */
  private static List<Change> diffAnsweringCreate(
      SchemaModel a, SchemaModel b, RenameAnswers answers) {
    RenameAnswers current = answers;
    for (int round = 0; round < 10; round++) {
      try {
        return SchemaDiff.diff(a, b, current);
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

  private static void apply(FreshDatabase db, String sql, String context) {
    if (sql.isBlank()) {
      return;
    }
    try {
      db.apply(sql);
    } catch (AssertionError e) {
      throw new AssertionError(context + "\n" + e.getMessage(), e);
    }
  }
}
