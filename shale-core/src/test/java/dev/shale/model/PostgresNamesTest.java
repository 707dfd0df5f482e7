package dev.shale.model;

import static dev.shale.schema.Pg.bigint;
import static dev.shale.schema.Pg.check;
import static dev.shale.schema.Pg.column;
import static dev.shale.schema.Pg.expr;
import static dev.shale.schema.Pg.foreignKey;
import static dev.shale.schema.Pg.index;
import static dev.shale.schema.Pg.integer;
import static dev.shale.schema.Pg.jsonb;
import static dev.shale.schema.Pg.key;
import static dev.shale.schema.Pg.primaryKey;
import static dev.shale.schema.Pg.table;
import static dev.shale.schema.Pg.text;
import static dev.shale.schema.Pg.timestamp;
import static dev.shale.schema.Pg.timestamptz;
import static dev.shale.schema.Pg.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.schema.IndexDef;
import dev.shale.schema.TablePart;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names Shale gives to indexes and constraints that the user did not name are the names
 * PostgreSQL 17 gives them: every case runs on the embedded server and compares.
 */
class PostgresNamesTest {
  private static final String COLUMNS =
      "a text, b text, n integer, ts timestamp, tstz timestamptz, tags text[], data jsonb,"
          + " slug text, id integer, \"time\" integer, \"MyCol\" integer, mycol integer";

  private static FreshDatabase db;
  private static Connection connection;

