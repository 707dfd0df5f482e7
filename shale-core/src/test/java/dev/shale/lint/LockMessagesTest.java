package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lock taken through an index names its table, or says that the table is the index's. */
class LockMessagesTest {
  private static List<String> messages(String earlier, String sql) {
    return new Linter(LintSettings.defaults())
            .lint(
                earlier == null ? List.of() : List.of(new LintInput("V1.sql", earlier, true)),
                List.of(new LintInput("V2.sql", sql, false)),
                false)
            .findings()
            .stream()
            .filter(f -> f.rule().id().equals("missing-lock-timeout"))
            .map(Finding::message)
            .toList();
  }

  @Test
  void anIndexOfUnknownTableIsNotCalledATable() {
    assertThat(messages(null, "DROP INDEX IF EXISTS orders_x_idx;"))
        .containsExactly(
            "takes ACCESS EXCLUSIVE on the table of index orders_x_idx with no lock_timeout in"
                + " force: if it waits behind a long-running query, every query on the table of"
                + " index orders_x_idx waits behind it");
    assertThat(
            messages(
                "CREATE TABLE orders (id bigint PRIMARY KEY, x int);\n"
                    + "CREATE INDEX orders_x_idx ON orders (x);",
                "DROP INDEX orders_x_idx;"))
        .singleElement()
        .asString()
        .startsWith("takes ACCESS EXCLUSIVE on orders with no lock_timeout");
  }
}
