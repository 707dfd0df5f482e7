package dev.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.RenameAnswers;
import dev.shale.diff.SchemaDiff;
import dev.shale.loader.SchemaLoader;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locks, rewrites and version-dependent SQL that the review and the -- shale: comments state.
 */
class RiskFactsTest {
  @TempDir Path dir;

  private SchemaModel model(String body) throws Exception {
    Path file = Files.createTempFile(dir, "Schema", ".java");
    Files.writeString(
        file,
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\npublic final class Schema {\n"
            + body
            + "\n}\n");
    return SchemaLoader.fromSources(List.of(file));
  }

  private List<Statement> plan(String before, String after, int pgVersion) throws Exception {
    return StatementPlanner.plan(
        SchemaDiff.diff(model(before), model(after), RenameAnswers.NONE, pgVersion),
        new PlanOptions(pgVersion, false));
  }

  private static final String PARENT =
      "  public static final Table A = table(\"a\", column(\"id\", bigint()).primaryKey(), column(\"label\", varchar(100)), column(\"qty\", integer()), index(\"label\").name(\"%s\"));\n";

  @Test
  void wideningAVarcharIsABriefLockNotARewrite() throws Exception {
    List<Statement> s =
        plan(
            PARENT.formatted("a_label"),
            PARENT.formatted("a_label").replace("varchar(100)", "varchar(200)"),
            17);
    assertThat(s)
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.sql())
                  .isEqualTo("ALTER TABLE a ALTER COLUMN label TYPE character varying(200)");
              assertThat(st.risk().rewrite()).isFalse();
              assertThat(st.risk().rules()).isEmpty();
            });
    List<Statement> narrowing =
        plan(
            PARENT.formatted("a_label"),
            PARENT.formatted("a_label").replace("varchar(100)", "varchar(50)"),
            17);
    assertThat(narrowing.get(0).risk().rewrite()).isTrue();
  }

  @Test
  void renamingAnIndexLocksOnlyTheIndex() throws Exception {
    List<Statement> s = plan(PARENT.formatted("a_label"), PARENT.formatted("a_label_idx"), 17);
    assertThat(s)
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.sql()).isEqualTo("ALTER INDEX a_label RENAME TO a_label_idx");
              assertThat(st.risk().locks())
                  .containsExactly(
                      new TableLock(
                          new QualifiedName("public", "a_label"), LockMode.SHARE_UPDATE_EXCLUSIVE));
            });
  }

  @Test
  void droppingAForeignKeyLocksBothTables() throws Exception {
    String child = "  public static final Table B = table(\"b\", column(\"a_id\", bigint())%s);\n";
    List<Statement> s =
        plan(
            PARENT.formatted("x") + child.formatted(".references(\"a\", \"id\")"),
            PARENT.formatted("x") + child.formatted(""),
            17);
    assertThat(s.get(0).sql()).isEqualTo("ALTER TABLE b DROP CONSTRAINT b_a_id_fkey");
    assertThat(s.get(0).risk().locks())
        .extracting(TableLock::table)
        .containsExactly(new QualifiedName("public", "b"), new QualifiedName("public", "a"));
  }

  @Test
  void changingAGeneratedExpressionBeforePostgres17DropsAndAddsTheColumn() throws Exception {
    String t =
        "  public static final Table T = table(\"t\", column(\"id\", bigint()).primaryKey(), column(\"n\", integer()), column(\"g\", integer()).generatedAlwaysAs(\"n * %d\"));";
    assertThat(plan(t.formatted(2), t.formatted(3), 17))
        .extracting(Statement::sql)
        .containsExactly("ALTER TABLE t ALTER COLUMN g SET EXPRESSION AS (n * 3)");
    assertThat(plan(t.formatted(2), t.formatted(3), 15))
        .extracting(Statement::sql)
        .containsExactly(
            "ALTER TABLE t DROP COLUMN g",
            "ALTER TABLE t ADD COLUMN g integer GENERATED ALWAYS AS (n * 3) STORED");
  }

  @Test
  void addingIdentityToAFilledColumnContinuesAfterItsRows() throws Exception {
    String t =
        "  public static final Table T = table(\"t\", column(\"id\", integer()).notNull()%s.primaryKey());";
    List<Statement> s = plan(t.formatted(""), t.formatted(".generatedByDefaultAsIdentity()"), 17);
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(
          "CREATE TABLE t (id integer NOT NULL PRIMARY KEY); INSERT INTO t SELECT generate_series(1, 5);");
      for (Statement statement : s) {
        db.apply(statement.sql());
      }
      db.apply("INSERT INTO t DEFAULT VALUES");
      try (var c = db.connect();
          var rs = c.createStatement().executeQuery("SELECT max(id) FROM t")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(6);
      }
    }
  }

  @Test
  void aTrailingLineCommentInUserSqlCannotSwallowWhatFollows() {
    assertThat(SqlFragments.endsInLineComment("a > 0 -- positive")).isTrue();
    assertThat(SqlFragments.endsInLineComment("'-- not a comment'")).isFalse();
    assertThat(SqlFragments.endsInLineComment("a -- one\nb")).isFalse();
    assertThat(SqlFragments.user("a > 0 -- positive")).isEqualTo("a > 0 -- positive\n");
  }
}
