package dev.shale.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.Finding;
import dev.shale.lint.LintInput;
import dev.shale.lint.LintSettings;
import dev.shale.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CHECK that set-not-null suggests names its column and constraint as SQL must. */
class SetNotNullTest {
  @Test
  void mixedCaseNamesAreQuotedInTheSuggestion() {
    LintInput create =
        new LintInput(
            "V1.sql", "CREATE TABLE \"Session\" (id bigint PRIMARY KEY, \"taskId\" text);", true);
    List<Finding> findings =
        new Linter(LintSettings.defaults())
                .lint(
                    List.of(create),
                    List.of(
                        new LintInput(
                            "V2.sql",
                            "ALTER TABLE \"Session\" ALTER COLUMN \"taskId\" SET NOT NULL;",
                            false)),
                    false)
                .findings()
                .stream()
                .filter(f -> f.rule().id().equals("set-not-null"))
                .toList();
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).fix())
        .startsWith(
            "ALTER TABLE \"Session\" ADD CONSTRAINT \"Session_taskId_not_null\""
                + " CHECK (\"taskId\" IS NOT NULL) NOT VALID;");
  }
}
