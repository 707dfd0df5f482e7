package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.sql.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL refuses DROP INDEX CONCURRENTLY of several indexes, or with CASCADE, when it runs: the
 * finding points at what it refuses and, for several indexes, gives one statement per index.
 */
class DropIndexConcurrentlyTest {
  private static List<Finding> lint(String sql) {
    return new Linter(LintSettings.defaults()).lint(new LintInput("m.sql", sql, false));
  }

  @Test
  void severalIndexesAreAnErrorWhoseFixDropsOneAtATime() {
    List<Finding> findings = lint("DROP INDEX CONCURRENTLY IF EXISTS a, app.\"B\";");
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.rule()).isEqualTo(Rule.SYNTAX_ERROR);
    assertThat(f.severity()).isEqualTo(Rule.Severity.ERROR);
    assertThat(f.span().column()).isEqualTo(38);
    assertThat(f.message())
        .startsWith("DROP INDEX CONCURRENTLY does not support dropping multiple");
    assertThat(f.fix())
        .isEqualTo(
            "DROP INDEX CONCURRENTLY IF EXISTS a;\nDROP INDEX CONCURRENTLY IF EXISTS app.\"B\";");
  }

  @Test
  void cascadeIsAnErrorAtCascade() {
    List<Finding> findings = lint("DROP INDEX CONCURRENTLY a CASCADE;");
    assertThat(findings).extracting(Finding::rule).containsExactly(Rule.SYNTAX_ERROR);
    assertThat(findings.get(0).span().column()).isEqualTo(27);
    assertThat(findings.get(0).message()).contains("does not support CASCADE");
  }

  @Test
  void oneIndexAndAPlainDropOfSeveralAreFine() {
    assertThat(lint("DROP INDEX CONCURRENTLY a;")).isEmpty();
    assertThat(lint("DROP INDEX a, b;"))
        .extracting(Finding::rule)
        .doesNotContain(Rule.SYNTAX_ERROR);
  }
}
