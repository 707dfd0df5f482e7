package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When missing-lock-timeout fires: the lock_timeout a file runs under, as PostgreSQL 15 keeps it
 * (server default 0, the tool's SET LOCAL in its transaction, the file's SET, SET LOCAL, RESET,
 * savepoints).
 */
class LockTimeoutModelTest {
  private static final String ALTER = "ALTER TABLE orders ADD COLUMN note text;";

  /** The lines missing-lock-timeout reports, the tool setting a timeout. */
  private static List<Integer> missing(String sql, boolean toolTransaction) {
    return missing(sql, toolTransaction, true);
  }

  private static List<Integer> missing(String sql, boolean toolTransaction, boolean tool) {
    return new Linter(new LintSettings(14, Set.of(), Set.of(), tool))
        .lint(new LintInput("m.sql", sql, toolTransaction)).stream()
            .filter(f -> f.rule().id().equals("missing-lock-timeout"))
            .map(f -> f.span().line())
            .toList();
  }

  @Test
  void theToolsTimeoutHoldsInItsTransaction() {
    assertThat(missing(ALTER, true)).isEmpty();
    assertThat(missing(ALTER, false)).isEmpty();
  }

  @Test
  void resetGoesBackToTheServerDefaultNotTheToolsValue() {
    assertThat(missing("RESET lock_timeout;\n" + ALTER, true)).containsExactly(2);
    assertThat(missing("SET lock_timeout TO DEFAULT;\n" + ALTER, true)).containsExactly(2);
    assertThat(missing("RESET ALL;\n" + ALTER, true)).containsExactly(2);
  }

  @Test
  void theToolsSetLocalEndsWithACommitInTheFile() {
    assertThat(missing("COMMIT;\n" + ALTER, true)).containsExactly(2);
    assertThat(missing("SET lock_timeout = '2s';\nCOMMIT;\n" + ALTER, true)).isEmpty();
  }

  @Test
  void rollbackToSavepointUndoesWhatWasSetAfterIt() {
    String before = "BEGIN;\nSAVEPOINT s;\nSET LOCAL lock_timeout = '1s';\n";
    assertThat(missing(before + "ROLLBACK TO SAVEPOINT s;\n" + ALTER + "\nCOMMIT;", false, false))
        .containsExactly(5);
    assertThat(missing(before + "RELEASE SAVEPOINT s;\n" + ALTER + "\nCOMMIT;", false, false))
        .isEmpty();
    assertThat(
            missing(
                "BEGIN;\nSAVEPOINT s;\nSET lock_timeout = '1s';\nROLLBACK TO s;\n" + ALTER,
                false,
                false))
        .containsExactly(5);
  }

  @Test
  void aRollbackWithNoTransactionOpenChangesNothing() {
    assertThat(missing("SET lock_timeout = '2s';\nROLLBACK;\n" + ALTER, false, false)).isEmpty();
    assertThat(
            missing("BEGIN;\nCOMMIT;\nSET lock_timeout = '2s';\nROLLBACK;\n" + ALTER, false, false))
        .isEmpty();
  }

  @Test
  void aRollbackUndoesTheTransactionsSet() {
    assertThat(missing("BEGIN;\nSET lock_timeout = '2s';\nROLLBACK;\n" + ALTER, false, false))
        .containsExactly(4);
  }

  @Test
  void discardAllResets() {
    assertThat(missing("SET lock_timeout = '2s';\nDISCARD ALL;\n" + ALTER, false, false))
        .containsExactly(3);
  }

  @Test
  void subMillisecondValuesRoundToNoTimeout() {
    for (String value : List.of("'0.4ms'", "'400us'", "'0.4'", "0", "'0s'")) {
      assertThat(missing("SET lock_timeout = " + value + ";\n" + ALTER, false, false))
          .as(value)
          .containsExactly(2);
    }
    for (String value : List.of("'0.6ms'", "'1000us'", "'1'", "'2s'", "'1min'")) {
      assertThat(missing("SET lock_timeout = " + value + ";\n" + ALTER, false, false))
          .as(value)
          .isEmpty();
    }
  }

  @Test
  void setConfigAmongOtherSelectItemsIsRead() {
    assertThat(
            missing(
                "SELECT set_config('lock_timeout', '1s', false), now();\n" + ALTER, false, false))
        .isEmpty();
    assertThat(
            missing(
                "SELECT now(), pg_catalog.set_config('lock_timeout', '1s', false) AS t;\n" + ALTER,
                false,
                false))
        .isEmpty();
    assertThat(
            missing(
                "SET lock_timeout = '1s';\nSELECT set_config('lock_timeout', '0', false), 1;\n"
                    + ALTER,
                false,
                false))
        .containsExactly(3);
    // WHERE false: the call never runs.
    assertThat(
            missing(
                "SELECT set_config('lock_timeout', '1s', false) WHERE false;\n" + ALTER,
                false,
                false))
        .containsExactly(2);
  }

  @Test
  void commitAndChainKeepsTheFilesOwnTransaction() {
    List<Finding> found =
        new Linter(LintSettings.defaults())
            .lint(
                new LintInput(
                    "m.sql",
                    "BEGIN;\nCOMMIT AND CHAIN;\nCREATE INDEX CONCURRENTLY i ON orders (x);\nCOMMIT;",
                    false));
    assertThat(found)
        .filteredOn(f -> f.rule().id().equals("concurrently-in-transaction"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("migration tool runs this file"));
  }
}
