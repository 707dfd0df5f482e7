package dev.shale.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.Finding;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReporterTest {
  private static final TextReporter TEXT = new TextReporter(false);

  @Test
  void theSummarySaysSoWhenNothingWasFound() {
    assertThat(TEXT.render(new LintReport(List.of(), Map.of(), 3, 12)))
        .isEqualTo("No findings in 3 files (12 statements).\n");
    assertThat(TEXT.render(new LintReport(List.of(), Map.of(), 1, 1)))
        .isEqualTo("No findings in 1 file (1 statement).\n");
  }

  @Test
  void theSummaryCountsErrorsAndWarnings() {
    Finding error = finding("a.sql", new Span(1, 1, 1, 5), Rule.SET_NOT_NULL);
    Finding warning = finding("a.sql", new Span(1, 1, 1, 5), Rule.DROP_TABLE);
    assertThat(new LintReport(List.of(error, warning), Map.of(), 1, 1).summary())
        .isEqualTo("1 error, 1 warning in 1 file (1 statement).");
    assertThat(new LintReport(List.of(warning, warning), Map.of(), 2, 5).summary())
        .isEqualTo("0 errors, 2 warnings in 2 files (5 statements).");
  }

  @Test
  void caretsLineUpUnderTabs() {
    String text = "SELECT 1;\n\t\tDROP\tTABLE users;\n";
    Finding f = finding("a.sql", new Span(2, 3, 2, 19), Rule.DROP_TABLE);
    assertThat(excerpt(f, text))
        .containsExactly("  2 |         DROP    TABLE users;", "    |         ^^^^^^^^^^^^^^^^^^^");
  }

  @Test
  void anEmptySpanGetsOneCaret() {
    Finding f = finding("a.sql", new Span(1, 8, 1, 8), Rule.SYNTAX_ERROR);
    assertThat(excerpt(f, "SELECT (1;")).containsExactly("  1 | SELECT (1;", "    |        ^");
  }

  @Test
  void aSpanThatEndsJustPastALineEndStopsOnThatLine() {
    Finding f = finding("a.sql", new Span(1, 1, 2, 1), Rule.DROP_TABLE);
    assertThat(excerpt(f, "DROP TABLE users\n;\n"))
        .containsExactly("  1 | DROP TABLE users", "    | ^^^^^^^^^^^^^^^^");
  }

  @Test
  void crlfLineEndsAndAByteOrderMarkDoNotShowOrShiftColumns() {
    Finding f = finding("a.sql", new Span(2, 6, 2, 11), Rule.DROP_TABLE);
    assertThat(excerpt(f, "\uFEFFSELECT 1;\r\nDROP TABLE users;\r\n"))
        .containsExactly("  2 | DROP TABLE users;", "    |      ^^^^^");
  }

  @Test
  void blankLinesInsideASpanGetNoCaretLine() {
    Finding f = finding("a.sql", new Span(1, 1, 3, 6), Rule.DROP_TABLE);
    assertThat(excerpt(f, "DROP\n\nTABLE users;"))
        .containsExactly("  1 | DROP", "    | ^^^^", "  2 |", "  3 | TABLE users;", "    | ^^^^^");
  }

  @Test
  void aLongSpanShowsItsFirstAndLastLines() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      text.append("line").append(i).append('\n');
    }
    Finding f = finding("a.sql", new Span(1, 1, 12, 7), Rule.DROP_TABLE);
    assertThat(excerpt(f, text.toString()))
        .containsExactly(
            "   1 | line1",
            "     | ^^^^^",
            "   2 | line2",
            "     | ^^^^^",
            "   3 | line3",
            "     | ^^^^^",
            "     | …",
            "  10 | line10",
            "     | ^^^^^^",
            "  11 | line11",
            "     | ^^^^^^",
            "  12 | line12",
            "     | ^^^^^^");
  }

  @Test
  void withoutTheFileTextTheStatementIsShownWithoutCarets() {
    Finding f = finding("a.sql", new Span(4, 1, 5, 5), Rule.DROP_TABLE);
    String out = TEXT.render(new LintReport(List.of(f), Map.of(), 1, 1));
    assertThat(out.lines().toList().subList(1, 3))
        .containsExactly("    | DROP TABLE", "    |     users");
  }

  @Test
  void aMultiLineSaferTextStaysIndented() {
    Finding f =
        new Finding(
            "a.sql",
            new Span(1, 1, 1, 5),
            Rule.DROP_TABLE,
            "DROP TABLE users loses every row",
            "-- shale:no-transaction\nDROP TABLE users;",
            "DROP TABLE users",
            Finding.Origin.STATIC);
    String out = TEXT.render(new LintReport(List.of(f), Map.of(), 1, 1));
    assertThat(out).contains("  safer: -- shale:no-transaction\n         DROP TABLE users;\n");
  }

  /** The source and caret lines printed for {@code finding}. */
  private static List<String> excerpt(Finding finding, String text) {
    String out = TEXT.render(new LintReport(List.of(finding), Map.of(finding.file(), text), 1, 1));
    return out.lines().skip(1).takeWhile(l -> !l.startsWith("  why:")).toList();
  }

  private static Finding finding(String file, Span span, Rule rule) {
    return new Finding(
        file, span, rule, "a message", null, "DROP TABLE\n    users", Finding.Origin.STATIC);
  }
}
