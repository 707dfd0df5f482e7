package dev.shale.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.shale.lint.Finding;
import dev.shale.lint.LintInput;
import dev.shale.lint.LintSettings;
import dev.shale.lint.Linter;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SARIF output is valid against the official SARIF 2.1.0 schema (OASIS errata 01, vendored in
 * {@code lint-report/sarif-schema-2.1.0.json}), and its fingerprints are stable.
 */
class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(LintReportFixture.read("sarif-schema-2.1.0.json"), InputFormat.JSON);

  static List<String> problems(String sarif) throws Exception {
    List<Error> errors = SCHEMA.validate(JSON.readTree(sarif));
    return errors.stream().map(Error::toString).toList();
  }

  @Test
  void theFixedReportIsValidSarif() throws Exception {
    String sarif = new SarifReporter().render(LintReportFixture.report());
    assertThat(problems(sarif)).isEmpty();
  }

  @Test
  void anEmptyReportIsValidSarif() throws Exception {
    String sarif = new SarifReporter().render(new LintReport(List.of(), Map.of(), 4, 20));
    assertThat(problems(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).path("runs").path(0);
    assertThat(run.path("results").size()).isZero();
    assertThat(run.path("tool").path("driver").path("rules").size()).isZero();
  }

  @Test
  void theValidatorRejectsWhatTheSchemaForbids() throws Exception {
    String sarif =
        new SarifReporter()
            .render(LintReportFixture.report())
            .replace("\"level\": \"warning\"", "\"level\": \"severe\"");
    assertThat(problems(sarif)).isNotEmpty();
  }

  @Test
  void pathsAreRelativeUrisWithForwardSlashesAndAbsoluteOnesFileUris() throws Exception {
    Finding relative = finding("db\\migrations\\V1 first.sql");
    Finding absolute = finding("/home/ci/V1.sql");
    String sarif =
        new SarifReporter().render(new LintReport(List.of(relative, absolute), Map.of(), 2, 2));
    assertThat(problems(sarif)).isEmpty();
    JsonNode results = JSON.readTree(sarif).path("runs").path(0).path("results");
    JsonNode first = results.path(0).path("locations").path(0).path("physicalLocation");
    assertThat(first.path("artifactLocation").path("uri").asText())
        .isEqualTo("db/migrations/V1%20first.sql");
    assertThat(first.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    JsonNode second = results.path(1).path("locations").path(0).path("physicalLocation");
    assertThat(second.path("artifactLocation").path("uri").asText())
        .isEqualTo("file:///home/ci/V1.sql");
    assertThat(second.path("artifactLocation").has("uriBaseId")).isFalse();
  }

  @Test
  void resultsPointIntoTheirRulesByIndex() throws Exception {
    JsonNode run =
        JSON.readTree(new SarifReporter("dev").render(LintReportFixture.report()))
            .path("runs")
            .path(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    for (JsonNode result : run.path("results")) {
      assertThat(rules.path(result.path("ruleIndex").asInt()).path("id").asText())
          .isEqualTo(result.path("ruleId").asText());
    }
  }

  @Test
  void fingerprintsSurviveLinesAddedAboveAndDifferWithinARun() {
    String text = LintReportFixture.read("V3__users_email_required.sql");
    LintReport before = lintOne(text);
    LintReport after = lintOne("-- a comment added later\n\n" + text);
    assertThat(before.findings()).isNotEmpty();
    assertThat(after.findings().get(0).span().line())
        .isEqualTo(before.findings().get(0).span().line() + 2);
    assertThat(Fingerprints.of(after)).isEqualTo(Fingerprints.of(before));
    List<String> all = Fingerprints.of(LintReportFixture.report());
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void twoFindingsAlikeInEverythingButPlaceGetDifferentFingerprints() {
    Finding one = finding("a.sql");
    LintReport report = new LintReport(List.of(one, one), Map.of(), 1, 2);
    assertThat(Fingerprints.of(report)).doesNotHaveDuplicates();
  }

  private static LintReport lintOne(String text) {
    String name = "migrations/V3.sql";
    List<Finding> findings =
        new Linter(LintSettings.defaults()).lint(new LintInput(name, text, true));
    return new LintReport(findings, Map.of(name, text), 1, 1);
  }

  static Finding finding(String file) {
    return new Finding(
        file,
        new Span(1, 1, 1, 10),
        Rule.DROP_TABLE,
        "DROP TABLE users loses every row",
        null,
        "DROP TABLE users",
        Finding.Origin.STATIC);
  }
}
