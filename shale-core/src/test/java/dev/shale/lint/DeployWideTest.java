package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What one file of a deploy creates is known to the later files of the same deploy. */
class DeployWideTest {
  private static List<String> lint(boolean oneDeploy, String... files) {
    List<LintInput> inputs = new java.util.ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      inputs.add(new LintInput("f" + i + ".sql", files[i], true));
    }
    return new Linter(new LintSettings(14, Set.of(), Set.of(), true))
        .lint(List.of(), inputs, oneDeploy).findings().stream()
            .map(f -> f.file() + ":" + f.span().line() + " " + f.rule().id())
            .toList();
  }

  @Test
  void aColumnAddedInAnEarlierFileOfTheDeployDropsFreely() {
    String add = "ALTER TABLE users ADD COLUMN tmp text;";
    String drop = "ALTER TABLE users DROP COLUMN tmp;";
    assertThat(lint(true, add, drop)).isEmpty();
    assertThat(lint(false, add, drop)).containsExactly("f1.sql:1 drop-column");
  }

  @Test
  void typesFunctionsSchemasAndEnumValuesToo() {
    String create =
        "CREATE TYPE mood AS ENUM ('a');\n"
            + "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';\n"
            + "CREATE SCHEMA app;\n"
            + "ALTER TYPE status ADD VALUE 'x';";
    String drop =
        "DROP TYPE mood;\nDROP FUNCTION f();\nDROP SCHEMA app;\n"
            + "ALTER TYPE status RENAME VALUE 'x' TO 'y';";
    assertThat(lint(true, create, drop)).isEmpty();
    assertThat(lint(false, create, drop)).hasSize(4);
  }

  @Test
  void whatARolledBackTransactionCreatedNeverExisted() {
    List<String> found =
        new Linter(new LintSettings(14, Set.of(), Set.of(), true))
                .lint(
                    new LintInput(
                        "m.sql",
                        "BEGIN;\nCREATE TABLE t (id int);\nALTER TABLE users ADD COLUMN tmp text;\n"
                            + "CREATE INDEX t_a ON t (id);\nROLLBACK;\n"
                            + "CREATE INDEX t_b ON t (id);\nALTER TABLE users DROP COLUMN tmp;",
                        false))
                .stream()
                .map(f -> f.span().line() + " " + f.rule().id())
                .toList();
    assertThat(found).contains("6 create-index-non-concurrent", "7 drop-column");
  }
}
