package dev.shale.lint.report;

import dev.shale.lint.Finding;
import dev.shale.sql.Rule;
import java.io.IOException;
import java.util.List;

/**
 * {@code --format gitlab}: a GitLab code quality report (the artifact named by {@code
 * artifacts:reports:codequality}), an array of issues with a description, the rule id as check
 * name, a fingerprint that stays the same across runs, a severity ({@code major} for errors, {@code
 * minor} for warnings) and the file and lines.
 */
public final class GitlabReporter implements Reporter {
  @Override
  public void write(LintReport report, Appendable out) throws IOException {
    List<String> fingerprints = Fingerprints.of(report);
    JsonOutput.write(
        out,
        json -> {
          json.writeStartArray();
          for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            json.writeStartObject();
            json.writeStringField("description", f.message());
            json.writeStringField("check_name", f.rule().id());
            json.writeStringField("fingerprint", fingerprints.get(i));
            json.writeStringField("severity", severity(f.severity()));
            json.writeObjectFieldStart("location");
            json.writeStringField("path", path(f.file()));
            json.writeObjectFieldStart("lines");
            json.writeNumberField("begin", f.span().line());
            json.writeNumberField("end", Math.max(f.span().line(), SourceLines.lastLine(f.span())));
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
          }
          json.writeEndArray();
        });
  }

  static String severity(Rule.Severity severity) {
    return severity == Rule.Severity.ERROR ? "major" : "minor";
  }

  /** Relative to the repository root, forward slashes, no leading {@code ./}. */
  private static String path(String file) {
    String path = Paths.forwardSlashes(file);
    return path.startsWith("./") ? path.substring(2) : path;
  }
}
