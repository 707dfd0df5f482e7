package dev.shale.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.LintInput;
import dev.shale.lint.LintSettings;
import dev.shale.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DROP NOT NULL is reported where the column may be NOT NULL, not where it is known nullable. */
class DroppingNotNullTest {
  private static long findings(String... files) {
    List<LintInput> earlier = new java.util.ArrayList<>();
    for (int i = 0; i < files.length - 1; i++) {
      earlier.add(new LintInput("V" + (i + 1) + ".sql", files[i], true));
    }
    return new Linter(LintSettings.defaults())
            .lint(
                earlier, List.of(new LintInput("last.sql", files[files.length - 1], false)), false)
            .findings()
            .stream()
            .filter(f -> f.rule().id().equals("dropping-not-null"))
            .count();
  }

  @Test
  void aColumnKnownNullableChangesNothing() {
    assertThat(
            findings(
                "CREATE TABLE t (id bigint PRIMARY KEY, ui text);",
                "ALTER TABLE t ALTER COLUMN ui DROP NOT NULL;"))
        .isZero();
  }

  @Test
  void aColumnDeclaredOrMadeNotNullOrUnknownIsReported() {
    assertThat(
            findings(
                "CREATE TABLE t (id bigint PRIMARY KEY, ui text NOT NULL);",
                "ALTER TABLE t ALTER COLUMN ui DROP NOT NULL;"))
        .isOne();
    assertThat(
            findings(
                "CREATE TABLE t (id bigint PRIMARY KEY, ui text);",
                "ALTER TABLE t ALTER COLUMN ui SET NOT NULL;",
                "ALTER TABLE t ALTER COLUMN ui DROP NOT NULL;"))
        .isOne();
    assertThat(findings("ALTER TABLE elsewhere ALTER COLUMN ui DROP NOT NULL;")).isOne();
    // serial is NOT NULL without saying so
    assertThat(
            findings(
                "CREATE TABLE s (id serial, b bigserial);",
                "ALTER TABLE s ALTER COLUMN id DROP NOT NULL;"))
        .isOne();
  }
}
