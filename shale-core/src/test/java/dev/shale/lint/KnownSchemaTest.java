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

  @Test
  void createTableIfNotExistsOfATableEarlierFilesHadIsNotNew() {
    String later =
        "CREATE TABLE IF NOT EXISTS t (id bigint);\nALTER TABLE t ADD COLUMN v float8 DEFAULT"
            + " random();";
    String reported = "2 adding-field-with-volatile-default";
    // created, altered, renamed to, referenced, truncated, given a trigger: it exists
    assertThat(lint("CREATE TABLE t (id bigint);", later)).contains(reported);
    assertThat(lint("ALTER TABLE t ADD COLUMN w int;", later)).contains(reported);
    assertThat(lint("ALTER TABLE a RENAME TO t;", later)).contains(reported);
    assertThat(lint("CREATE TABLE b (t_id bigint REFERENCES t (id));", later)).contains(reported);
    assertThat(lint("TRUNCATE t;", later)).contains(reported);
    assertThat(
            lint(
                "CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();",
                later))
        .contains(reported);
    // unknown, renamed away or dropped: it is created here, so new
    assertThat(lint("SELECT 1;", later)).doesNotContain(reported);
    assertThat(lint("ALTER TABLE t RENAME TO a;", later)).doesNotContain(reported);
    assertThat(lint("TRUNCATE t;\nDROP TABLE t;", later)).doesNotContain(reported);
  }

  @Test
  void aTableThatReferencesItselfIsNewWhenCreatedIfNotExists() {
    assertThat(
            lint(
                "SELECT 1;",
                "CREATE TABLE IF NOT EXISTS nodes (id bigint PRIMARY KEY, parent bigint REFERENCES"
                    + " nodes (id));\nALTER TABLE nodes ADD COLUMN v float8 DEFAULT random();"))
        .doesNotContain("2 adding-field-with-volatile-default");
  }
}
