package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plain pg_dump (a Rails structure.sql, a baseline) is checked like any migration: its {@code
 * \restrict} lines and the rows after {@code COPY … FROM stdin} are not SQL to lint, and what
 * follows them still is.
 */
class PgDumpInputTest {
  private static final LintInput EXISTING =
      new LintInput(
          "V1.sql",
          "CREATE TABLE legacy_orders (id bigint PRIMARY KEY);\n"
              + "CREATE TABLE orders (id bigint PRIMARY KEY, x integer);",
          true);

  @Test
  void copyRowsAndRestrictLinesAreSkippedAndTheRestIsChecked() {
    String dump =
        "\\restrict Zk3x9\n"
            + "COPY public.people (id, name) FROM stdin;\n"
            + "1\tO'Brien\n"
            + "2\t\\N\n"
            + "3\tDROP TABLE orders; -- \\.x\n"
            + "\\.\n"
            + "DROP TABLE legacy_orders;\n"
            + "CREATE INDEX orders_x_idx ON orders (x);\n"
            + "\\unrestrict Zk3x9\n";
    List<Finding> findings =
        new Linter(LintSettings.defaults())
            .lint(List.of(EXISTING), List.of(new LintInput("dump.sql", dump, false)), false)
            .findings();
    assertThat(findings)
        .extracting(f -> f.rule().id() + "@" + f.span().line())
        .contains("drop-table@7", "create-index-non-concurrent@8")
        .noneMatch(id -> id.startsWith("syntax-error"))
        .noneMatch(id -> id.endsWith("@5"));
  }
}
