package dev.shale.loader;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.SchemaModel;
import dev.shale.schema.Column;
import dev.shale.schema.DataType;
import dev.shale.schema.IndexKey;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgExtension;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;
import dev.shale.schema.TablePart;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import dev.shale.testing.TestPostgres.SqlScriptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the loader refuses before anything reaches a database, and why: each refusal is something
 * PostgreSQL would refuse, or silently change, or fail on later.
 */
class ValidationTest {
  private static final String LONG = "x".repeat(64);
  private static final String LONGEST = "x".repeat(63);

  /** The problems ModelTranslator reports for these DSL objects; empty when it accepts them. */
  static List<String> problems(Object... objects) {
    try {
      translate(objects);
      return List.of();
    } catch (InvalidSchemaException e) {
      return e.problems();
    }
  }

  static SchemaModel translate(Object... objects) {
    List<Declared<PgSchema>> schemas = new ArrayList<>();
    List<Declared<PgEnum>> enums = new ArrayList<>();
    List<Declared<PgSequence>> sequences = new ArrayList<>();
    List<Declared<Table>> tables = new ArrayList<>();
    List<Declared<PgView>> views = new ArrayList<>();
    List<Declared<PgExtension>> extensions = new ArrayList<>();
    int n = 0;
    for (Object o : objects) {
      String origin = "Test.F" + n++;
      if (o instanceof PgSchema s) {
        schemas.add(new Declared<>(s, origin));
      } else if (o instanceof PgEnum e) {
        enums.add(new Declared<>(e, origin));
      } else if (o instanceof PgSequence s) {
        sequences.add(new Declared<>(s, origin));
      } else if (o instanceof Table t) {
        tables.add(new Declared<>(t, origin));
      } else if (o instanceof PgView v) {
        views.add(new Declared<>(v, origin));
      } else if (o instanceof PgExtension x) {
        extensions.add(new Declared<>(x, origin));
      } else {
        throw new IllegalArgumentException(String.valueOf(o));
      }
    }
    return ModelTranslator.translate(
        new DeclaredObjects(schemas, enums, sequences, tables, views, extensions, List.of()));
  }

  private static Table t(TablePart... parts) {
    List<TablePart> all = new ArrayList<>(List.of(column("id", integer())));
    all.addAll(List.of(parts));
    return table("t", all.toArray(TablePart[]::new));
  }

  private static Table withColumn(Column column) {
    return table("t", column);
  }

  @Nested
  class Names {
    @Test
    void namesLongerThan63BytesAreProblems() {
      assertThat(problems(table(LONG, column("id", integer()))))
          .singleElement(as(STRING))
          .contains("table public." + LONG)
          .contains("is 64 bytes long")
          .contains("would cut it to \"" + LONGEST + "\"");
      assertThat(problems(table("t", column(LONG, integer()))))
          .singleElement(as(STRING))
          .contains("column " + LONG)
          .contains("64 bytes");
      assertThat(problems(enumType(LONG, "a"))).hasSize(1);
      assertThat(problems(enumType("e", "a", LONG)))
          .singleElement(as(STRING))
          .contains("the value '" + LONG + "' is 64 bytes long");
      assertThat(problems(sequence(LONG))).hasSize(1);
      assertThat(problems(view(LONG, "SELECT 1"))).hasSize(1);
      assertThat(problems(schema(LONG).table("t", column("id", integer()))))
          .singleElement(as(STRING))
          .startsWith("schema " + LONG);
      assertThat(problems(t(check("id > 0").name(LONG)))).hasSize(1);
      assertThat(problems(t(unique("id").name(LONG)))).hasSize(1);
      assertThat(problems(t(index("id").name(LONG)))).hasSize(1);
      assertThat(problems(t(primaryKey("id").name(LONG)))).hasSize(1);
      assertThat(problems(t(foreignKey("id").references("t", "id").name(LONG), unique("id"))))
          .hasSize(1);
    }

