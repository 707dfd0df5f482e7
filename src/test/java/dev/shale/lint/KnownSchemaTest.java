package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What earlier files created, as later files see it after renames and drops. */
class KnownSchemaTest {
  private static List<String> lint(String earlier, String sql) {
    return new Linter(new LintSettings(14, Set.of(), Set.of(), true))
            .lint(
                List.of(new LintInput("V1.sql", earlier, true)),
                List.of(new LintInput("V2.sql", sql, true)),
                false)
            .findings()
            .stream()
            .map(f -> f.span().line() + " " + f.rule().id())
            .toList();
  }

  @Test
  void anIndexOfARenamedTableBelongsToTheNewName() {
    // found by bench/generate-lint-migrations.py: this crashed with a NullPointerException
    assertThat(
            lint(
                "CREATE TABLE a (id bigint, x int);\nCREATE INDEX a_x_idx ON a (x);",
                "ALTER TABLE a RENAME TO b;\nDROP INDEX a_x_idx;"))
        .contains("1 renaming-table", "2 drop-index-non-concurrent");
  }

  @Test
  void anIndexOfADroppedTableIsForgotten() {
    assertThat(
            lint(
                "CREATE TABLE a (id bigint, x int);\nCREATE INDEX a_x_idx ON a (x);",
                "DROP TABLE a;\nDROP INDEX IF EXISTS a_x_idx;"))
        .contains("1 drop-table");
  }
}
