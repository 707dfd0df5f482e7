package dev.shale.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.Finding;
import dev.shale.lint.LintInput;
import dev.shale.lint.LintSettings;
import dev.shale.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index fk-missing-index asks for is built the way the table's age allows. */
class FkMissingIndexTest {
  private static final LintInput CREATE =
      new LintInput(
          "V1.sql",
          "CREATE TABLE customers (id bigint PRIMARY KEY);\n"
              + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);",
          true);

  private static List<Finding> lint(String sql) {
    return new Linter(LintSettings.defaults())
            .lint(List.of(CREATE), List.of(new LintInput("V2.sql", sql, false)), false)
            .findings()
            .stream()
            .filter(f -> f.rule().id().equals("fk-missing-index"))
            .toList();
  }

  @Test
  void anExistingTableGetsItsIndexConcurrentlyInAFileOfItsOwn() {
    List<Finding> findings =
        lint(
            "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) NOT VALID;");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).fix())
        .isEqualTo(
            "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);"
                + " in a migration that starts with -- shale:no-transaction");
  }

  @Test
  void aNewTableGetsAPlainIndexBesideIt() {
    List<Finding> findings =
        lint(
            "CREATE TABLE invoices (id bigint PRIMARY KEY,"
                + " order_id bigint REFERENCES orders (id));");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).fix())
        .isEqualTo(
            "CREATE INDEX invoices_order_id_idx ON invoices (order_id);"
                + " in the same migration: the table is new, so it locks no one");
  }

  @Test
  void theSuggestionQuotesNamesThatNeedIt() {
    List<Finding> findings =
        lint(
            "CREATE TABLE \"user\" (id bigint PRIMARY KEY, \"homeBoard\" bigint"
                + " REFERENCES orders (id));");
    assertThat(findings.get(0).fix())
        .startsWith("CREATE INDEX \"user_homeBoard_idx\" ON \"user\" (\"homeBoard\");");
  }

  @Test
  void aPartialIndexOnlyOfNotNullKeysCountsAndAnyOtherDoesNot() {
    String fk =
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
            + " REFERENCES customers (id) NOT VALID;";
    assertThat(
            lint(
                "CREATE INDEX orders_customer_idx ON orders (customer_id)"
                    + " WHERE customer_id IS NOT NULL;\n"
                    + fk))
        .isEmpty();
    assertThat(
            lint(
                "CREATE INDEX orders_customer_idx ON orders (customer_id)"
                    + " WHERE ((customer_id IS NOT NULL));\n"
                    + fk))
        .isEmpty();
    assertThat(
            lint(
                "CREATE INDEX orders_customer_idx ON orders (customer_id)"
                    + " WHERE customer_id IS NOT NULL AND id > 10;\n"
                    + fk))
        .hasSize(1);
    assertThat(
            lint(
                "CREATE INDEX orders_customer_idx ON orders (customer_id) WHERE id IS NOT NULL;\n"
                    + fk))
        .hasSize(1);
  }

  @Test
  void anIndexLaterInTheFileCounts() {
    assertThat(
            lint(
                "CREATE TABLE invoices (id bigint PRIMARY KEY,"
                    + " order_id bigint REFERENCES orders (id));\n"
                    + "CREATE INDEX invoices_order_idx ON invoices (order_id);"))
        .isEmpty();
  }
}
