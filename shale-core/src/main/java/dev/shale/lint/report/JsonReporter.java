package dev.shale.lint.report;

import dev.shale.lint.Finding;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code --format json}: one object, its schema versioned by {@code version} (a field is only ever
 * added within a version; removing or changing one makes a new version).
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "findings": [
 *     {
 *       "file": "migrations/V2__index.sql",  // as named on the command line
 *       "line": 2, "column": 1,               // 1-based, columns in code points
 *       "endLine": 2, "endColumn": 58,        // end column exclusive
 *       "rule": "create-index-non-concurrent",
 *       "severity": "error",                  // or "warning"
 *       "message": "…",                       // what this statement does
 *       "why": "…",                           // why the rule matters
 *       "safer": "…",                         // safer SQL for this statement, or the rule's
 *                                             // general alternative
 *       "statement": "CREATE INDEX …",        // the statement as written
 *       "origin": "static"                    // or "trace"
 *     }
 *   ],
 *   "summary": {"files": 3, "statements": 12, "errors": 1, "warnings": 0}
 * }
 * }</pre>
 */
public final class JsonReporter implements Reporter {
  public static final int VERSION = 1;

  @Override
  public void write(LintReport report, Appendable out) throws IOException {
    JsonOutput.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeNumberField("version", VERSION);
          json.writeArrayFieldStart("findings");
          for (Finding f : report.findings()) {
            json.writeStartObject();
            json.writeStringField("file", f.file());
            json.writeNumberField("line", f.span().line());
            json.writeNumberField("column", f.span().column());
            json.writeNumberField("endLine", f.span().endLine());
            json.writeNumberField("endColumn", f.span().endColumn());
            json.writeStringField("rule", f.rule().id());
            json.writeStringField("severity", f.severity().label());
            json.writeStringField("message", f.message());
            json.writeStringField("why", f.rule().why());
            JsonOutput.string(json, "safer", f.saferAlternative());
            JsonOutput.string(json, "statement", f.statement());
            json.writeStringField("origin", f.origin().name().toLowerCase(Locale.ROOT));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeObjectFieldStart("summary");
          json.writeNumberField("files", report.filesChecked());
          json.writeNumberField("statements", report.statementsChecked());
          json.writeNumberField("errors", report.errors());
          json.writeNumberField("warnings", report.warnings());
          json.writeEndObject();
          json.writeEndObject();
        });
  }
}
