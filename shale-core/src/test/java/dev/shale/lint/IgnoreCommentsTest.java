package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ignore comments: which findings they drop, and which of them are reported as unused. */
class IgnoreCommentsTest {
  private static List<String> lint(String sql) {
    return new Linter(new LintSettings(14, Set.of(), Set.of(), true))
        .lint(new LintInput("m.sql", sql, false)).stream()
            .map(f -> f.span().line() + " " + f.rule().id())
            .toList();
  }

  @Test
  void withoutCommentsBothRulesReport() {
    assertThat(lint("DROP TABLE a;\nALTER TABLE b DROP COLUMN c;"))
        .containsExactly("1 drop-table", "2 drop-column");
  }

  @Test
  void lineCommentWithSeveralIdsSuppressesTheNextStatementOnly() {
    assertThat(
            lint(
                "-- shale:ignore drop-column, drop-table\n"
                    + "ALTER TABLE b DROP COLUMN c;\n"
                    + "ALTER TABLE b DROP COLUMN d;"))
        .containsExactly("1 unused-ignore", "3 drop-column");
  }

  @Test
  void blockCommentSuppressesTheNextStatement() {
    assertThat(lint("/* shale:ignore drop-table */\nDROP TABLE a;\nDROP TABLE b;"))
        .containsExactly("3 drop-table");
  }

  @Test
  void blockCommentOnTheSameLineAsTheStatementCounts() {
    assertThat(lint("/* shale:ignore drop-table */ DROP TABLE a;")).isEmpty();
  }

  @Test
  void ignoreFileSuppressesTheRuleEverywhereInTheFile() {
    assertThat(
            lint(
                "DROP TABLE a;\n"
                    + "ALTER TABLE b DROP COLUMN c;\n"
                    + "-- shale:ignore-file drop-table\n"
                    + "DROP TABLE d;"))
        .containsExactly("2 drop-column");
  }

  @Test
  void ignoreFileThatSuppressesNothingIsReported() {
    assertThat(lint("-- shale:ignore-file drop-table\nALTER TABLE b DROP COLUMN c;"))
        .containsExactly("1 unused-ignore", "2 drop-column");
  }

  @Test
  void anUnknownIdIsReportedAsNoRule() {
    List<Finding> findings =
        new Linter(LintSettings.defaults())
            .lint(new LintInput("m.sql", "-- shale:ignore drop-colum\nDROP TABLE a;", false));
    assertThat(findings).extracting(f -> f.rule().id()).contains("unused-ignore", "drop-table");
    assertThat(findings.get(0).message()).contains("drop-colum, which is no rule");
  }

  @Test
  void anIgnoreWithoutIdsSuppressesEveryRuleOfTheStatement() {
    assertThat(lint("-- shale:ignore\nALTER TABLE b DROP COLUMN c, ALTER COLUMN d DROP NOT NULL;"))
        .isEmpty();
  }

  @Test
  void anIgnoreInsideAStringOrBodyIsNoComment() {
    assertThat(
            lint(
                "SELECT '-- shale:ignore drop-table';\n"
                    + "DO $$ BEGIN -- shale:ignore drop-table\n END $$;\n"
                    + "DROP TABLE a;"))
        .containsExactly("4 drop-table");
  }
}