    @Test
    void sixtyThreeBytesAreAllowedAndCountedInBytes() {
      assertThat(problems(table(LONGEST, column(LONGEST, integer())), enumType("e", LONGEST)))
          .isEmpty();
      // 32 two-byte characters are 64 bytes.
      assertThat(problems(table("é".repeat(32), column("id", integer())))).hasSize(1);
    }

    @Test
    void emptyNamesAreProblems() {
      assertThat(problems(table("", column("id", integer()))))
          .singleElement(as(STRING))
          .contains("the name is empty");
      assertThat(problems(table("t", column("", integer())))).hasSize(1);
      assertThat(problems(enumType("", "a"))).hasSize(1);
      assertThat(problems(sequence(""))).hasSize(1);
      assertThat(problems(view("", "SELECT 1"))).hasSize(1);
      assertThat(problems(schema("").table("t", column("id", integer())))).hasSize(1);
      assertThat(problems(t(index("id").name("")))).hasSize(1);
    }

    @Test
    void schemaNamesStartingWithPgAreReserved() {
      assertThat(problems(schema("pg_app").table("t", column("id", integer()))))
          .singleElement(as(STRING))
          .contains("pg_app")
          .contains("reserved for system schemas");
      assertThat(problems(schema("pg_app"))).hasSize(1);
      assertThat(problems(schema("app_pg").table("t", column("id", integer())))).isEmpty();
    }

    @Test
    void anEmptyEnumValueIsAllowedAsPostgresAllowsIt() {
      assertThat(problems(enumType("e", "", "a"))).isEmpty();
    }
  }

  @Nested
  class Clashes {
    @Test
    void tablesViewsSequencesAndIndexesShareOneNamespace() {
      assertThat(problems(table("a", column("id", integer())), view("a", "SELECT 1")))
          .singleElement(as(STRING))
          .contains("table public.a and view public.a have the same name public.a");
      assertThat(problems(table("a", column("id", integer())), materializedView("a", "SELECT 1")))
          .singleElement(as(STRING))
          .contains("materialized view public.a");
      assertThat(problems(table("a", column("id", integer())), sequence("a")))
          .singleElement(as(STRING))
          .contains("table public.a and sequence public.a");
      assertThat(problems(view("a", "SELECT 1"), sequence("a"))).hasSize(1);
      assertThat(
              problems(
                  table("a", column("id", integer())),
                  table("b", column("id", integer()), index("id").name("a"))))
          .singleElement(as(STRING))
          .contains("table public.a and index a of table public.b");
      assertThat(
              problems(
                  table("a", column("id", integer()), unique("id").name("k")),
                  table("b", column("id", integer()), index("id").name("k"))))
          .singleElement(as(STRING))
          .contains("unique constraint k of table public.a and index k of table public.b");
      assertThat(
              problems(
                  sequence("k"), table("b", column("id", integer()), primaryKey("id").name("k"))))
          .singleElement(as(STRING))
          .contains("sequence public.k and primary key k of table public.b");
    }

    @Test
    void theSequenceOfASerialColumnTakesItsName() {
      assertThat(problems(table("t", column("id", serial())), sequence("t_id_seq")))
          .singleElement(as(STRING))
          .contains("sequence public.t_id_seq and the sequence of serial column public.t.id");
    }

    @Test
    void enumsClashWithTablesAndViewsButNotWithSequencesOrIndexes() {
      assertThat(problems(enumType("a", "x"), table("a", column("id", integer()))))
          .singleElement(as(STRING))
          .contains("table public.a and enum public.a have the same name")
          .contains("row type");
      assertThat(problems(enumType("a", "x"), view("a", "SELECT 1"))).hasSize(1);
      assertThat(problems(enumType("a", "x"), materializedView("a", "SELECT 1"))).hasSize(1);
      assertThat(problems(enumType("a", "x"), sequence("a"))).isEmpty();
      assertThat(problems(enumType("a", "x"), t(index("id").name("a")))).isEmpty();
    }