  @BeforeAll
  static void database() throws SQLException {
    db = TestPostgres.freshDatabase();
    connection = db.connect();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SHOW server_encoding")) {
      rs.next();
      // Truncation never cuts a character in half only in a multibyte encoding.
      assertThat(rs.getString(1)).isEqualTo("UTF8");
    }
    execute("CREATE TABLE t (" + COLUMNS + ")");
    execute(
        "CREATE FUNCTION \"Lower\"(text) RETURNS text LANGUAGE sql IMMUTABLE"
            + " AS 'SELECT lower($1)'");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    connection.close();
    db.close();
  }

  /**
   * The server names an expression in a select list with the same function (FigureColname) as an
   * index key, with {@code ?column?} where an index key gets {@code expr}; so every expression here
   * is checked against the server, whether or not it could be indexed.
   */
  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '~',
      value = {
        "a => a",
        "t.a => a",
        "public.t.a => a",
        "\"MyCol\" => MyCol",
        "MyCol => mycol",
        "(a) => a",
        "((lower(a))) => lower",
        "lower(a) => lower",
        "LOWER(a) => lower",
        "\"Lower\"(a) => Lower",
        "pg_catalog.lower(a) => lower",
        "upper(lower(a)) => upper",
        "a || b => expr",
        "coalesce(n, 0) + 1 => expr",
        "lower(a) || b => expr",
        "(a || b) => expr",
        "-n => expr",
        "-n::int => expr",
        "+n => expr",
        "@ n => expr",
        "not (n > 0) => expr",
        "a is null => expr",
        "a notnull => expr",
        "n between 1 and 2 => expr",
        "a like 'x%' => expr",
        "a not like 'x%' => expr",
        "a similar to 'x' => expr",
        "a is not normalized => expr",
        "a is normalized => is_normalized",
        "a is nfc normalized => is_normalized",
        "(ts, ts) overlaps (ts, ts) => overlaps",
        "data ->> 'k' => expr",
        "data['k'] => data",
        "(data)['x']['y'] => data",
        "tags[1] => tags",
        "tags[1:2] => tags",
        "(t).a => a",
        "(string_to_array(a, ','))[1] => string_to_array",
        "1 => expr",
        "-1 => expr",
        "'x' => expr",
        "true => expr",
        "null => expr",
        "coalesce(n, 0) => coalesce",
        "greatest(n, 0) => greatest",
        "least(n, 0) => least",
        "nullif(a, '') => nullif",
        "trim(a) => btrim",
        "trim(both 'x' from a) => btrim",
        "trim(leading 'x' from a) => ltrim",
        "trim(trailing from a) => rtrim",
        "substring(a from 1 for 2) => substring",
        "substring(a, 2) => substring",
        "position('x' in a) => position",
        "extract(year from ts) => extract",
        "overlay(a placing 'x' from 1) => overlay",
        "normalize(a) => normalize",
        "collation for (a) => pg_collation_for",
        "treat(a as text) => text",
        "a collate \"C\" => a",
        "lower(a) collate \"C\" => lower",
        "(a || b) collate \"C\" => expr",
        "a::text collate \"C\" => a",
        "case when n > 0 then a else b end => b",
        "case when n > 0 then a end => case",
        "case when n > 0 then a else lower(b) end => lower",
        "case when true then 'x' else null::text end => case",
        "case n when 1 then a else b end => b",
        "(case when n > 0 then a end)::varchar => varchar",
        "(case when true then 'x' end)::text => text",
        "array[a, b] => array",
        "array(select 1) => array",
        "exists(select 1) => exists",
        "(select 1) => expr",
        "row(1, 2) => row",
        "(1, 2) => row",
        "tstz at time zone 'UTC' => timezone",
        "ts at local => timezone",
        "interval '1 day' + ts => expr",
        "n::bigint => n",
        "cast(n as bigint) => n",
        "cast(n + 1 as bigint) => int8",
        "(n + 1)::bigint => int8",
        "(n + 1)::int => int4",
        "(n + 1)::integer => int4",
        "(n + 1)::smallint => int2",
        "(n > 0)::boolean => bool",
        "(n + 1)::bool => bool",
        "(n + 1)::real => float4",
        "(n + 1)::double precision => float8",
        "(n + 1)::float => float8",
        "(n + 1)::float(10) => float4",
        "(n + 1)::float(40) => float8",
        "(n + 1)::numeric(10, 2) => numeric",
        "(n + 1)::decimal => numeric",
        "(n + 1)::dec(3) => numeric",
        "(n + 1)::text => text",
        "(a || b)::varchar => varchar",
        "(a || b)::character varying(20) => varchar",
        "(a || b)::char varying => varchar",
        "(a || b)::char(5) => bpchar",
        "(a || b)::character => bpchar",
        "(a || b)::national char => bpchar",
        "(a || b)::nchar => bpchar",
        "(a || b)::\"varchar\" => varchar",
        "(a || b)::\"char\" => char",
        "(n + 1)::int8 => int8",
        "(n + 1)::pg_catalog.int4 => int4",
        "(n + 1)::bit(3) => bit",
        "null::bit varying => varbit",
        "null::timestamp => timestamp",
        "null::timestamp(3) with time zone => timestamptz",
        "null::timestamp(3) without time zone => timestamp",
        "null::time => time",
        "null::time(3) with time zone => timetz",
        "null::timestamptz => timestamptz",
        "null::interval => interval",
        "null::interval second(3) => interval",
        "null::json => json",
        "null::int[] => int4",
        "null::int4 array => int4",
        "null::int array[3] => int4",
        "null::text[] => text",
        "'x'::text::varchar => varchar",
        "n::text::varchar => n",
        "(n + 1)::text::varchar => varchar",
        "lower(a)::text => lower",
        "array[n]::text[] => array",
        "date '2020-01-01' => date",
        "interval '1' day => interval",
        "timestamp with time zone '2020-01-01' => timestamptz",
        "double precision '1' => float8",
        "int '1' => int4",
        "jsonb '{}' => jsonb",
        "pg_catalog.int8 '1' => int8",
        "varchar(3) 'x' => varchar",
        "float(3) '1' => float4",
        "current_date => current_date",
        "current_time(2) => current_time",
        "localtimestamp => localtimestamp",
        "current_user => current_user",
        "session_user => session_user",
        "user => user",
        "current_catalog => current_catalog",
        "current_schema => current_schema",
        "current_schema() => current_schema",
        "system_user => system_user",
        "current_role => current_role",
        "json_object('a': 1) => json_object",
        "json_array(1) => json_array",
        "json('1') => json",
        "json_scalar(1) => json_scalar",
        "json_serialize('1') => json_serialize",
        "json_exists(data, '$.a') => json_exists",
        "json_query(data, '$.a') => json_query",
        "json_value(data, '$.a') => json_value",
        "xmlconcat(null) => xmlconcat",
        "lower(a) /* a comment */ => lower",
        "lower(a) -- a comment => lower",
        "e'it\\'s' => expr",
        "$$x$$::text => text",
        "lower(a) = 'x' => expr",
        "time => time",
        "\"time\" => time",
      })
  void expressionNamesAreTheServers(String expression, String expected) throws SQLException {
    assertThat(PgNames.expressionName(expression)).isEqualTo(expected);
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + expression + "\nFROM t LIMIT 0")) {
      String label = rs.getMetaData().getColumnLabel(1);
      assertThat(label.equals("?column?") ? "expr" : label).isEqualTo(expected);
    }
  }

  @Test
  void indexNamesAreTheServers() throws SQLException {
    List<IndexDef> indexes =
        List.of(
            index("a"),
            index(expr("a || b")),
            index(expr("coalesce(n, 0)")),
            index(expr("coalesce(n, 0) + 1")),
            index(expr("lower(a) || b")),
            index(expr("lower(a)")).include("id"),
            index(expr("(n + 1)::bigint")),
            index(expr("(n + 1)::int")),
            index(expr("(n + 1)::integer")),
            index(expr("(n + 1)::smallint")),
            index(expr("(n > 0)::boolean")),
            index(expr("(n + 1)::real")),
            index(expr("(n + 1)::double precision")),
            index(expr("(n + 1)::text")),
            index(expr("(a || b)::varchar")),
            index(expr("(a || b)::char(5)")),
            index(expr("(n + 1)::numeric(10, 2)")),
            index(expr("n::bigint")),
            index(expr("trim(a)")),
            index(expr("trim(leading 'x' from a)")),
            index(expr("trim(trailing from a)")),
            index(expr("substring(a from 1 for 2)")),
            index(expr("position('x' in a)")),
            index(expr("extract(year from ts)")),
            index(expr("overlay(a placing 'x' from 1)")),
            index(expr("a collate \"C\"")),
            index(expr("lower(a) collate \"C\"")),
            index(expr("case when n > 0 then a else b end")),
            index(expr("case when n > 0 then a end")),
            index(expr("case when n > 0 then a else lower(b) end")),
            index(expr("array[a, b]")),
            index(expr("tstz at time zone 'UTC'")),
            index(expr("a is normalized")),
            index(expr("normalize(a)")),
            index(expr("tags[1]")),
            index(expr("data['k']")),
            index(expr("data ->> 'k'")),
            index(expr("-n")),
            index(expr("nullif(a, '')")),
            index(expr("greatest(n, 0)")),
            index(expr("least(n, 0)")),
            index(expr("upper(lower(a))")),
            index(expr("pg_catalog.lower(a)")),
            index(expr("(a)")),
            index(expr("\"MyCol\"")),
            index(expr("lower(a)"), expr("lower(b)")),
            index(key("a"), expr("(a)")),
            index("b").include("a"),
            index(expr("lower(a)")).include("a", "b"),
            index("a", "b", "n"),
            index("a").unique(),
            index(expr("a || b")).where("n > 0"));
    List<String> columns =
        List.of(
            "a", "b", "n", "ts", "tstz", "tags", "data", "slug", "id", "time", "MyCol", "mycol");
    Set<String> shaleNames = new TreeSet<>();
    Set<String> serverNames = new TreeSet<>();
    for (int k = 1; k <= indexes.size(); k++) {
      List<TablePart> parts = new ArrayList<>();
      for (String c : columns) {
        parts.add(
            column(
                c,
                switch (c) {
                  case "n", "id", "time", "MyCol", "mycol" -> integer();
                  case "ts" -> timestamp();
                  case "tstz" -> timestamptz();
                  case "tags" -> text().array();
                  case "data" -> jsonb();
                  default -> text();
                }));
      }
      parts.addAll(indexes.subList(0, k));
      Table model = translate(table("t", parts.toArray(TablePart[]::new))).tables().get(0);
      Index added =
          model.indexes().stream()
              .filter(i -> !shaleNames.contains(i.name()))
              .findFirst()
              .orElseThrow();
      shaleNames.add(added.name());

      execute(createIndexSql("t", added));
      String serverName = newIndex("t", serverNames);
      assertThat(added.name()).as(createIndexSql("t", added)).isEqualTo(serverName);
    }
  }

  @Test
  void includedColumnsArePartOfTheName() throws SQLException {
    execute("CREATE TABLE posts (id integer, slug text)");
    execute("CREATE UNIQUE INDEX ON posts (lower(slug)) INCLUDE (id)");
    Table posts =
        translate(
                table(
                    "posts",
                    column("id", integer()),
                    column("slug", text()),
                    index(expr("lower(slug)")).unique().include("id")))
            .tables()
            .get(0);
    assertThat(posts.indexes().get(0).name())
        .isEqualTo("posts_lower_id_idx")
        .isEqualTo(newIndex("posts", new TreeSet<>()));
  }

  /** A check is named after its column when its expression mentions exactly one. */
  @Test
  void checkNamesAreTheServers() throws SQLException {
    List<String> checks =
        List.of(
            "n > 0",
            "n > id",
            "length(a) > 0",
            "a::text <> ''",
            "a IS NOT NULL OR b IS NOT NULL",
            "n IN (1, 2)",
            "n BETWEEN 1 AND 10",
            "'x' <> 'y'",
            "\"MyCol\" > 0",
            "lower(a) = a",
            "coalesce(n, id) > 0",
            "a <> 'n'");
    List<TablePart> parts = new ArrayList<>();
    parts.add(column("a", text()));
    parts.add(column("b", text()));
    parts.add(column("n", integer()));
    parts.add(column("id", integer()));
    parts.add(column("MyCol", integer()));
    checks.forEach(c -> parts.add(check(c)));
    Table model = translate(table("c", parts.toArray(TablePart[]::new))).tables().get(0);
    execute(
        "CREATE TABLE c (a text, b text, n integer, id integer, \"MyCol\" integer, "
            + checks.stream().map(c -> "CHECK (" + c + ")").collect(Collectors.joining(", "))
            + ")");
    assertThat(names(model)).isEqualTo(serverNames("c"));
  }

  /**
   * Long names are cut to 63 bytes, the longer part first, never inside a character: here every
   * name is made of two-byte characters so that an odd cut would split one.
   */
  @Test
  void longConstraintAndIndexNamesAreCutAsTheServerCutsThem() throws SQLException {
    String t = "é".repeat(31);
    String c1 = "a" + "é".repeat(30);
    String c2 = "ö".repeat(30) + "x";
    String c3 = "ü".repeat(25);
    String c4 = "b" + "ß".repeat(28);
    for (String name : List.of(t, c1, c2, c3, c4)) {
      assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
    }
    Table model =
        translate(
                table(
                    t,
                    column(c1, bigint()).notNull(),
                    column(c2, integer()).notNull().unique(),
                    column(c3, text()).check("length(" + q(c3) + ") > 0"),
                    column(c4, integer()).references("public." + t, c2),
                    primaryKey(c1, c2),
                    unique(c2, c3, c1),
                    foreignKey(c4, c1).references("public." + t, c2, c1),
                    check(q(c1) + " > 0 AND " + q(c2) + " > 0"),
                    check(q(c2) + " >= 0"),
                    index(c1, c2, c3),
                    index(expr("lower(" + q(c3) + ")")).include(c1, c2)))
            .tables()
            .get(0);
    execute(
        "CREATE TABLE "
            + q(t)
            + " ("
            + q(c1)
            + " bigint NOT NULL, "
            + q(c2)
            + " integer NOT NULL UNIQUE, "
            + q(c3)
            + " text CHECK (length("
            + q(c3)
            + ") > 0), "
            + q(c4)
            + " integer, PRIMARY KEY ("
            + q(c1)
            + ", "
            + q(c2)
            + "), UNIQUE ("
            + String.join(", ", q(c2), q(c3), q(c1))
            + "), CHECK ("
            + q(c1)
            + " > 0 AND "
            + q(c2)
            + " > 0), CHECK ("
            + q(c2)
            + " >= 0))");
    execute(
        "ALTER TABLE "
            + q(t)
            + " ADD FOREIGN KEY ("
            + q(c4)
            + ") REFERENCES "
            + q(t)
            + " ("
            + q(c2)
            + ")");
    execute(
        "ALTER TABLE "
            + q(t)
            + " ADD FOREIGN KEY ("
            + q(c4)
            + ", "
            + q(c1)
            + ") REFERENCES "
            + q(t)
            + " ("
            + q(c2)
            + ", "
            + q(c1)
            + ")");
    for (Index index : model.indexes()) {
      execute(createIndexSql(t, index).replaceFirst("INDEX \\S+ ON", "INDEX ON"));
    }
    assertThat(names(model)).isEqualTo(serverNames(t));
  }

  /**
   * Index names step around relation names, check and foreign key names around constraint names,
   * primary key and unique names around both: the server keeps them in two namespaces.
   */
  @Test
  void defaultedNamesStepAroundTheNamesOfTheirOwnNamespace() throws SQLException {
    List<dev.shale.schema.Table> tables =
        List.of(
            table("u_check", column("x", integer())),
            table("w", column("a", integer()), check("a > 0").name("v_a_idx")),
            table("w2", column("a", integer()), check("a > 0").name("x_a_key")),
            table("u", column("a", integer()), column("b", integer()), check("a > b")),
            table("v", column("a", integer()), index("a")),
            table("x", column("a", integer()).unique()));
    SchemaModel model = translate(tables.toArray());
    execute("CREATE TABLE u_check (x integer)");
    execute("CREATE TABLE w (a integer, CONSTRAINT v_a_idx CHECK (a > 0))");
    execute("CREATE TABLE w2 (a integer, CONSTRAINT x_a_key CHECK (a > 0))");
    execute("CREATE TABLE u (a integer, b integer, CHECK (a > b))");
    execute("CREATE TABLE v (a integer)");
    execute("CREATE INDEX ON v (a)");
    execute("CREATE TABLE x (a integer UNIQUE)");
    for (String name : List.of("u", "v", "x")) {
      Table table =
          model.tables().stream().filter(t -> t.name().name().equals(name)).findFirst().get();
      assertThat(names(table)).as(name).isEqualTo(serverNames(name));
    }
    assertThat(names(model.table(new QualifiedName("public", "u")).get()))
        .containsExactly("u_check");
    assertThat(names(model.table(new QualifiedName("public", "v")).get()))
        .containsExactly("v_a_idx");
    assertThat(names(model.table(new QualifiedName("public", "x")).get()))
        .containsExactly("x_a_key1");
  }

  private static SchemaModel translate(Object... objects) {
    List<Declared<dev.shale.schema.Table>> tables = new ArrayList<>();
    for (Object o : objects) {
      tables.add(new Declared<>((dev.shale.schema.Table) o, "PostgresNamesTest." + tables.size()));
    }
    return ModelTranslator.translate(
        new DeclaredObjects(List.of(), List.of(), List.of(), tables, List.of()));
  }

  private static Set<String> names(Table table) {
    Set<String> names = new TreeSet<>();
    if (table.primaryKey() != null) {
      names.add(table.primaryKey().name());
    }
    table.uniques().forEach(u -> names.add(u.name()));
    table.foreignKeys().forEach(f -> names.add(f.name()));
    table.checks().forEach(c -> names.add(c.name()));
    table.indexes().forEach(i -> names.add(i.name()));
    return names;
  }

  /** The names of a table's constraints and indexes on the server. */
  private static Set<String> serverNames(String table) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (var st =
        connection.prepareStatement(
            "SELECT conname FROM pg_constraint WHERE conrelid = ?::regclass"
                + " UNION SELECT indexname FROM pg_indexes WHERE tablename = ?")) {
      st.setString(1, q(table));
      st.setString(2, table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  /** The one index of {@code table} on the server that is not in {@code seen}; added to it. */
  private static String newIndex(String table, Set<String> seen) throws SQLException {
    List<String> fresh = new ArrayList<>();
    try (var st =
        connection.prepareStatement("SELECT indexname FROM pg_indexes WHERE tablename = ?")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          if (!seen.contains(rs.getString(1))) {
            fresh.add(rs.getString(1));
          }
        }
      }
    }
    assertThat(fresh).hasSize(1);
    seen.add(fresh.get(0));
    return fresh.get(0);
  }

  /** CREATE INDEX without a name, for the index as the model has it. */
  private static String createIndexSql(String table, Index index) {
    return "CREATE "
        + (index.unique() ? "UNIQUE " : "")
        + "INDEX ON "
        + q(table)
        + " ("
        + index.elements().stream()
            .map(e -> e.column() != null ? q(e.column()) : "(" + e.expression() + ")")
            .collect(Collectors.joining(", "))
        + ")"
        + (index.include().isEmpty()
            ? ""
            : " INCLUDE ("
                + index.include().stream()
                    .map(PostgresNamesTest::q)
                    .collect(Collectors.joining(", "))
                + ")")
        + (index.where() == null ? "" : " WHERE " + index.where());
  }

  private static String q(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }
}
