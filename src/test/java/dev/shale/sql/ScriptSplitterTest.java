package dev.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for {@link ScriptSplitter}: each script with every statement it must yield (number,
 * line, column, text). The rules are PostgreSQL's lexer (scan.l) and psql's statement ends
 * (psqlscan.l).
 */
class ScriptSplitterTest {

  private static ScriptStatement st(int number, int line, int column, String sql) {
    return new ScriptStatement(number, line, column, sql);
  }

  private static void assertSplit(String script, ScriptStatement... expected) {
    assertThat(ScriptSplitter.split(script)).containsExactly(expected);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(
      String script, String message, int line, int column) {
    return assertThatThrownBy(() -> ScriptSplitter.split(script))
        .isInstanceOfSatisfying(
            SqlScriptSyntaxException.class,
            e -> {
              assertThat(e.line()).as("line").isEqualTo(line);
              assertThat(e.column()).as("column").isEqualTo(column);
            })
        .hasMessage(message);
  }

  @Nested
  class Statements {
    @Test
    void splitsAtSemicolonsWithPositionsOfTheFirstToken() {
      assertSplit(
          "create table a (id int);\n  insert into a values (1);  select 2;\n",
          st(1, 1, 1, "create table a (id int)"),
          st(2, 2, 3, "insert into a values (1)"),
          st(3, 2, 30, "select 2"));
    }

    @Test
    void statementTextRunsFromFirstToLastTokenAndKeepsInnerComments() {
      assertSplit(
          """
          -- header comment; not a statement
          /* block; too */
          select 1, -- first column; really
            /* inner; */ 2   -- trailing; dropped
          ;
          """,
          st(1, 3, 1, "select 1, -- first column; really\n  /* inner; */ 2"));
    }

    @Test
    void lastStatementWithoutSemicolonIsAStatement() {
      assertSplit(
          "select 1;\nselect 2 -- no semicolon\n",
          st(1, 1, 1, "select 1"),
          st(2, 2, 1, "select 2"));
    }

    @Test
    void emptyAndCommentOnlyPiecesYieldNoStatement() {
      assertSplit(";; ;\n-- just a comment;\n;select 1;;\n/* c */;", st(1, 3, 2, "select 1"));
    }

    @Test
    void commentOnlyOrEmptyScriptsYieldNothing() {
      assertThat(ScriptSplitter.split("")).isEmpty();
      assertThat(ScriptSplitter.split(" \n\t\r\n")).isEmpty();
      assertThat(ScriptSplitter.split("-- shale:no-transaction\n-- nothing here;\n")).isEmpty();
      assertThat(ScriptSplitter.split("/* a; /* nested; */ b; */ -- c")).isEmpty();
    }

    @Test
    void numbersCountOnlyRealStatements() {
      List<ScriptStatement> statements = ScriptSplitter.split(";select 1;;;select 2;");
      assertThat(statements).extracting(ScriptStatement::number).containsExactly(1, 2);
    }

    @Test
    void semicolonInsideParenthesesDoesNotSplitAsInPsql() {
      // CREATE RULE's multi-action form is the SQL that needs this
      assertSplit(
          "create rule r as on insert to t do also (insert into a values (1); delete from b);"
              + " select 2;",
          st(
              1,
              1,
              1,
              "create rule r as on insert to t do also (insert into a values (1); delete from b)"),
          st(2, 1, 84, "select 2"));
    }

    @Test
    void unbalancedClosingParenthesisIsIgnored() {
      assertSplit("select 1);select 2;", st(1, 1, 1, "select 1)"), st(2, 1, 11, "select 2"));
    }
  }

  @Nested
  class Comments {
    @Test
    void lineCommentHidesSemicolonsAndEndsAtAnyNewline() {
      assertSplit(
          "select 1 -- a; b\r+ 2 -- c; d\r\n+ 3;",
          st(1, 1, 1, "select 1 -- a; b\r+ 2 -- c; d\r\n+ 3"));
    }

    @Test
    void blockCommentsNest() {
      assertSplit(
          "/* outer; /* inner; */ still comment; */ select 1; /* a */ select /* b; /* c; */ d; */ 2;",
          st(1, 1, 42, "select 1"),
          st(2, 1, 60, "select /* b; /* c; */ d; */ 2"));
    }

    @Test
    void commentsStartInsideOperators() {
      assertSplit(
          "select 2+/*;*/3; select 4*--;\n5;",
          st(1, 1, 1, "select 2+/*;*/3"),
          st(2, 1, 18, "select 4*--;\n5"));
    }

    @Test
    void starsBeforeTheClosingSlashEndTheComment() {
      assertSplit("/** doc; **/ select 1;", st(1, 1, 14, "select 1"));
    }
  }

  @Nested
  class Strings {
    @Test
    void standardStringsDoubleTheirQuotesAndKeepBackslashes() {
      assertSplit(
          "select 'it''s; fine'; select 'C:\\'; select 3;",
          st(1, 1, 1, "select 'it''s; fine'"),
          st(2, 1, 23, "select 'C:\\'"),
          st(3, 1, 37, "select 3"));
    }

    @Test
    void escapeStringsTakeBackslashEscapes() {
      assertSplit(
          "select E'\\''; select e'a\\\\'; select E'x;\\';y'';z';",
          st(1, 1, 1, "select E'\\''"),
          st(2, 1, 15, "select e'a\\\\'"),
          st(3, 1, 30, "select E'x;\\';y'';z'"));
    }

    @Test
    void onlyALoneLetterEMakesAnEscapeString() {
      // date'...' is a typed literal: a standard string where the backslash is just a character
      assertSplit(
          "select date'C:\\'; select name E'\\'';",
          st(1, 1, 1, "select date'C:\\'"),
          st(2, 1, 19, "select name E'\\''"));
    }

    @Test
    void continuedEscapeStringKeepsEscaping() {
      // the continuation after a newline is still part of the E string, so \' does not end it
      assertSplit(
          "select E'a' -- c\n  '\\'; b';\nselect 2;",
          st(1, 1, 1, "select E'a' -- c\n  '\\'; b'"),
          st(2, 3, 1, "select 2"));
    }

    @Test
    void continuedStandardStringDoesNotBreak() {
      assertSplit(
          "select 'a;'\n   'b;'\n\n'c;' as x; select 2;",
          st(1, 1, 1, "select 'a;'\n   'b;'\n\n'c;' as x"),
          st(2, 4, 12, "select 2"));
    }

    @Test
    void prefixedStrings() {
      assertSplit(
          "select B'10;1', X'1F;', N'n;''a', U&'d\\0061t;a' UESCAPE '!'; select 2;",
          st(1, 1, 1, "select B'10;1', X'1F;', N'n;''a', U&'d\\0061t;a' UESCAPE '!'"),
          st(2, 1, 62, "select 2"));
    }

    @Test
    void quotedIdentifiersDoubleTheirQuotes() {
      assertSplit(
          "create table \"a;b\" (\"x\"\"; y\" int, U&\"d;\\0061\" int); select 2;",
          st(1, 1, 1, "create table \"a;b\" (\"x\"\"; y\" int, U&\"d;\\0061\" int)"),
          st(2, 1, 53, "select 2"));
    }

    @Test
    void quotesInsideQuotedIdentifiersAndViceVersaAreJustCharacters() {
      assertSplit(
          "select '\";' as \"';\"; select 2;",
          st(1, 1, 1, "select '\";' as \"';\""),
          st(2, 1, 22, "select 2"));
    }
  }

  @Nested
  class DollarQuotes {
    @Test
    void dollarQuotedBodiesHideSemicolonsAndQuotes() {
      assertSplit(
          "do $$ begin perform 1; raise notice 'it''s'; end $$; select 2;",
          st(1, 1, 1, "do $$ begin perform 1; raise notice 'it''s'; end $$"),
          st(2, 1, 54, "select 2"));
    }

    @Test
    void taggedBodiesEndOnlyAtTheirOwnTag() {
      String function =
          """
          create function f() returns text language plpgsql as $fn$
          begin
            execute $$select 1; select 2$$;
            return $body$;$body$ || $f$ $fn $fnx$ $$;
          end
          $fn$""";
      assertSplit(
          function + ";\nselect $_1$;$_1$, $é$;$é$;",
          st(1, 1, 1, function),
          st(2, 7, 1, "select $_1$;$_1$, $é$;$é$"));
    }

    @Test
    void dollarDigitIsAParameter() {
      assertSplit(
          "prepare q(int) as select $1 + $2$$;$$::int; execute q(1, 2);",
          st(1, 1, 1, "prepare q(int) as select $1 + $2$$;$$::int"),
          st(2, 1, 45, "execute q(1, 2)"));
    }

    @Test
    void dollarInsideAnIdentifierStartsNoQuote() {
      assertSplit(
          "select 1 as a$b, 2 as c$$; select $x$;$x$; select x$y$;",
          st(1, 1, 1, "select 1 as a$b, 2 as c$$"),
          st(2, 1, 28, "select $x$;$x$"),
          st(3, 1, 44, "select x$y$"));
    }

    @Test
    void dollarWithoutClosingDollarIsNotAQuote() {
      assertSplit("select $x; select 2;", st(1, 1, 1, "select $x"), st(2, 1, 12, "select 2"));
    }
  }

  @Nested
  class AtomicBodies {
    @Test
    void beginAtomicBodyKeepsItsSemicolons() {
      String function =
          """
          CREATE FUNCTION grade(score int) RETURNS text LANGUAGE sql
          BEGIN ATOMIC
            SELECT CASE WHEN score > 90 THEN 'a;' ELSE 'b' END;
            SELECT CASE score WHEN 1 THEN 'one' END;
          END""";
      assertSplit(
          function + ";\nselect grade(95);",
          st(1, 1, 1, function),
          st(2, 6, 1, "select grade(95)"));
    }

    @Test
    void createOrReplaceProcedureAndMixedCase() {
      String procedure =
          "Create Or Replace Procedure p(x int)\n"
              + "  Language SQL\n"
              + "  Begin Atomic\n"
              + "    insert into t values (x); insert into t values (x + 1);\n"
              + "  End";
      assertSplit(procedure + "; call p(1);", st(1, 1, 1, procedure), st(2, 5, 8, "call p(1)"));
    }

    @Test
    void caseOutsideAnAtomicBodyDoesNotNest() {
      assertSplit(
          "create function f() returns int language sql return case when true then 1 end;"
              + " select 2;",
          st(
              1,
              1,
              1,
              "create function f() returns int language sql return case when true then 1 end"),
          st(2, 1, 80, "select 2"));
    }

    @Test
    void wordsInParenthesesAndQuotesDoNotCount() {
      assertSplit(
          "create function f(begin int) returns int language sql as 'select begin; begin';"
              + " select 2;",
          st(
              1,
              1,
              1,
              "create function f(begin int) returns int language sql as 'select begin; begin'"),
          st(2, 1, 81, "select 2"));
    }

    @Test
    void topLevelTransactionControlSplits() {
      assertSplit(
          "BEGIN;\ncreate table t (id int);\nCOMMIT;\nbegin transaction; end;",
          st(1, 1, 1, "BEGIN"),
          st(2, 2, 1, "create table t (id int)"),
          st(3, 3, 1, "COMMIT"),
          st(4, 4, 1, "begin transaction"),
          st(5, 4, 20, "end"));
    }

    @Test
    void beginAfterARoutineStatementIsTransactionControlAgain() {
      assertSplit(
          "create procedure p() language sql begin atomic select 1; end; begin; select 2;",
          st(1, 1, 1, "create procedure p() language sql begin atomic select 1; end"),
          st(2, 1, 63, "begin"),
          st(3, 1, 70, "select 2"));
    }

    @Test
    void otherCreateStatementsIgnoreBegin() {
      assertSplit(
          "create table begin (x int); create or replace view v as select 1 as begin; select 2;",
          st(1, 1, 1, "create table begin (x int)"),
          st(2, 1, 29, "create or replace view v as select 1 as begin"),
          st(3, 1, 76, "select 2"));
    }
  }

  @Nested
  class Positions {
    @Test
    void crlfCountsAsOneLineAndLoneCrEndsALine() {
      assertSplit(
          "select 1;\r\n\r\n  select 2;\rselect 3;\n\r select 4;",
          st(1, 1, 1, "select 1"),
          st(2, 3, 3, "select 2"),
          st(3, 4, 1, "select 3"),
          st(4, 6, 2, "select 4"));
    }

    @Test
    void newlinesInsideQuotesAndCommentsAreCounted() {
      assertSplit(
          "select 'a\nb', $$\r\n$$ /*\n*/;\n \"x\ny\";  select 1;",
          st(1, 1, 1, "select 'a\nb', $$\r\n$$"),
          st(2, 5, 2, "\"x\ny\""),
          st(3, 6, 6, "select 1"));
    }

    @Test
    void byteOrderMarkIsSkipped() {
      assertSplit("\uFEFFselect 1;\n\uFEFF;", st(1, 1, 1, "select 1"), st(2, 2, 1, "\uFEFF"));
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
      assertSplit("select '😀'; select 2;", st(1, 1, 1, "select '😀'"), st(2, 1, 13, "select 2"));
    }
  }

  @Nested
  class Errors {
    @Test
    void unterminatedQuotedString() {
      assertFails(
          "select 1;\n\nselect 2,\n    'abc;\n",
          "unterminated quoted string starting at line 4, column 5",
          4,
          5);
    }

    @Test
    void unterminatedEscapeStringExplainsTheBackslash() {
      assertFails(
          "select E'C:\\';",
          "unterminated escape string starting at line 1, column 8"
              + " (in E'...' a backslash escapes the next character, so \\' does not end it)",
          1,
          8);
    }

    @Test
    void unterminatedPrefixedStringsPointAtThePrefix() {
      assertFails("select x'1f", "unterminated quoted string starting at line 1, column 8", 1, 8);
      assertFails("select U&'d", "unterminated quoted string starting at line 1, column 8", 1, 8);
    }

    @Test
    void unterminatedQuotedIdentifier() {
      assertFails(
          "select 1 as \"a;\nselect 2;",
          "unterminated quoted identifier starting at line 1, column 13",
          1,
          13);
    }

    @Test
    void unterminatedDollarQuoteNamesItsTag() {
      assertFails(
          "select 1;\r\ndo $body$ begin end $$;",
          "unterminated dollar-quoted string $body$ starting at line 2, column 4",
          2,
          4);
    }

    @Test
    void unterminatedBlockCommentExplainsNesting() {
      assertFails(
          "select 1; /* outer /* inner */ select 2;",
          "unterminated block comment starting at line 1, column 11"
              + " (block comments nest in PostgreSQL: each /* inside needs its own */)",
          1,
          11);
    }

    @Test
    void psqlMetaCommandAtStatementStart() {
      assertFails(
          "select 1;\n  \\i other.sql\nselect 2;",
          "psql meta-command \\i at line 2 is not SQL: Shale sends statements to the server as"
              + " they are; inline the file or drop the command",
          2,
          3);
    }

    @Test
    void psqlMetaCommandAtScriptStart() {
      assertFails(
          "\\set ON_ERROR_STOP on\nselect 1;",
          "psql meta-command \\set at line 1 is not SQL: Shale sends statements to the server as"
              + " they are; inline the file or drop the command",
          1,
          1);
    }

    @Test
    void psqlMetaCommandAfterSqlOnTheSameLine() {
      // the server would reject the backslash anyway: it is no SQL token
      assertFails(
          "select 1;\nselect count(*) from t \\gset\n",
          "psql meta-command \\gset at line 2 is not SQL: Shale sends statements to the server as"
              + " they are; inline the file or drop the command",
          2,
          24);
    }

    @Test
    void backslashesInsideQuotesAndCommentsAreNotMetaCommands() {
      assertSplit(
          "-- \\i x.sql\n/* \\set */ select '\\i', $$\\x$$, \"\\d\";",
          st(1, 2, 12, "select '\\i', $$\\x$$, \"\\d\""));
    }
  }

  /** A thousand typical files split right (their speed is measured in bench/, not here). */
  @Nested
  class ManyFiles {
    @Test
    void splitsAThousandFilesOfFiftyLinesIntoElevenStatementsEach() {
      List<String> files = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        files.add(fiftyLineFile(i));
      }
      assertThat(files.get(0).lines()).hasSize(50);
      assertThat(splitAll(files)).isEqualTo(1_000 * 11);
    }

    private static int splitAll(List<String> files) {
      int count = 0;
      for (String file : files) {
        count += ScriptSplitter.split(file).size();
      }
      return count;
    }

    private static String fiftyLineFile(int i) {
      return ("""
          -- Migration %1$d: eleven statements, fifty lines; comments; strings; bodies
          -- Generated for the many-files test;
          -- the text is typical of a hand-written migration.
          /* header; /* nested */ */
          CREATE TABLE t%1$d (
            id bigint PRIMARY KEY,
            name text NOT NULL DEFAULT 'it''s; here',
            note text DEFAULT E'tab\\t; quote \\'',
            "odd;name" int
          );
          CREATE INDEX t%1$d_name ON t%1$d (name);
          CREATE FUNCTION f%1$d(x int) RETURNS int LANGUAGE plpgsql AS $fn$
          BEGIN
            -- body; with semicolons
            IF x > 0 THEN
              RETURN x + 1;
            END IF;
            RETURN $$;$$::text::int;
          END
          $fn$;
          CREATE FUNCTION g%1$d(x int) RETURNS text LANGUAGE sql
          BEGIN ATOMIC
            SELECT CASE WHEN x > 0 THEN 'pos;' ELSE 'neg' END;
          END;
          INSERT INTO t%1$d (id, name) VALUES
            (1, 'one'),
            (2, 'two'),
            (3, 'three');
          UPDATE t%1$d
             SET name = name || ';'
           WHERE id = 1;
          DO $$
          BEGIN
            PERFORM f%1$d(1);
            PERFORM g%1$d(2);
          END
          $$;
          ALTER TABLE t%1$d
            ADD COLUMN created_at timestamptz
            NOT NULL DEFAULT now();
          COMMENT ON TABLE t%1$d IS 'table; %1$d';
          CREATE VIEW v%1$d AS
            SELECT id,
                   name
              FROM t%1$d
             WHERE id > 1;
          -- the last statement has no semicolon
          SELECT count(*)
            FROM t%1$d
           WHERE name <> ''
          """)
          .formatted(i);
    }
  }

  @Nested
  class NoTransactionMarker {
    @Test
    void firstLineMarksTheFile() {
      assertThat(MigrationScript.isNoTransaction("-- shale:no-transaction\nselect 1;")).isTrue();
      assertThat(MigrationScript.isNoTransaction("-- shale:no-transaction")).isTrue();
      assertThat(MigrationScript.isNoTransaction("\uFEFF-- shale:no-transaction \t\r\nx")).isTrue();
      assertThat(MigrationScript.isNoTransaction("-- shale:no-transaction\rselect 1;")).isTrue();
    }

    @Test
    void anythingElseDoesNot() {
      assertThat(MigrationScript.isNoTransaction("")).isFalse();
      assertThat(MigrationScript.isNoTransaction("select 1;\n-- shale:no-transaction")).isFalse();
      assertThat(MigrationScript.isNoTransaction("\n-- shale:no-transaction")).isFalse();
      assertThat(MigrationScript.isNoTransaction(" -- shale:no-transaction")).isFalse();
      assertThat(MigrationScript.isNoTransaction("-- shale:no-transaction please")).isFalse();
      assertThat(MigrationScript.isNoTransaction("-- SHALE:NO-TRANSACTION")).isFalse();
    }
  }
}