    @Test
    void sameNamesInOtherSchemasOrOfConstraintsOnOtherTablesAreFine() {
      assertThat(
              problems(
                  table("a", column("id", integer())),
                  schema("s").view("a", "SELECT 1"),
                  table("b", column("x", integer()), check("x > 0").name("positive")),
                  table("c", column("x", integer()), check("x > 0").name("positive")),
                  table("d", column("x", integer()), check("x > 0").name("a"))))
          .isEmpty();
    }

    /** The facts these checks rest on, as the server states them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiterString = " => ",
        value = {
          "CREATE TABLE a (); CREATE VIEW a AS SELECT 1 => 42P07",
          "CREATE TABLE a (); CREATE SEQUENCE a => 42P07",
          "CREATE TABLE a (); CREATE TABLE b (x int); CREATE INDEX a ON b (x) => 42P07",
          "CREATE TABLE a (x int CONSTRAINT k UNIQUE); CREATE INDEX k ON a (x) => 42P07",
          "CREATE TABLE a (); CREATE TYPE a AS ENUM ('x') => 42710",
          "CREATE VIEW a AS SELECT 1; CREATE TYPE a AS ENUM ('x') => 42710",
          "CREATE SEQUENCE a; CREATE TYPE a AS ENUM ('x') => ok",
          "CREATE TABLE b (x int); CREATE INDEX a ON b (x); CREATE TYPE a AS ENUM ('x') => ok",
          "CREATE TABLE a (x int CONSTRAINT k CHECK (x > 0)); CREATE TABLE b (x int CONSTRAINT k"
              + " CHECK (x > 0)) => ok",
          "CREATE SCHEMA pg_app => 42939",
          "CREATE TYPE e AS ENUM ('', 'a') => ok",
        })
    void postgresAgrees(String sql, String sqlState) {
      try (FreshDatabase db = TestPostgres.freshDatabase()) {
        if (sqlState.equals("ok")) {
          db.apply(sql);
        } else {
          assertThatThrownBy(() -> db.apply(sql))
              .isInstanceOfSatisfying(
                  SqlScriptException.class, e -> assertThat(e.sqlState()).isEqualTo(sqlState));
        }
      }
    }
  }

  @Nested
  class TypesAndOptions {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiterString = " => ",
        value = {
          "character varying(0) => must be between 1 and 10485760",
          "character varying(10485761) => must be between 1 and 10485760",
          "character(0) => must be between 1 and 10485760",
          "numeric(0) => precision of numeric must be between 1 and 1000",
          "numeric(1001) => precision of numeric must be between 1 and 1000",
          "numeric(5,1001) => scale of numeric must be between -1000 and 1000",
          "numeric(5,-1001) => scale of numeric must be between -1000 and 1000",
          "time(7) without time zone => would silently reduce it to 6",
          "timestamp(7) with time zone => would silently reduce it to 6",
          "timestamp(-1) without time zone => between 0 and 6",
          "interval(7) => between 0 and 6",
          "bit(0) => the length of bit",
          "float(54) => precision of float",
        })
    void invalidTypeModifiersAreProblems(String type, String message) {
      assertThat(problems(withColumn(column("c", customType(type)))))
          .singleElement(as(STRING))
          .contains("column c: " + type)
          .contains(message);
    }

    @Test
    void theDslsOwnTypeMethodsAreChecked() {
      assertThat(problems(withColumn(column("c", varchar(0))))).hasSize(1);
      assertThat(problems(withColumn(column("c", character(10_485_761))))).hasSize(1);
      assertThat(problems(withColumn(column("c", numeric(3, 1001))))).hasSize(1);
      assertThat(problems(withColumn(column("c", timestamptz(7))))).hasSize(1);
      assertThat(problems(withColumn(column("c", time(-1))))).hasSize(1);
    }

    @Test
    void validModifiersAtTheLimitsAreFine() {
      assertThat(
              problems(
                  table(
                      "t",
                      column("a", varchar(1)),
                      column("b", varchar(10_485_760)),
                      column("c", character(10_485_760)),
                      column("d", numeric(1000, 1000)),
                      column("e", numeric(1, 0)),
                      column("e2", numeric(3, 5)),
                      column("e3", numeric(3, -2)),
                      column("f", timestamptz(0)),
                      column("g", time(6)),
                      column("h", customType("float(53)")),
                      column("i", customType("bit varying(5)")))))
          .isEmpty();
    }

    @Test
    void floatWithPrecisionIsRealOrDoublePrecision() {
      SchemaModel model =
          translate(
              table(
                  "t", column("a", customType("float(24)")), column("b", customType("float(25)"))));
      assertThat(model.tables().get(0).columns())
          .extracting(c -> c.type().toString())
          .containsExactly("real", "double precision");
    }

    @Test
    void arraysOfAnyDeclaredDepthAreOneArrayType() {
      PgEnum mood = enumType("mood", "ok");
      SchemaModel deep =
          translate(
              mood,
              table(
                  "t",
                  column("a", integer().array().array()),
                  column("b", mood.array().array().array())));
      SchemaModel flat =
          translate(mood, table("t", column("a", integer().array()), column("b", mood.array())));
      assertThat(deep).isEqualTo(flat);
      assertThat(deep.tables().get(0).columns().get(0).type().toString()).isEqualTo("integer[]");
    }

    @Test
    void arraysKeepOneDimensionInThePostgresCatalogSense() {
      try (FreshDatabase db = TestPostgres.freshDatabase()) {
        // PostgreSQL stores both as integer[]; format_type prints no dimensions.
        db.apply("CREATE TABLE t (a integer[][], b integer[])");
      }
    }

    @Test
    void sequenceOptionsPostgresRefusesAreProblems() {
      assertThat(problems(sequence("s").incrementBy(0)))
          .singleElement(as(STRING))
          .contains("sequence public.s (Test.F0): INCREMENT must not be zero");
      assertThat(problems(sequence("s").minValue(10).maxValue(5)))
          .singleElement(as(STRING))
          .contains("MINVALUE (10) must be less than MAXVALUE (5)");
      assertThat(problems(sequence("s").minValue(10).maxValue(10))).hasSize(1);
      assertThat(problems(sequence("s").minValue(10).startWith(5)))
          .singleElement(as(STRING))
          .contains("START (5) cannot be less than MINVALUE (10)");
      assertThat(problems(sequence("s").maxValue(10).startWith(11)))
          .singleElement(as(STRING))
          .contains("START (11) cannot be greater than MAXVALUE (10)");
      assertThat(problems(sequence("s").as(smallint()).maxValue(40_000)))
          .singleElement(as(STRING))
          .contains("MAXVALUE (40000) is out of range for smallint");
      assertThat(problems(sequence("s").cache(0))).hasSize(1);
      // Descending: the defaults are the type's minimum and -1.
      assertThat(problems(sequence("s").incrementBy(-1))).isEmpty();
      assertThat(problems(sequence("s").incrementBy(-1).startWith(1))).hasSize(1);
    }

    @Test
    void identityOptionsAreCheckedTheSameWay() {
      assertThat(
              problems(
                  withColumn(
                      column("id", bigint())
                          .generatedAlwaysAsIdentity(sequenceOptions().incrementBy(0)))))
          .singleElement(as(STRING))
          .contains("column id: identity INCREMENT must not be zero");
      assertThat(
              problems(
                  withColumn(
                      column("id", integer())
                          .generatedByDefaultAsIdentity(
                              sequenceOptions().minValue(100).startWith(1)))))
          .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiterString = " => ",
        value = {
          "CREATE SEQUENCE s INCREMENT 0 => 22023",
          "CREATE SEQUENCE s MINVALUE 10 MAXVALUE 10 => 22023",
          "CREATE SEQUENCE s MINVALUE 10 START 5 => 22023",
          "CREATE SEQUENCE s MAXVALUE 10 START 11 => 22023",
          "CREATE SEQUENCE s AS smallint MAXVALUE 40000 => 22023",
          "CREATE SEQUENCE s CACHE 0 => 22023",
          "CREATE SEQUENCE s INCREMENT -1 START 1 => 22023",
          "CREATE SEQUENCE s INCREMENT -1 => ok",
          "CREATE TABLE t (c varchar(10485761)) => 22023",
          "CREATE TABLE t (c numeric(1001)) => 22023",
          "CREATE TABLE t (c numeric(0)) => 22023",
          "CREATE TABLE t (c timestamp(-1)) => 42601",
          "CREATE TABLE t (c bit(0)) => 22023",
          "CREATE TABLE t (c float(54)) => 22023",
          "CREATE TABLE t (c varchar(10485760), d numeric(1000, 1000), e float(53)) => ok",
        })
    void postgresAgrees(String sql, String sqlState) {
      try (FreshDatabase db = TestPostgres.freshDatabase()) {
        if (sqlState.equals("ok")) {
          db.apply(sql);
        } else {
          assertThatThrownBy(() -> db.apply(sql))
              .isInstanceOfSatisfying(
                  SqlScriptException.class, e -> assertThat(e.sqlState()).isEqualTo(sqlState));
        }
      }
    }

    @Test
    void blankExpressionsAreProblems() {
      assertThat(problems(withColumn(column("c", integer()).generatedAlwaysAs(""))))
          .singleElement(as(STRING))
          .contains("column c has an empty generatedAlwaysAs(...) expression");
      assertThat(problems(withColumn(column("c", integer()).defaultSql("  "))))
          .singleElement(as(STRING))
          .contains("empty default");
      assertThat(problems(t(check("  ")))).hasSize(1);
      assertThat(problems(withColumn(column("c", integer()).check(" ")))).hasSize(1);
      assertThat(problems(t(index("id").where(" "))))
          .singleElement(as(STRING))
          .contains("empty where(...)");
      assertThat(problems(t(index(expr(" "))))).hasSize(1);
      assertThat(problems(t(index("id").using(" ")))).hasSize(1);
      assertThat(problems(view("v", " ;"))).hasSize(1);
    }
  }

  @Nested
  class Defaults {
    /**
     * Each default is judged the same way by Shale and by PostgreSQL, where "PostgreSQL refuses"
     * means that creating the table or inserting a row that takes the default fails.
     */
    @ParameterizedTest(name = "{0} DEFAULT {1}: {2}")
    @CsvSource(
        delimiterString = " | ",
        quoteCharacter = '~',
        value = {
          "integer | true | refused",
          "integer | FALSE | refused",
          "bigint | true | refused",
          "numeric(10,2) | true | refused",
          "real | true | refused",
          "uuid | true | refused",
          "jsonb | true | refused",
          "date | false | refused",
          "text | true | ok",
          "character varying(10) | false | ok",
          "boolean | TRUE | ok",
          "boolean | 1 | refused",
          "boolean | 0 | refused",
          "boolean | '1' | ok",
          "boolean | 'tr' | ok",
          "boolean | 'of' | ok",
          "boolean | 'o' | refused",
          "boolean | 'maybe' | refused",
          "uuid | 1 | refused",
          "date | 1 | refused",
          "timestamp with time zone | 0 | refused",
          "interval | 1 | refused",
          "bytea | 1 | refused",
          "inet | 1 | refused",
          "json | 1 | refused",
          "text | 1 | ok",
          "integer | 1.5 | ok",
          "integer | 2147483647.4 | ok",
          "integer | 2147483647.5 | refused",
          "integer | 3000000000 | refused",
          "smallint | -32768 | ok",
          "smallint | '40000' | refused",
          "integer | '0x1F' | ok",
          "integer | '1_000' | ok",
          "integer | ' 42 ' | ok",
          "integer | '1.5' | refused",
          "numeric | '1_000.5' | ok",
          "real | 'inf' | ok",
          "double precision | '-Infinity' | ok",
          "numeric | 'abc' | refused",
          "character varying(3) | 'abcdef' | refused",
          "character varying(3) | 'abc   ' | ok",
          "character varying(3) | 'ééé' | ok",
          "character(3) | 'abcd' | refused",
          "character(3) | 'ab' | ok",
          "text | 'abcdef' | ok",
          "date | 'abc' | refused",
          "date | '' | refused",
          "date | 'today' | ok",
          "date | 'Infinity' | ok",
          "date | '2024-02-29' | ok",
          "date | '2023-02-29' | refused",
          "date | '2024-13-01' | refused",
          "date | 'January 8, 1999' | ok",
          "timestamp without time zone | 'now' | ok",
          "timestamp without time zone | 'epoch' | ok",
          "timestamp without time zone | '2024-01-01 10:00:00' | ok",
          "timestamp without time zone | '2024-01-01T23:59:59.5' | ok",
          "timestamp without time zone | '2024-01-01 25:00' | refused",
          "timestamp with time zone | '2024-06-31 10:00+02' | refused",
          "timestamp with time zone | 'soon' | refused",
          "time without time zone | 'allballs' | ok",
          "time without time zone | '24:00' | ok",
          "time without time zone | '12:60' | refused",
          "time with time zone | '10:00:00+02' | ok",
          "time without time zone | 'noon' | refused",
          "uuid | 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' | ok",
          "uuid | '{a0eebc999c0b4ef8bb6d6bb9bd380a11}' | ok",
          "uuid | 'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11' | ok",
          "uuid | 'nope' | refused",
          "jsonb | '{bad' | refused",
          "jsonb | '' | refused",
          "jsonb | '{\"a\": 1} x' | refused",
          "jsonb | '[1, 2,]' | refused",
          "jsonb | '{\"a\": NaN}' | refused",
          "json | '{\"a\": 1, \"a\": 2}' | ok",
          "jsonb | ' \"text\" ' | ok",
          "jsonb | '3' | ok",
          "json | 'null' | ok",
          "tsvector | 'a b' | ok",
        })
    void literalDefaultsAsPostgresJudgesThem(String type, String literal, String verdict) {
      List<String> problems =
          problems(table("t", column("c", customType(type)).defaultSql(literal)));
      boolean refusedByShale = !problems.isEmpty();
      boolean refusedByPostgres;
      try (FreshDatabase db = TestPostgres.freshDatabase()) {
        try {
          db.apply(
              "CREATE TABLE t (c "
                  + type
                  + " DEFAULT "
                  + literal
                  + "); INSERT INTO t DEFAULT VALUES;");
          refusedByPostgres = false;
        } catch (SqlScriptException e) {
          refusedByPostgres = true;
        }
      }
      assertThat(refusedByPostgres).as("PostgreSQL refuses").isEqualTo(verdict.equals("refused"));
      assertThat(refusedByShale).as("Shale refuses: " + problems).isEqualTo(refusedByPostgres);
    }

