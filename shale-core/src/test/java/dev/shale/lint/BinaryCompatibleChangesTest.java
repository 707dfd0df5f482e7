package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A type change known to be binary compatible reads no row, for every rule that asks. */
class BinaryCompatibleChangesTest {
  private static List<String> rules(String sql) {
    return new Linter(LintSettings.defaults())
            .lint(
                List.of(
                    new LintInput(
                        "V1.sql",
                        "CREATE TABLE hooks (id bigint PRIMARY KEY, url varchar(64),"
                            + " secret varchar(128), n integer);",
                        true)),
                List.of(new LintInput("V2.sql", sql, false)),
                false)
            .findings()
            .stream()
            .map(f -> f.rule().id())
            .toList();
  }

  @Test
  void aCheckOnTheColumnOrACollationMakesItReadTheRows() {
    List<String> checked =
        new Linter(LintSettings.defaults())
                .lint(
                    List.of(
                        new LintInput(
                            "V1.sql",
                            "CREATE TABLE hooks (id bigint PRIMARY KEY, url varchar(64)"
                                + " CHECK (url <> ''), n integer);",
                            true)),
                    List.of(
                        new LintInput(
                            "V2.sql",
                            "SET lock_timeout = '5s';\nBEGIN;\n"
                                + "ALTER TABLE hooks ALTER COLUMN n TYPE integer;\n"
                                + "ALTER TABLE hooks ALTER COLUMN url TYPE varchar(256);\nCOMMIT;",
                            false)),
                    false)
                .findings()
                .stream()
                .map(f -> f.rule().id())
                .toList();
    assertThat(checked).contains("statements-after-access-exclusive");
    assertThat(
            rules(
                "SET lock_timeout = '5s';\nBEGIN;\n"
                    + "ALTER TABLE hooks ALTER COLUMN n TYPE integer;\n"
                    + "ALTER TABLE hooks ALTER COLUMN url TYPE varchar(256) COLLATE \"C\";\nCOMMIT;"))
        .contains("statements-after-access-exclusive");
  }

  @Test
  void aDomainNamedWithAKeywordIsKnownToo() {
    List<String> found =
        new Linter(LintSettings.defaults())
                .lint(
                    List.of(
                        new LintInput(
                            "V1.sql",
                            "CREATE DOMAIN public.\"user\" AS varchar(10);\n"
                                + "CREATE DOMAIN \"Code\" AS varchar(10);\n"
                                + "CREATE TABLE t (id bigint PRIMARY KEY, c public.\"user\","
                                + " d \"Code\");",
                            true)),
                    List.of(
                        new LintInput(
                            "V2.sql",
                            "ALTER TABLE t ALTER COLUMN c TYPE text;\n"
                                + "ALTER TABLE t ALTER COLUMN d TYPE text;",
                            false)),
                    false)
                .findings()
                .stream()
                .map(f -> f.rule().id())
                .toList();
    assertThat(found).doesNotContain("changing-column-type");
  }

  @Test
  void wideningTwoColumnsInOneTransactionScansNothing() {
    String widen =
        "SET lock_timeout = '5s';\n"
            + "BEGIN;\n"
            + "ALTER TABLE hooks ALTER COLUMN url TYPE varchar(256);\n"
            + "ALTER TABLE hooks ALTER COLUMN secret TYPE varchar(4096);\n"
            + "COMMIT;";
    assertThat(rules(widen))
        .doesNotContain(
            "changing-column-type",
            "multiple-alter-same-table",
            "statements-after-access-exclusive");
    String rewrite = widen.replace("secret TYPE varchar(4096)", "n TYPE bigint");
    assertThat(rules(rewrite))
        .contains("changing-column-type", "statements-after-access-exclusive");
  }
}
