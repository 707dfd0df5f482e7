package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** IF NOT EXISTS of what the migrations already made does nothing but take its lock. */
class KnownNoOpsTest {
  private static final LintInput EARLIER =
      new LintInput(
          "V1.sql",
          "CREATE TABLE ev (id bigint PRIMARY KEY, attrs jsonb);\n"
              + "ALTER TABLE ev ADD COLUMN flag boolean GENERATED ALWAYS AS"
              + " ((attrs->>'f')::boolean) STORED;\n"
              + "ALTER TABLE ev ADD COLUMN token uuid DEFAULT gen_random_uuid();\n"
              + "CREATE INDEX ev_token_idx ON ev (token);",
          true);

  private static List<String> rules(String sql) {
    return new Linter(LintSettings.defaults())
            .lint(List.of(EARLIER), List.of(new LintInput("V2.sql", sql, false)), false)
            .findings()
            .stream()
            .map(f -> f.rule().id())
            .toList();
  }

  @Test
  void addingAColumnThatExistsRewritesNothingButStillLocks() {
    List<String> found =
        rules(
            "ALTER TABLE ev ADD COLUMN IF NOT EXISTS flag boolean GENERATED ALWAYS AS"
                + " ((attrs->>'f')::boolean) STORED,"
                + " ADD COLUMN IF NOT EXISTS token uuid DEFAULT gen_random_uuid();");
    assertThat(found)
        .doesNotContain("adding-stored-generated-column", "adding-field-with-volatile-default")
        .contains("missing-lock-timeout");
    assertThat(
            rules("ALTER TABLE ev ADD COLUMN IF NOT EXISTS other uuid DEFAULT gen_random_uuid();"))
        .contains("adding-field-with-volatile-default");
  }

  @Test
  void concurrentlyInATransactionFailsWhetherOrNotTheIndexExists() {
    assertThat(
            new Linter(LintSettings.defaults())
                .lint(
                    List.of(EARLIER),
                    List.of(
                        new LintInput(
                            "V2.sql",
                            "CREATE INDEX CONCURRENTLY IF NOT EXISTS ev_token_idx ON ev (token);",
                            true)),
                    false)
                .findings())
        .extracting(f -> f.rule().id())
        .contains("concurrently-in-transaction");
  }

  @Test
  void anIndexDroppedWithItsColumnIsBuiltAgain() {
    assertThat(
            rules(
                "ALTER TABLE ev DROP COLUMN token;\n"
                    + "ALTER TABLE ev ADD COLUMN token uuid;\n"
                    + "CREATE INDEX IF NOT EXISTS ev_token_idx ON ev (token);"))
        .contains("create-index-non-concurrent");
  }

  @Test
  void creatingAnIndexThatExistsBuildsNothing() {
    assertThat(rules("CREATE INDEX IF NOT EXISTS ev_token_idx ON ev (token);"))
        .doesNotContain("create-index-non-concurrent");
    assertThat(rules("CREATE INDEX IF NOT EXISTS ev_attrs_idx ON ev (attrs);"))
        .contains("create-index-non-concurrent");
  }
}
