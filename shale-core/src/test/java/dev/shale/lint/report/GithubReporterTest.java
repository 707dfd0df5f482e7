package dev.shale.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.Finding;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubReporterTest {
  @Test
  void messagesEscapePercentAndLineEnds() {
    assertThat(GithubReporter.data("100% done\r\nnext: a, b"))
        .isEqualTo("100%25 done%0D%0Anext: a, b");
  }

  @Test
  void propertiesAlsoEscapeColonsAndCommas() {
    assertThat(GithubReporter.property("C:\\a,b%\n")).isEqualTo("C%3A\\a%2Cb%25%0A");
  }

  @Test
  void oneCommandPerFindingWithEscapedFileAndInclusiveColumns() {
    Finding f =
        new Finding(
            "db\\V1: a,b.sql",
            new Span(2, 3, 2, 10),
            Rule.DROP_TABLE,
            "DROP TABLE users loses 100% of its rows",
            null,
            "DROP TABLE users",
            Finding.Origin.STATIC);
    String out = new GithubReporter().render(new LintReport(List.of(f), Map.of(), 1, 2));
    assertThat(out)
        .isEqualTo(
            "::warning file=db/V1%3A a%2Cb.sql,line=2,col=3,endLine=2,endColumn=9,"
                + "title=drop-table::DROP TABLE users loses 100%25 of its rows%0Asafer: "
                + Rule.DROP_TABLE.safeAlternative()
                + "\n0 errors, 1 warning in 1 file (2 statements).\n");
  }

  @Test
  void aSpanOverSeveralLinesHasNoColumns() {
    Finding f =
        new Finding(
            "a.sql",
            new Span(2, 3, 4, 1),
            Rule.SET_NOT_NULL,
            "m",
            "fix",
            "s",
            Finding.Origin.STATIC);
    String out = new GithubReporter().render(new LintReport(List.of(f), Map.of(), 1, 1));
    assertThat(out)
        .startsWith("::error file=a.sql,line=2,endLine=3,title=set-not-null::m%0Asafer: fix\n");
  }
}
