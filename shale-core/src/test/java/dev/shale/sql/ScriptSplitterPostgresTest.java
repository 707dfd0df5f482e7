package dev.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.SimpleQuerySession;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * Proves the split against PostgreSQL itself: the statements of a rich script run one by one and
 * build what the script describes; each is exactly one statement to the server; and a whole script
 * is as many statements to the server as to the splitter.
 */
class ScriptSplitterPostgresTest {

  private static final String RICH_SCRIPT = resource("/splitter/rich_script.sql");

  /** The server's command tag for each statement of the rich script. */
  private static final List<String> RICH_SCRIPT_TAGS =
      List.of(
          "CREATE SCHEMA",
          "CREATE TABLE",
          "CREATE TABLE",
          "CREATE TABLE",
          "CREATE FUNCTION",
          "CREATE FUNCTION",
          "CREATE PROCEDURE",
          "DO",
          "CALL",
          "CREATE RULE",
          "INSERT 0 1",
          "INSERT 0 3",
          "PREPARE",
          "SELECT 1",
          "COMMENT",
          "BEGIN",
          "DELETE 1",
          "COMMIT",
          "SELECT 1");

  @Test
  void statementsOfARichScriptRunOneByOneThroughJdbc() throws SQLException {
    List<ScriptStatement> statements = ScriptSplitter.split(RICH_SCRIPT);
    assertThat(statements).hasSize(RICH_SCRIPT_TAGS.size());
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = simpleProtocol(db)) {
      for (ScriptStatement statement : statements.subList(0, statements.size() - 1)) {
        try (java.sql.Statement st = c.createStatement()) {
          st.setEscapeProcessing(false);
          st.execute(statement.sql());
        }
      }
      String last = statements.get(statements.size() - 1).sql();
      assertThat(last).endsWith("'last; without semicolon'");
      assertThat(rows(c, last)).containsExactly("B");

      assertThat(
              rows(
                  c,
                  "select note || '|' || raw || '|' || bits || '|' || hex || '|' || tag"
                      + " from \"semi;colon\".\"odd \"\"name\"\"; here\""))
          .containsExactly("it's; escaped|C:\\path;|1010|11110000|n;");
      assertThat(rows(c, "select grade(95) || grade(85) || grade(10)")).containsExactly("A;BC");
      assertThat(rows(c, "select message from log order by id"))
          .containsExactly(
              "from DO; with semicolon;",
              "proc",
              "data;",
              "line one;continued",
              "it's'; continued");
      assertThat(rows(c, "select id || ':' || message from archive order by id"))
          .containsExactly("-3:deleted; proc!", "3:proc!");
      assertThat(rows(c, "select obj_description('log'::regclass, 'pg_class')"))
          .containsExactly("log; of things");
      assertThat(rows(c, "select prosrc from pg_proc where proname = 'add_log'"))
          .singleElement()
          .asString()
          .contains("$q$INSERT INTO log (message) VALUES ($1 || ';') RETURNING id$q$");
    }
  }

  @Test
  void eachStatementIsExactlyOneStatementToTheServer() {
    List<String> tags = new ArrayList<>();
    try (FreshDatabase db = TestPostgres.freshDatabase();
        SimpleQuerySession session = new SimpleQuerySession(db)) {
      for (ScriptStatement statement : ScriptSplitter.split(RICH_SCRIPT)) {
        List<String> statementTags = session.run(statement.sql());
        assertThat(statementTags)
            .as("statement %d at line %d", statement.number(), statement.line())
            .hasSize(1);
        tags.addAll(statementTags);
      }
    }
    assertThat(tags).isEqualTo(RICH_SCRIPT_TAGS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void splitterCountsAsManyStatementsAsTheServer(String name, String script) {
    try (FreshDatabase db = TestPostgres.freshDatabase();
        SimpleQuerySession session = new SimpleQuerySession(db)) {
      assertThat(ScriptSplitter.split(script)).hasSameSizeAs(session.run(script));
    }
  }

  static Stream<Arguments> scripts() {
    return Stream.of(
        Arguments.of("rich script", RICH_SCRIPT),
        Arguments.of("rich script with CRLF", RICH_SCRIPT.replace("\n", "\r\n")),
        Arguments.of("rich script with lone CR", RICH_SCRIPT.replace("\n", "\r")),
        Arguments.of(
            "empty pieces and comments",
            ";; select 1; -- c;\n;/* x; */; select 'a;'\n'b';; select $$;$$ -- end"),
        Arguments.of(
            "atomic bodies and transaction control",
            "begin; create function f(x int) returns int language sql begin atomic"
                + " select case when x > 0 then 1 else 0 end; select 2; end; commit;"
                + " create procedure p() language sql begin atomic select 1; end;"
                + " begin transaction; call p(); end; select f(1)"),
        Arguments.of(
            "parameters and odd identifiers",
            "prepare q(int) as select $1 as a$b; execute q(1); select 1 as c$$;"
                + " select E'\\';' as \"x;\"; deallocate q;"));
  }

  /**
   * A connection that sends each text as it is. With the extended protocol pgjdbc splits a text
   * again by its own rules, which could hide a wrong split.
   */
  private static Connection simpleProtocol(FreshDatabase db) throws SQLException {
    PGSimpleDataSource ds = (PGSimpleDataSource) db.dataSource();
    ds.setPreferQueryMode(PreferQueryMode.SIMPLE);
    return ds.getConnection();
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (java.sql.Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static String resource(String path) {
    try (InputStream in = ScriptSplitterPostgresTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