    @ParameterizedTest(name = "jsonb DEFAULT {0}")
    @CsvSource(
        delimiterString = " | ",
        quoteCharacter = '~',
        value = {
          "'{bad' | unexpected 'b' at character 2",
          "'{\"a\": 1' | it ends before the JSON value does",
          "'[1}' | unexpected '}' at character 3",
          "'{\"a\": 1} x' | 'x' at character 10 is not a JSON value",
          "'{\"a\": NaN}' | 'NaN' at character 7 is not a JSON value",
          "'{\"a\": \"x' | it ends before the JSON value does",
        })
    void anInvalidJsonDefaultIsExplainedInPlainWords(String literal, String reason) {
      assertThat(problems(table("t", column("c", jsonb()).defaultSql(literal))))
          .singleElement(as(STRING))
          .endsWith(literal + " is not valid JSON: " + reason)
          .doesNotContain("Source:")
          .doesNotContain("REDACTED")
          .doesNotContain("code ");
    }

    @Test
    void anEnumTakesOnlyItsOwnQuotedValues() {
      PgEnum mood = enumType("mood", "ok", "1");
      assertThat(problems(mood, table("t", column("c", mood).defaultValue("ok")))).isEmpty();
      assertThat(problems(mood, table("t", column("c", mood).defaultSql("1"))))
          .singleElement(as(STRING))
          .contains("1 is a number, not a value of enum public.mood");
      assertThat(problems(mood, table("t", column("c", mood).defaultSql("true")))).hasSize(1);
    }
  }

