package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.sql.parse.SqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file the tool runs outside its transaction when PostgreSQL refuses one of its statements in a
 * transaction block (Flyway): the linter decides it from the parse it lints.
 */
class ToolTransactionTest {
  private static final String CONCURRENTLY = "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);";
  private static final String PLAIN = "BEGIN;\nALTER TABLE t ADD COLUMN b int;\nCOMMIT;";

  private static List<String> ids(LintInput input) {
    return new Linter(LintSettings.defaults())
        .lint(input).stream().map(f -> f.rule().id()).toList();
  }

  @Test
  void aRefusedStatementTakesTheFileOutOfTheToolsTransaction() {
    LintInput flyway = new LintInput("V9__index.sql", CONCURRENTLY, true, true);
    assertThat(flyway.inToolTransaction(SqlParser.parse(flyway.name(), flyway.text()))).isFalse();
    assertThat(ids(flyway)).doesNotContain("concurrently-in-transaction");
    assertThat(ids(new LintInput("other.sql", CONCURRENTLY, true)))
        .contains("concurrently-in-transaction");
  }

  @Test
  void withoutARefusedStatementTheFileStaysInTheToolsTransaction() {
    LintInput flyway = new LintInput("V9__column.sql", PLAIN, true, true);
    assertThat(flyway.inToolTransaction(SqlParser.parse(flyway.name(), flyway.text()))).isTrue();
    assertThat(ids(flyway)).contains("transaction-nesting");
  }
}
