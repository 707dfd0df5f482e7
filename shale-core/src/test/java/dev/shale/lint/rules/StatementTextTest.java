package dev.shale.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.SqlParser;
import org.junit.jupiter.api.Test;

class StatementTextTest {
  @Test
  void literalsOutsideCommentsIdentifiersAndBodies() {
    assertThat(
            StatementText.stringLiterals(
                "SELECT 'a''b', E'c\\'d', \"'x'\", $$ 'y' $$, $t$ 'z' $t$, B'101' -- 'w'\n"
                    + "/* 'v' /* 'u' */ */ FROM t WHERE s = N'n' AND f($1) = 'e'"))
        .containsExactly("a'b", "c'd", "n", "e");
  }

  @Test
  void identifiersEndingInEAreNoEscapePrefix() {
    assertThat(StatementText.stringLiterals("SELECT name'x' FROM t")).containsExactly("x");
    assertThat(StatementText.stringLiterals("SELECT e'x\\n'")).containsExactly("x\n");
  }

  @Test
  void sliceCutsAnActionOutOfAStatement() {
    ParsedStatement.AlterTable alter =
        (ParsedStatement.AlterTable)
            SqlParser.parse(
                    "m.sql", "\n  ALTER TABLE t\n    ADD COLUMN a text,\n    DROP COLUMN b;")
                .statements()
                .get(0);
    assertThat(StatementText.slice(alter.source(), alter.actions().get(0).span()))
        .isEqualTo("ADD COLUMN a text");
    assertThat(StatementText.slice(alter.source(), alter.actions().get(1).span()))
        .isEqualTo("DROP COLUMN b");
  }
}