  @Nested
  class NullArguments {
    private void npe(ThrowingCallable call, String message) {
      assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(message);
    }

    @Test
    void aNullArgumentIsNamed() {
      npe(() -> column(null, integer()), "column(name, type): the column name is null");
      npe(
          () -> column("c", (DataType) null),
          "column c: its type (if it is a field, declare it above the table that uses it) is"
              + " null");
      npe(
          () -> table("t", column("id", integer()), (TablePart) null),
          "table t: argument 2 of 2 is null (if it is a field, declare it above the table: Java"
              + " initializes static fields in order)");
      npe(
          () -> table(null, column("id", integer())),
          "table(name, parts...): the table name is null");
      npe(() -> table("t", (TablePart[]) null), "table t: the argument array is null");
      npe(
          () -> column("c", integer()).references((String) null, "id"),
          "column c: references(table, column): the table name is null");
      npe(
          () -> column("c", integer()).references("t", null),
          "column c: references(table, column): the column name is null");
      npe(
          () -> column("c", integer()).references((Supplier<Table>) null, "id"),
          "column c: references(() -> TABLE, column): the table supplier is null");
      npe(
          () -> foreignKey("a").references((String) null, "id"),
          "foreign key (a): references(table, ...): the table name is null");
      npe(
          () -> foreignKey("a").references("t", (String) null),
          "foreign key (a): references(...): the referenced columns: name 1 of 1 is null");
      npe(() -> foreignKey("a", null), "foreignKey(columns...): the columns: name 2 of 2 is null");
      npe(
          () -> primaryKey((String) null),
          "primaryKey(columns...): the columns: name 1 of 1 is null");
      npe(() -> unique((String[]) null), "unique(columns...): the columns is null");
      npe(() -> index((String) null), "index(columns...): the columns: name 1 of 1 is null");
      npe(
          () -> index((IndexKey) null),
          "index(keys...): argument 1 of 1 is null (make keys with key(\"column\") or"
              + " expr(\"sql\"))");
      npe(() -> expr(null), "expr(expression): the expression is null");
      npe(() -> key(null), "key(column): the column name is null");
      npe(() -> check(null), "check(expression): the expression is null");
      npe(
          () -> index("a").include("b", null),
          "index: include(columns...): the columns: name 2 of 2 is null");
      npe(() -> index("a").where(null), "index: where(predicate): the predicate is null");
      npe(() -> enumType("e", "a", null), "enum e values: argument 2 of 2 is null");
      npe(() -> enumType(null, "a"), "enumType(name, values...): the enum name is null");
      npe(() -> sequence(null), "sequence(name): the sequence name is null");
      npe(() -> view("v", null), "view v: the query is null");
      npe(() -> schema(null), "schema(name): the schema name is null");
      npe(() -> customType(null), "customType(sql): the type name is null");
      npe(
          () -> column("c", integer()).defaultSql(null),
          "column c: defaultSql(expression): the expression is null");
      npe(
          () -> column("c", integer()).generatedAlwaysAs(null),
          "column c: generatedAlwaysAs(expression): the expression is null");
      npe(
          () -> column("c", integer()).references("t", "id").onDelete(null),
          "column c: onDelete(action): the action is null");
    }

