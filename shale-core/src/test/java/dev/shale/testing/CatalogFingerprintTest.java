package dev.shale.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.TestPostgres.FreshDatabase;
import dev.shale.testing.TestPostgres.SqlScriptException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogFingerprintTest {

  /** A schema touching every kind of object the fingerprint covers. */
  static final String BASE =
      """
      CREATE SCHEMA app;
      COMMENT ON SCHEMA app IS 'the app';
      CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
      CREATE SEQUENCE app.invoice_no AS integer START 1000 INCREMENT 10 CACHE 5;
      CREATE TABLE app.users (
        id bigint GENERATED ALWAYS AS IDENTITY (START 7) PRIMARY KEY,
        email text NOT NULL,
        name text COLLATE "C",
        age integer DEFAULT 0 CHECK (age >= 0),
        mood app.mood DEFAULT 'ok',
        score numeric(10, 2) GENERATED ALWAYS AS (age * 1.5) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_key UNIQUE (email)
      );
      CREATE TABLE app.posts (
        id serial PRIMARY KEY,
        author_id bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE
          DEFERRABLE INITIALLY DEFERRED,
        title varchar(200) NOT NULL,
        body text
      );
      CREATE INDEX posts_author_idx ON app.posts (author_id);
      CREATE INDEX users_lower_email_idx ON app.users (lower(email)) WHERE age > 17;
      COMMENT ON TABLE app.users IS 'people';
      COMMENT ON COLUMN app.users.email IS 'login; unique';
      CREATE VIEW app.adults AS SELECT id, email FROM app.users WHERE age >= 18;
      CREATE MATERIALIZED VIEW app.post_counts AS
        SELECT author_id, count(*) AS n FROM app.posts GROUP BY author_id;
      CREATE TABLE public.settings (key text PRIMARY KEY, value jsonb);
      """;

  /**
   * The same schema built differently: columns in another order, some added later with ALTER TABLE
   * (as the diff engine does, appending them), constraints added separately, a dropped column left
   * behind, objects created in another order.
   */
  static final String BASE_REORDERED =
      """
      CREATE TABLE public.settings (value jsonb, key text PRIMARY KEY);
      CREATE SCHEMA app;
      CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
      CREATE TABLE app.users (
        created_at timestamptz NOT NULL DEFAULT now(),
        doomed integer,
        mood app.mood DEFAULT 'ok',
        email text NOT NULL,
        age integer DEFAULT 0
      );
      ALTER TABLE app.users DROP COLUMN doomed;
      ALTER TABLE app.users ADD COLUMN name text COLLATE "C";
      ALTER TABLE app.users ADD COLUMN score numeric(10, 2) GENERATED ALWAYS AS (age * 1.5) STORED;
      ALTER TABLE app.users ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY (START 7);
      ALTER TABLE app.users ADD PRIMARY KEY (id);
      ALTER TABLE app.users ADD CHECK (age >= 0);
      ALTER TABLE app.users ADD CONSTRAINT users_email_key UNIQUE (email);
      CREATE INDEX users_lower_email_idx ON app.users (lower(email)) WHERE age > 17;
      COMMENT ON COLUMN app.users.email IS 'login; unique';
      COMMENT ON TABLE app.users IS 'people';
      CREATE TABLE app.posts (body text, title varchar(200) NOT NULL);
      ALTER TABLE app.posts ADD COLUMN author_id bigint NOT NULL;
      ALTER TABLE app.posts ADD COLUMN id serial PRIMARY KEY;
      ALTER TABLE app.posts ADD FOREIGN KEY (author_id) REFERENCES app.users (id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
      CREATE INDEX posts_author_idx ON app.posts (author_id);
      CREATE MATERIALIZED VIEW app.post_counts AS
        SELECT author_id, count(*) AS n FROM app.posts GROUP BY author_id;
      CREATE VIEW app.adults AS SELECT id, email FROM app.users WHERE age >= 18;
      CREATE SEQUENCE app.invoice_no AS integer START 1000 INCREMENT 10 CACHE 5;
      COMMENT ON SCHEMA app IS 'the app';
      """;

  static String baseFingerprint;

  @BeforeAll
  static void fingerprintBase() {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(BASE);
      baseFingerprint = db.fingerprint();
    }
  }

  @Test
  void sameSchemaBuiltInAnotherOrderFingerprintsEqual() {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(BASE_REORDERED);
      CatalogFingerprint.assertEqual(baseFingerprint, db.fingerprint());
    }
  }

  /**
   * The catalog queries work on every version, and within one version the fingerprint still tells
   * order apart from substance. (Across versions texts may differ: e.g. 14 qualifies the columns of
   * a view's query, 16+ does not.)
   */
  @ForEachPgVersion
  void fingerprintWorksOnEveryVersion(PgVersion version) {
    String base;
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      db.apply(BASE);
      base = db.fingerprint();
    }
    for (String expected :
        List.of(
            "enum app.mood ('sad', 'ok', 'happy')",
            "  column id bigint not null generated always as identity",
            "  column score numeric(10,2) generated always as (((age)::numeric * 1.5)) stored",
            "  constraint users_age_check CHECK ((age >= 0))",
            "    owns sequence app.posts_id_seq as integer start 1 increment 1 min 1"
                + " max 2147483647 cache 1 no cycle",
            "materialized view app.post_counts")) {
      assertTrue(base.contains(expected + "\n"), () -> "missing <" + expected + "> in\n" + base);
    }
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      db.apply(BASE_REORDERED);
      CatalogFingerprint.assertEqual(base, db.fingerprint(), version.toString());
    }
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      db.apply(BASE);
      db.apply("ALTER TABLE app.posts ALTER COLUMN body SET NOT NULL");
      assertTrue(
          CatalogFingerprint.diff(base, db.fingerprint()).contains("+  column body text not null"));
    }
  }

  @Test
  void fingerprintShowsTheObjects() {
    String fp = baseFingerprint;
    assertTrue(fp.startsWith("schema app\n  comment 'the app'\nschema public\n"), fp);
    for (String expected :
        List.of(
            "enum app.mood ('sad', 'ok', 'happy')",
            "sequence app.invoice_no as integer start 1000 increment 10 min 1 max 2147483647"
                + " cache 5 no cycle",
            "table app.users",
            "  comment 'people'",
            "  column id bigint not null generated always as identity",
            "    identity as bigint start 7 increment 1 min 1 max 9223372036854775807 cache 1"
                + " no cycle",
            "  column name text collate pg_catalog.\"C\"",
            "  column mood app.mood default 'ok'::app.mood",
            "  column score numeric(10,2) generated always as (((age)::numeric * 1.5)) stored",
            "  column email text not null",
            "    comment 'login; unique'",
            "  constraint users_age_check CHECK ((age >= 0))",
            "  constraint posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES app.users(id)"
                + " ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED [deferrable deferred]",
            "  column id integer not null default nextval('app.posts_id_seq'::regclass)",
            "    owns sequence app.posts_id_seq as integer start 1 increment 1 min 1"
                + " max 2147483647 cache 1 no cycle",
            "  index users_lower_email_idx CREATE INDEX users_lower_email_idx ON app.users"
                + " USING btree (lower(email)) WHERE (age > 17)",
            "view app.adults",
            "  as SELECT id, email FROM app.users WHERE (age >= 18)",
            "materialized view app.post_counts",
            "table public.settings")) {
      assertTrue(fp.contains(expected + "\n"), () -> "missing <" + expected + "> in\n" + fp);
    }
    assertTrue(!fp.contains("users_id_seq"), "identity sequences appear only via the column");
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of(
            "default", "ALTER TABLE app.users ALTER COLUMN age SET DEFAULT 1", "default 1"),
        Arguments.of(
            "drop default",
            "ALTER TABLE app.users ALTER COLUMN age DROP DEFAULT",
            "-  column age integer default 0"),
        Arguments.of(
            "nullability", "ALTER TABLE app.posts ALTER COLUMN body SET NOT NULL", "not null"),
        Arguments.of("type", "ALTER TABLE app.posts ALTER COLUMN title TYPE varchar(201)", "(201)"),
        Arguments.of("new index", "CREATE INDEX posts_title_idx ON app.posts (title)", "title"),
        Arguments.of(
            "index columns",
            "DROP INDEX app.posts_author_idx; CREATE INDEX posts_author_idx ON app.posts (author_id, id)",
            "(author_id, id)"),
        Arguments.of(
            "unique index",
            "DROP INDEX app.posts_author_idx;"
                + " CREATE UNIQUE INDEX posts_author_idx ON app.posts (author_id)",
            "UNIQUE"),
        Arguments.of("enum value", "ALTER TYPE app.mood ADD VALUE 'meh'", "'meh'"),
        Arguments.of(
            "enum order", "ALTER TYPE app.mood ADD VALUE 'meh' BEFORE 'sad'", "('meh', 'sad'"),
        Arguments.of(
            "check",
            "ALTER TABLE app.users DROP CONSTRAINT users_age_check;"
                + " ALTER TABLE app.users ADD CONSTRAINT users_age_check CHECK (age > 0)",
            "(age > 0)"),
        Arguments.of(
            "deferrable",
            "ALTER TABLE app.posts ALTER CONSTRAINT posts_author_id_fkey NOT DEFERRABLE",
            "CASCADE\n"),
        Arguments.of("table comment", "COMMENT ON TABLE app.users IS 'persons'", "'persons'"),
        Arguments.of(
            "column comment",
            "COMMENT ON COLUMN app.users.email IS NULL",
            "-    comment 'login; unique'"),
        Arguments.of(
            "view query",
            "CREATE OR REPLACE VIEW app.adults AS SELECT id, email FROM app.users WHERE age >= 21",
            ">= 21"),
        Arguments.of(
            "sequence option", "ALTER SEQUENCE app.invoice_no INCREMENT 20", "increment 20"),
        Arguments.of(
            "identity option",
            "ALTER TABLE app.users ALTER COLUMN id RESTART WITH 9 SET START 9",
            "start 9"),
        Arguments.of(
            "identity kind",
            "ALTER TABLE app.users ALTER COLUMN id SET GENERATED BY DEFAULT",
            "by default"),
        Arguments.of("new column", "ALTER TABLE app.posts ADD COLUMN draft boolean", "draft"),
        Arguments.of("new table", "CREATE TABLE public.t ()", "table public.t"),
        Arguments.of("new schema", "CREATE SCHEMA other", "schema other"),
        Arguments.of("unlogged", "ALTER TABLE public.settings SET UNLOGGED", "unlogged"),
        Arguments.of(
            "generated expression",
            "ALTER TABLE app.users DROP COLUMN score;"
                + " ALTER TABLE app.users ADD COLUMN score numeric(10, 2)"
                + " GENERATED ALWAYS AS (age * 2.5) STORED",
            "2.5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void everyChangeChangesTheFingerprint(String name, String change, String inDiff) {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(BASE);
      db.apply(change);
      String fp = db.fingerprint();
      assertNotEquals(baseFingerprint, fp, name + " did not change the fingerprint");
      String diff = CatalogFingerprint.diff(baseFingerprint, fp);
      assertTrue(diff.contains(inDiff), () -> "expected <" + inDiff + "> in\n" + diff);
    }
  }

  @Test
  void historySchemaIsLeftOut() {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(BASE);
      db.apply("CREATE SCHEMA shale; CREATE TABLE shale.migrations (name text PRIMARY KEY)");
      CatalogFingerprint.assertEqual(baseFingerprint, db.fingerprint());
      assertTrue(db.fingerprint(List.of("shale")).contains("table shale.migrations\n"));
    }
  }

  @Test
  void schemaListRestrictsTheFingerprint() {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(BASE);
      String fp = db.fingerprint(List.of("public"));
      assertTrue(fp.contains("table public.settings"), fp);
      assertTrue(!fp.contains("app."), fp);
      assertEquals("", db.fingerprint(List.of()));
    }
  }

  @Test
  void fingerprintLeavesSearchPathAlone() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("SET search_path = app, public");
      TestPostgres.apply(c, BASE);
      String fp = CatalogFingerprint.of(c);
      assertEquals(baseFingerprint, fp, "names are schema-qualified whatever the search_path");
      try (ResultSet rs = st.executeQuery("SHOW search_path")) {
        rs.next();
        assertEquals("app, public", rs.getString(1));
      }
      c.setAutoCommit(false);
      assertEquals(fp, CatalogFingerprint.of(c), "also inside a transaction");
      c.rollback();
    }
  }

  @Test
  void freshDatabasesAreIsolated() {
    try (FreshDatabase a = TestPostgres.freshDatabase();
        FreshDatabase b = TestPostgres.freshDatabase()) {
      assertNotEquals(a.name(), b.name());
      String empty = b.fingerprint();
      a.apply("CREATE TABLE only_in_a (id int)");
      assertEquals(empty, b.fingerprint());
      assertTrue(a.fingerprint().contains("table public.only_in_a\n"));
      try (FreshDatabase c = TestPostgres.freshDatabase()) {
        assertEquals(empty, c.fingerprint(), "the template stays empty");
      }
    }
  }

  @Test
  void freshDatabasesCanBeMadeInParallel() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> names = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int n = i;
        names.add(
            pool.submit(
                () -> {
                  try (FreshDatabase db = TestPostgres.freshDatabase()) {
                    db.apply("CREATE TABLE t" + n + " (id int)");
                    String fp = db.fingerprint();
                    assertTrue(fp.endsWith("table public.t" + n + "\n  column id integer\n"), fp);
                    return db.name();
                  }
                }));
      }
      Set<String> distinct = new HashSet<>();
      for (Future<String> f : names) {
        distinct.add(f.get());
      }
      assertEquals(16, distinct.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closeDropsTheDatabaseEvenWithOpenConnections() throws Exception {
    String name;
    Connection leaked;
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      name = db.name();
      leaked = db.connect();
    }
    assertTrue(leaked.isClosed() || !leaked.isValid(2));
    try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }

  @Test
  void applyRunsScriptsWithDollarQuotesAndComments() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connect()) {
      TestPostgres.apply(
          c,
          """
          -- a comment; with a semicolon
          CREATE TABLE t (id int PRIMARY KEY, note text DEFAULT 'a;b');
          /* a block; comment */
          CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
          BEGIN
            RETURN 1; -- inside the body
          END $$;
          INSERT INTO t VALUES (f(), $q$x;y$q$);
          """);
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT id || note FROM t")) {
        rs.next();
        assertEquals("1x;y", rs.getString(1));
      }
    }
  }

  @Test
  void applyFailureNamesTheServerMessageAndTheLine() {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      SqlScriptException e =
          assertThrows(
              SqlScriptException.class,
              () ->
                  db.apply("CREATE TABLE a (x int);\nSELECT nope\n  FROM a;\nCREATE TABLE b ();"));
      assertEquals("42703", e.sqlState());
      assertTrue(e.getMessage().contains("column \"nope\" does not exist"), e.getMessage());
      assertTrue(e.getMessage().contains("> 2 | SELECT nope"), e.getMessage());
      assertTrue(!db.fingerprint().contains("table public.a"), "the script is one transaction");
    }
  }

  @Test
  void diffNamesTheObjectOfEachHunk() {
    String a = "table public.a\n  column x int\n  column y int\ntable public.b\n  column z int\n";
    String b =
        "table public.a\n  column x int\n  column y bigint\ntable public.b\n  column z int\n";
    String diff = CatalogFingerprint.diff(a, b);
    assertTrue(diff.startsWith("--- expected\n+++ actual\n@@ -1,5 +1,5 @@ table public.a\n"), diff);
    assertTrue(diff.contains("\n-  column y int\n+  column y bigint\n"), diff);
    assertEquals("", CatalogFingerprint.diff(a, a));
    AssertionError e =
        assertThrows(AssertionError.class, () -> CatalogFingerprint.assertEqual(a, b));
    assertTrue(e.getMessage().contains("+  column y bigint"), e.getMessage());
  }
}
