package dev.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.Change;
import dev.shale.diff.Comparison;
import dev.shale.testing.GoldenCase;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drift between two schemas: the statements that take one to the other, renames read as drop and
 * create since nobody can answer for drift, and a unified diff of the two DDLs.
 */
class DriftTest {
  @Test
  void aRenamedColumnIsDroppedAndAddedAndTheStatementsMakeTheSecondSchema() throws Exception {
    GoldenCase rename = GoldenCase.load(GoldenCase.CASES.resolve("column_rename"));
    List<Change> changes = Comparison.withoutRenames(rename.before(), rename.after(), 14);
    Drift drift = Drift.of(rename.before(), rename.after(), changes, 14);
    assertThat(drift.equal()).isFalse();
    assertThat(drift.statements())
        .anyMatch(s -> s.contains("DROP COLUMN avatar_url"))
        .anyMatch(s -> s.contains("ADD COLUMN photo_url"));
    assertThat(drift.unifiedDiff("a.sql", "b.sql"))
        .startsWith("--- a.sql\n+++ b.sql\n@@")
        .contains("\n-  avatar_url")
        .contains("\n+  photo_url");
    try (FreshDatabase first = TestPostgres.freshDatabase();
        FreshDatabase second = TestPostgres.freshDatabase()) {
      first.apply(export(rename.before()));
      first.apply(String.join(";\n", drift.statements()) + ";\n");
      second.apply(export(rename.after()));
      assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
    }
  }

  @Test
  void aSchemaHasNoDriftFromItself() throws Exception {
    GoldenCase rename = GoldenCase.load(GoldenCase.CASES.resolve("column_rename"));
    Drift drift =
        Drift.of(
            rename.after(),
            rename.after(),
            Comparison.withoutRenames(rename.after(), rename.after(), 14),
            14);
    assertThat(drift.equal()).isTrue();
    assertThat(drift.statements()).isEmpty();
    assertThat(drift.unifiedDiff("a.sql", "b.sql")).isEmpty();
  }

  private static String export(dev.shale.model.SchemaModel model) {
    return MigrationScript.plain(
        StatementPlanner.plan(dev.shale.diff.SchemaDiff.create(model), PlanOptions.DEFAULT));
  }
}