    @Test
    void aDefaultValueOfNullStaysDefaultNull() {
      SchemaModel model = translate(table("t", column("c", integer()).defaultValue(null)));
      assertThat(model.tables().get(0).columns().get(0).defaultExpression()).isNull();
    }

    @Test
    void aForeignKeySupplierThatThrowsIsAProblemNamingTheForeignKey() {
      Table target = table("target", column("id", integer()).primaryKey());
      Table source =
          table(
              "source",
              column("id", integer()),
              column("target_id", integer())
                  .references(
                      () -> {
                        throw new IllegalStateException("boom");
                      },
                      "id"));
      assertThat(problems(target, source))
          .singleElement(as(STRING))
          .contains("table public.source (Test.F1) foreign key (target_id)")
          .contains("supplier failed")
          .contains("IllegalStateException: boom");
      Table initFailure =
          table(
              "other",
              column("id", integer()),
              foreignKey("id")
                  .references(
                      () -> {
                        throw new ExceptionInInitializerError(new ArithmeticException("/ by zero"));
                      },
                      "id"));
      assertThat(problems(target, initFailure))
          .singleElement(as(STRING))
          .contains("foreign key (id)")
          .contains("ArithmeticException: / by zero");
    }

    @Test
    void aFieldUsedBeforeItIsSetIsNamedWithItsLine(@TempDir Path dir) throws Exception {
      Path source = dir.resolve("Early.java");
      Files.writeString(
          source,
          """
          import static dev.shale.schema.Pg.*;

          import dev.shale.schema.*;

          public final class Early {
            public static final Table USERS = table("users", Early.ID);
            public static final Column ID = column("id", bigint());
          }
          """);
      System.setProperty(
          "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
      assertThatThrownBy(() -> SchemaLoader.fromSources(List.of(source)))
          .isInstanceOf(SchemaLoadException.class)
          .hasMessageContaining("Early.java:6")
          .hasMessageContaining("table users: argument 1 of 1 is null");
    }
  }

