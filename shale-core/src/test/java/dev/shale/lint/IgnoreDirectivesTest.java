package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How ignore comments are read: where the directive must be, what it applies to, what is said. */
class IgnoreDirectivesTest {
  private static List<Finding> findings(LintSettings settings, String sql) {
    return new Linter(settings).lint(new LintInput("m.sql", sql, false));
  }

  private static List<String> lint(String sql) {
    return lint(new LintSettings(14, Set.of(), Set.of(), true), sql);
  }

  private static List<String> lint(LintSettings settings, String sql) {
    return findings(settings, sql).stream()
        .map(f -> f.span().line() + " " + f.rule().id())
        .toList();
  }

  @Test
  void idsAreReadWhateverTheirCase() {
    assertThat(lint("-- shale:ignore DROP-TABLE\nDROP TABLE a;")).isEmpty();
  }

  @Test
  void aDirectiveThatCannotBeReadIgnoresNothingAndIsReported() {
    for (String comment :
        List.of(
            "-- shale:ignore: drop-table",
            "-- shale:ignore-files drop-table",
            "-- shale:ignore — reviewed by ops",
            "-- shale:ignore drop-table reviewed by ops",
            "-- shale:ignore-file")) {
      List<Finding> found =
          findings(new LintSettings(14, Set.of(), Set.of(), true), comment + "\nDROP TABLE a;");
      assertThat(found)
          .as(comment)
          .extracting(f -> f.span().line() + " " + f.rule().id())
          .containsExactly("1 unused-ignore", "2 drop-table");
      assertThat(found.get(0).message()).as(comment).contains("not understood");
    }
  }

  @Test
  void aReasonMayFollowTheIds() {
    assertThat(lint("-- shale:ignore drop-table -- reviewed by ops\nDROP TABLE a;")).isEmpty();
  }

  @Test
  void proseThatMentionsTheDirectiveIsNoDirective() {
    assertThat(lint("-- reviewed by ops (shale:ignore not needed here)\nDROP TABLE a;"))
        .containsExactly("2 drop-table");
  }

  @Test
  void otherDirectivesAreLeftAlone() {
    assertThat(lint("-- shale:no-transaction\nDROP TABLE a;")).containsExactly("2 drop-table");
  }

  @Test
  void nestedBlockCommentsAreOneComment() {
    assertThat(lint("/* note /* shale:ignore drop-table */ still the note */\nDROP TABLE a;"))
        .containsExactly("2 drop-table");
    assertThat(lint("/* shale:ignore drop-table -- see /* the ticket */ */\nDROP TABLE a;"))
        .isEmpty();
  }

  @Test
  void aCommentTrailingAStatementAppliesToThatStatement() {
    assertThat(lint("DROP TABLE a; -- shale:ignore drop-table\nDROP TABLE b;"))
        .containsExactly("2 drop-table");
  }

  @Test
  void anUnusedTrailingCommentSaysSo() {
    List<Finding> found =
        findings(
            new LintSettings(14, Set.of(), Set.of(), true),
            "DROP TABLE a; -- shale:ignore drop-column\n");
    assertThat(found)
        .extracting(f -> f.span().line() + " " + f.rule().id())
        .containsExactly("1 drop-table", "1 unused-ignore");
    assertThat(found.get(1).message()).contains("the statement it trails");
  }

  @Test
  void anIgnoreOfARuleThatDidNotRunIsNotReported() {
    LintSettings excluded = new LintSettings(14, Set.of(), Set.of("drop-table"), true);
    assertThat(lint(excluded, "-- shale:ignore drop-table\nDROP TABLE a;")).isEmpty();
    LintSettings pg11 = new LintSettings(11, Set.of(), Set.of(), true);
    assertThat(lint(pg11, "-- shale:ignore enum-value-added\nSELECT 1;")).isEmpty();
    assertThat(lint("-- shale:ignore prefer-bigint-over-int\nDROP TABLE a;"))
        .containsExactly("2 drop-table");
  }

  @Test
  void anIgnoreInsideAStatementIsReported() {
    List<Finding> found =
        findings(
            new LintSettings(14, Set.of(), Set.of(), true),
            "ALTER TABLE b\n  -- shale:ignore drop-column\n  DROP COLUMN c;");
    assertThat(found)
        .extracting(f -> f.span().line() + " " + f.rule().id())
        .containsExactly("2 unused-ignore", "3 drop-column");
    assertThat(found.get(0).message()).contains("inside a statement");
  }

  @Test
  void aCommentInsideAStringIsNoComment() {
    assertThat(lint("INSERT INTO t VALUES ('/* shale:ignore drop-table */');\nDROP TABLE a;"))
        .containsExactly("2 drop-table");
  }
}
