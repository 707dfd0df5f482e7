package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.sql.MigrationScript;
import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@code shale generate} writes, {@code shale check} reads cleanly: every migration of every
 * golden case parses, and none breaks a rule about transactions (a CONCURRENTLY statement in a
 * transaction, a nested BEGIN, a SET LOCAL that does nothing). The other rules may speak: generate
 * writes what a schema change needs and says so in its review.
 */
class GeneratedSqlLintTest {
  private static final Pattern STEP = Pattern.compile("(?m)^-- Migration .* step \\d+ of \\d+\\.$");
  private static final Set<String> NEVER =
      Set.of(
          "syntax-error",
          "concurrently-in-transaction",
          "transaction-disallowed-statement",
          "transaction-nesting",
          "set-local-outside-transaction",
          "enum-value-added");

  @Test
  void everyGoldenMigrationParsesAndKeepsTheTransactionRules() throws IOException {
    Linter linter = new Linter(LintSettings.defaults());
    List<String> broken = new ArrayList<>();
    int files = 0;
    try (Stream<Path> cases = Files.list(ProjectFiles.testResources("cases"))) {
      for (Path expected :
          cases.map(c -> c.resolve("expected.sql")).filter(Files::exists).sorted().toList()) {
        List<LintInput> steps = steps(expected);
        files += steps.size();
        for (Finding finding : linter.lint(List.of(), steps, true).findings()) {
          if (NEVER.contains(finding.rule().id())) {
            broken.add(finding.toString());
          }
        }
      }
    }
    assertThat(files).isGreaterThan(300);
    assertThat(broken).isEmpty();
  }

  /** The migrations of one plan: each step starts at its header (and its no-transaction line). */
  private static List<LintInput> steps(Path expected) throws IOException {
    String text = Files.readString(expected);
    List<Integer> starts = new ArrayList<>(List.of(0));
    var m = STEP.matcher(text);
    while (m.find()) {
      int at = m.start();
      String directive = MigrationScript.NO_TRANSACTION + "\n";
      if (at >= directive.length() && text.startsWith(directive, at - directive.length())) {
        at -= directive.length();
      }
      if (at > 0) {
        starts.add(at);
      }
    }
    starts.add(text.length());
    List<LintInput> steps = new ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      String step = text.substring(starts.get(i), starts.get(i + 1));
      steps.add(
          new LintInput(
              expected.getParent().getFileName() + "#" + (i + 1),
              step,
              !MigrationScript.isNoTransaction(step)));
    }
    return steps;
  }
}