  @Test
  void extensionsDeclaredTwiceMustAgreeAndTheirSchemaIsCreated() {
    assertThat(problems(extension("citext"), schema("ext").extension("citext")))
        .singleElement()
        .asString()
        .contains("extension citext is declared twice, differently");
    SchemaModel model =
        translate(extension("pg_trgm"), extension("pg_trgm"), schema("ext").extension("citext"));
    assertThat(model.extensions()).hasSize(2);
    assertThat(model.schemas()).containsExactly("ext");
    assertThat(problems(extension("pg_trgm").version(" ")))
        .singleElement()
        .asString()
        .contains("the version is empty");
  }

  @Test
  void storageParametersAndPersistenceArePostgresOnes() {
    assertThat(problems(table("t", column("id", integer())).with("fillfator", "70")))
        .singleElement()
        .asString()
        .contains("PostgreSQL has no table storage parameter fillfator");
    assertThat(problems(table("t", column("id", integer())).with("fillfactor", "high")))
        .singleElement()
        .asString()
        .contains("must be a whole number");
    assertThat(
            problems(table("t", column("id", integer())).with("toast.autovacuum_enabled", "off")))
        .singleElement()
        .asString()
        .contains("never be large enough to be TOASTed");
    assertThat(problems(table("t", column("b", text())).with("toast.autovacuum_enabled", "off")))
        .isEmpty();
    Table target = table("target", column("id", integer()).primaryKey()).unlogged();
    assertThat(
            problems(
                target,
                table("source", column("ref", integer()).references("public.target", "id"))))
        .singleElement()
        .asString()
        .contains("references the unlogged table public.target");
    assertThat(problems(view("v", "SELECT 1").with("check_option", "sometimes")))
        .singleElement()
        .asString()
        .contains("local or cascaded");
  }

  @Test
  void policiesTakeOnlyTheExpressionsTheirCommandUses() {
    assertThat(
            problems(
                table(
                    "t",
                    column("id", integer()),
                    policy("p").forInsert().using("id > 0"),
                    policy("q").forSelect().withCheck("id > 0"),
                    policy("p").using("true"))))
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).contains("is for INSERT, which takes only withCheck"))
        .anySatisfy(p -> assertThat(p).contains("is for SELECT, which takes only using"))
        .anySatisfy(p -> assertThat(p).contains("policy p is declared twice"));
  }

  @Test
  void collationsGoOnlyOnTextTypesAndNeedAName() {
    assertThat(problems(table("t", column("n", integer()).collate("C"))))
        .singleElement()
        .asString()
        .contains("column n is of type integer, which has no collation");
    assertThat(problems(table("t", column("n", text()).collate(" ")))).hasSize(1);
    assertThat(
            problems(
                table(
                    "t",
                    column("a", text()).collate("C"),
                    column("b", varchar(10).array()).collate("POSIX"),
                    column("c", customType("citext")).collate("public", "ci"))))
        .isEmpty();
  }
}
