package dev.shale.lint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportersTest {
  @Test
  void everyFormatNameHasItsReporter() {
    assertThat(Reporters.forName("text")).isInstanceOf(TextReporter.class);
    assertThat(Reporters.forName("json")).isInstanceOf(JsonReporter.class);
    assertThat(Reporters.forName("github")).isInstanceOf(GithubReporter.class);
    assertThat(Reporters.forName("sarif")).isInstanceOf(SarifReporter.class);
    assertThat(Reporters.forName("gitlab")).isInstanceOf(GitlabReporter.class);
    assertThat(Reporters.forName("SARIF")).isInstanceOf(SarifReporter.class);
    for (String name : Reporters.NAMES) {
      assertThat(Reporters.forName(name)).isNotNull();
    }
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> Reporters.forName("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'xml': use one of text, json, github, sarif, gitlab");
  }

  @Test
  void githubIsTheDefaultInsideGithubActionsOnly() {
    assertThat(Reporters.defaultFor(Map.of("GITHUB_ACTIONS", "true")))
        .isInstanceOf(GithubReporter.class);
    assertThat(Reporters.defaultFor(Map.of())).isInstanceOf(TextReporter.class);
    assertThat(Reporters.defaultFor(Map.of("GITHUB_ACTIONS", "false")))
        .isInstanceOf(TextReporter.class);
    assertThat(Reporters.defaultName(Map.of("CI", "true", "GITLAB_CI", "true"))).isEqualTo("text");
  }

  @Test
  void textIsUncolouredUnlessAskedFor() {
    LintReport report = LintReportFixture.report();
    assertThat(Reporters.forName("text").render(report)).doesNotContain("\u001b[");
    assertThat(Reporters.defaultFor(Map.of()).render(report)).doesNotContain("\u001b[");
    String coloured = Reporters.forName("text", true).render(report);
    assertThat(coloured).contains("\u001b[1m\u001b[31merror\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", ""))
        .isEqualTo(Reporters.forName("text").render(report));
  }

  @Test
  void machineFormatsOfAnEmptyReportAreEmptyButWhole() {
    LintReport empty = new LintReport(List.of(), Map.of(), 0, 0);
    assertThat(Reporters.forName("gitlab").render(empty)).isEqualTo("[]\n");
    assertThat(Reporters.forName("github").render(empty))
        .isEqualTo("No findings in 0 files (0 statements).\n");
    assertThat(Reporters.forName("json").render(empty))
        .isEqualTo(
            "{\n"
                + "  \"version\": 1,\n"
                + "  \"findings\": [],\n"
                + "  \"summary\": {\n"
                + "    \"files\": 0,\n"
                + "    \"statements\": 0,\n"
                + "    \"errors\": 0,\n"
                + "    \"warnings\": 0\n"
                + "  }\n"
                + "}\n");
  }
}
