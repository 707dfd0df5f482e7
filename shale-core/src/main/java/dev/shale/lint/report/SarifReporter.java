package dev.shale.lint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shale.lint.Finding;
import dev.shale.sql.Rule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --format sarif}: SARIF 2.1.0, for GitHub code scanning ({@code
 * github/codeql-action/upload-sarif}) and other SARIF viewers. One run; its driver lists every rule
 * that has a finding (in catalog order); each result points at its file relative to {@code
 * %SRCROOT%} with a region in code point columns, and carries a fingerprint that survives lines
 * added above it.
 */
public final class SarifReporter implements Reporter {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Where Shale lives; rule help links point into its docs/rules.md. */
  static final String FINGERPRINT = "shale/v1";

  private final String version;

  /** With the version from the jar's manifest, or {@code dev} when run from classes. */
  public SarifReporter() {
    this(manifestVersion());
  }

  public SarifReporter(String version) {
    this.version = version;
  }

  static String manifestVersion() {
    String v = SarifReporter.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public void write(LintReport report, Appendable out) throws IOException {
    Set<Rule> used = EnumSet.noneOf(Rule.class);
    for (Finding f : report.findings()) {
      used.add(f.rule());
    }
    List<Rule> rules = new ArrayList<>(used);
    List<String> fingerprints = Fingerprints.of(report);
    JsonOutput.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeStringField("$schema", SCHEMA);
          json.writeStringField("version", "2.1.0");
          json.writeArrayFieldStart("runs");
          json.writeStartObject();
          driver(json, rules);
          json.writeStringField("columnKind", "unicodeCodePoints");
          json.writeArrayFieldStart("results");
          for (int i = 0; i < report.findings().size(); i++) {
            result(json, report.findings().get(i), rules, fingerprints.get(i));
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private void driver(JsonGenerator json, List<Rule> rules) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "shale");
    json.writeStringField("version", version);
    json.writeArrayFieldStart("rules");
    for (Rule rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeStringField("name", pascalCase(rule.id()));
      text(json, "shortDescription", firstClause(rule.why()));
      text(json, "fullDescription", rule.why());
      json.writeObjectFieldStart("help");
      json.writeStringField(
          "text", "Safer: " + rule.safeAlternative() + "\nPostgreSQL versions: " + rule.versions());
      json.writeStringField(
          "markdown",
          "**Safer:** "
              + rule.safeAlternative()
              + "\n\nPostgreSQL versions: "
              + rule.versions()
              + "\n\nSee `docs/rules.md`, section `"
              + rule.id()
              + "`.");
      json.writeEndObject();
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.severity()));
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      json.writeArrayFieldStart("tags");
      json.writeString("postgresql");
      json.writeString("migration");
      json.writeEndArray();
      json.writeStringField("problem.severity", level(rule.severity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void result(JsonGenerator json, Finding f, List<Rule> rules, String fingerprint)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.rule().id());
    json.writeNumberField("ruleIndex", rules.indexOf(f.rule()));
    json.writeStringField("level", level(f.severity()));
    text(json, "message", f.message() + (f.fix() == null ? "" : "\nSafer: " + f.fix()));
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", Paths.uri(f.file()));
    if (!Paths.isAbsolute(f.file())) {
      json.writeStringField("uriBaseId", "%SRCROOT%");
    }
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", f.span().line());
    json.writeNumberField("startColumn", f.span().column());
    json.writeNumberField("endLine", Math.max(f.span().line(), f.span().endLine()));
    json.writeNumberField("endColumn", Math.max(1, f.span().endColumn()));
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT, fingerprint);
    json.writeEndObject();
    if (f.origin() == Finding.Origin.TRACE) {
      json.writeObjectFieldStart("properties");
      json.writeStringField("origin", "trace");
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, String name, String text) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  static String level(Rule.Severity severity) {
    return severity == Rule.Severity.ERROR ? "error" : "warning";
  }

  /** The why up to its first colon or semicolon: a title for lists of rules. */
  static String firstClause(String why) {
    int cut = why.length();
    for (String stop : new String[] {": ", "; "}) {
      int at = why.indexOf(stop);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    String clause = why.substring(0, cut);
    return Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
  }

  static String pascalCase(String id) {
    StringBuilder out = new StringBuilder();
    for (String word : id.split("-")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }
}
