package dev.shale.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.Finding;
import dev.shale.lint.LintInput;
import dev.shale.lint.LintSettings;
import dev.shale.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With an earlier migration that created the table, the dropped column's type is known. */
class DropAddSuspectedRenameTest {
  private static final LintInput CREATE =
      new LintInput(
          "V1.sql",
          "CREATE TABLE users (id bigint PRIMARY KEY, name text, age integer, tags text[]);",
          true);

  private static List<Finding> lint(String sql) {
    return new Linter(LintSettings.defaults())
            .lint(List.of(CREATE), List.of(new LintInput("V2.sql", sql, false)), false)
            .findings()
            .stream()
            .filter(f -> f.rule().id().equals("drop-add-suspected-rename"))
            .toList();
  }

  @Test
  void sameKnownTypeIsASuspectedRename() {
    List<Finding> findings =
        lint("ALTER TABLE users DROP COLUMN name;\nALTER TABLE users ADD COLUMN full_name text;");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message()).contains("users.name (text)").contains("users.full_name");
    assertThat(findings.get(0).fix())
        .startsWith("ALTER TABLE users RENAME COLUMN name TO full_name;");
    assertThat(findings.get(0).span().line()).isEqualTo(1);
  }

  @Test
  void aColumnDroppedAndAddedUnderItsOwnNameIsNoRename() {
    assertThat(lint("ALTER TABLE users DROP COLUMN name;\nALTER TABLE users ADD COLUMN name text;"))
        .isEmpty();
  }

  @Test
  void aDifferentKnownTypeIsNoRename() {
    assertThat(lint("ALTER TABLE users DROP COLUMN name;\nALTER TABLE users ADD COLUMN born date;"))
        .isEmpty();
    assertThat(
            lint("ALTER TABLE users DROP COLUMN tags;\nALTER TABLE users ADD COLUMN labels text;"))
        .isEmpty();
  }

  @Test
  void withKnownTypesEachDropPairsWithTheOnlyAddOfItsType() {
    List<Finding> findings =
        lint(
            "ALTER TABLE users DROP COLUMN name, DROP COLUMN age;\n"
                + "ALTER TABLE users ADD COLUMN full_name text, ADD COLUMN years integer;");
    assertThat(findings).extracting(Finding::message).hasSize(2);
    assertThat(findings.get(0).fix()).contains("RENAME COLUMN name TO full_name");
    assertThat(findings.get(1).fix()).contains("RENAME COLUMN age TO years");
  }

  @Test
  void aRenameColumnOnTheTableJoinsThem() {
    assertThat(
            lint(
                "ALTER TABLE users RENAME COLUMN name TO full_name;\n"
                    + "ALTER TABLE users DROP COLUMN age;\n"
                    + "ALTER TABLE users ADD COLUMN years integer;"))
        .isEmpty();
  }
}
