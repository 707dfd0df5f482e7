package dev.shale.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each format prints the fixed report ({@link LintReportFixture}) exactly as {@code
 * lint-report/expected/report.<format>} says. Run with {@code -Dshale.golden.update=true} to
 * rewrite them (then review the git diff).
 */
class ReportGoldenTest {
  static final Path EXPECTED = LintReportFixture.DIR.resolve("expected");
  private static final boolean UPDATE = Boolean.getBoolean("shale.golden.update");

  static Map<String, Reporter> formats() {
    Map<String, Reporter> formats = new LinkedHashMap<>();
    formats.put("report.txt", Reporters.forName("text"));
    formats.put("report.json", Reporters.forName("json"));
    formats.put("report.github.txt", Reporters.forName("github"));
    formats.put("report.sarif.json", new SarifReporter("dev"));
    formats.put("report.gitlab.json", Reporters.forName("gitlab"));
    return formats;
  }

  @TestFactory
  Stream<DynamicTest> everyFormatPrintsItsGoldenFile() {
    LintReport report = LintReportFixture.report();
    return formats().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(), () -> check(e.getKey(), e.getValue().render(report))));
  }

  private static void check(String file, String actual) throws IOException {
    Path expected = EXPECTED.resolve(file);
    if (UPDATE) {
      Files.createDirectories(EXPECTED);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("run with -Dshale.golden.update=true to write it").exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
