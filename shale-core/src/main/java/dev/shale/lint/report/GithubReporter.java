package dev.shale.lint.report;

import dev.shale.lint.Finding;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;
import java.io.IOException;

/**
 * {@code --format github}: one workflow command per finding ({@code ::error} or {@code ::warning}
 * with file, position and the rule id as title), which GitHub Actions turns into annotations on the
 * pull request's diff, then the summary line.
 *
 * <p>GitHub's columns are inclusive, and it takes columns only for a span on one line.
 */
public final class GithubReporter implements Reporter {
  @Override
  public void write(LintReport report, Appendable out) throws IOException {
    for (Finding f : report.findings()) {
      Span span = f.span();
      int endLine = Math.max(span.line(), SourceLines.lastLine(span));
      StringBuilder properties = new StringBuilder();
      properties.append("file=").append(property(Paths.forwardSlashes(f.file())));
      properties.append(",line=").append(span.line());
      if (endLine == span.line()) {
        properties.append(",col=").append(span.column());
      }
      properties.append(",endLine=").append(endLine);
      if (endLine == span.line()) {
        properties.append(",endColumn=").append(Math.max(span.column(), span.endColumn() - 1));
      }
      properties.append(",title=").append(property(f.rule().id()));
      out.append("::")
          .append(f.severity() == Rule.Severity.ERROR ? "error" : "warning")
          .append(' ')
          .append(properties)
          .append("::")
          .append(data(f.message() + "\nsafer: " + f.saferAlternative()))
          .append('\n');
    }
    out.append(report.summary()).append('\n');
  }

  /** Escapes a command's message: {@code %}, CR and LF. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as {@link #data}, and {@code :} and {@code ,}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
