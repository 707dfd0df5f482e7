package dev.shale.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.TestPostgres.FreshDatabase;
import dev.shale.testing.TestPostgres.SqlScriptException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The servers of {@link TestPostgres#versions()} are the versions they claim to be. */
class PgVersionsTest {

  @ForEachPgVersion
  void eachServerRunsItsVersion(PgVersion version) throws SQLException {
    try (FreshDatabase db = TestPostgres.freshDatabase(version);
        Connection c = db.connect()) {
      int num = queryInt(c, "SHOW server_version_num");
      assertEquals(version.major(), num / 10000, "server_version_num " + num);
      assertEquals(version, db.version());
      assertEquals(TestPostgres.port(version), db.port());
      long millis = TestPostgres.startMillis(version);
      assertTrue(millis >= 0);
      // in target/surefire-reports/dev.shale.testing.PgVersionsTest-output.txt
      System.out.printf("%s (server_version_num %d) started in %d ms%n", version, num, millis);
      // the fresh database holds only what template0 holds
      assertEquals("schema public\n  comment 'standard public schema'\n", db.fingerprint());
    }
  }

  /** A cleared database is as a new one: public schema with its version's owner and privileges. */
  @ForEachPgVersion
  void aClearedDatabaseIsAsNew(PgVersion version) throws SQLException {
    String publicSchema =
        "SELECT nspowner::regrole || ' ' || coalesce(nspacl::text, '') || ' '"
            + " || obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = 'public'";
    try (FreshDatabase fresh = TestPostgres.freshDatabase(version);
        FreshDatabase cleared = TestPostgres.freshDatabase(version)) {
      cleared.apply(
          "CREATE SCHEMA app; CREATE TABLE app.t (a int); CREATE TABLE t (a int);"
              + " COMMENT ON SCHEMA public IS 'changed'; REVOKE ALL ON SCHEMA public FROM PUBLIC");
      cleared.clear();
      assertEquals(fresh.fingerprint(), cleared.fingerprint());
      try (Connection a = fresh.connect();
          Connection b = cleared.connect()) {
        assertEquals(queryString(a, publicSchema), queryString(b, publicSchema));
      }
    }
  }

  @Test
  void theDefaultIs17() throws SQLException {
    assertEquals(PgVersion.V17, PgVersion.DEFAULT);
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connect()) {
      assertEquals(17, queryInt(c, "SHOW server_version_num") / 10000);
      assertEquals(PgVersion.V17, db.version());
      assertEquals(TestPostgres.port(), db.port());
    }
  }

  /** {@code UNIQUE NULLS NOT DISTINCT} is PostgreSQL 15+. */
  @ForEachPgVersion
  void nullsNotDistinctNeeds15(PgVersion version) {
    String ddl = "CREATE TABLE t (a int, UNIQUE NULLS NOT DISTINCT (a))";
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      if (version.atLeast(15)) {
        db.apply(ddl);
        db.apply("INSERT INTO t VALUES (NULL)");
        SqlScriptException e =
            assertThrows(SqlScriptException.class, () -> db.apply("INSERT INTO t VALUES (NULL)"));
        assertEquals("23505", e.sqlState(), e.getMessage()); // unique_violation
      } else {
        SqlScriptException e = assertThrows(SqlScriptException.class, () -> db.apply(ddl));
        assertEquals("42601", e.sqlState(), e.getMessage()); // syntax_error
      }
    }
  }

  /** {@code ALTER COLUMN ... SET EXPRESSION AS} is PostgreSQL 17+. */
  @ForEachPgVersion
  void setExpressionNeeds17(PgVersion version) throws SQLException {
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      db.apply(
          "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);"
              + " INSERT INTO t VALUES (5);");
      String alter = "ALTER TABLE t ALTER COLUMN b SET EXPRESSION AS (a * 3)";
      if (version.atLeast(17)) {
        db.apply(alter);
        try (Connection c = db.connect()) {
          assertEquals(15, queryInt(c, "SELECT b FROM t"));
        }
      } else {
        SqlScriptException e = assertThrows(SqlScriptException.class, () -> db.apply(alter));
        assertEquals("42601", e.sqlState(), e.getMessage());
      }
    }
  }

  /** Virtual generated columns are PostgreSQL 18+; the fingerprint tells them from stored ones. */
  @ForEachPgVersion
  void virtualGeneratedColumnsNeed18(PgVersion version) throws SQLException {
    String ddl = "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)";
    try (FreshDatabase db = TestPostgres.freshDatabase(version)) {
      if (version.atLeast(18)) {
        db.apply(ddl);
        db.apply("INSERT INTO t VALUES (4)");
        try (Connection c = db.connect()) {
          assertEquals(8, queryInt(c, "SELECT b FROM t"));
        }
        assertTrue(
            db.fingerprint().contains("column b integer generated always as ((a * 2)) virtual"),
            db.fingerprint());
      } else {
        SqlScriptException e = assertThrows(SqlScriptException.class, () -> db.apply(ddl));
        assertEquals("42601", e.sqlState(), e.getMessage());
      }
    }
  }

  @Test
  void versionsPropertyNarrowsTheList() {
    assertEquals(List.of(PgVersion.values()), TestPostgres.parseVersions(null));
    assertEquals(List.of(PgVersion.values()), TestPostgres.parseVersions(" "));
    assertEquals(List.of(PgVersion.V17), TestPostgres.parseVersions("17"));
    assertEquals(List.of(PgVersion.V14, PgVersion.V18), TestPostgres.parseVersions(" 18, 14,18"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TestPostgres.parseVersions("15"));
    assertTrue(e.getMessage().contains("PostgreSQL 15"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TestPostgres.parseVersions("pg17"));
    assertEquals(PgVersion.V14, PgVersion.oldest());
    assertEquals(PgVersion.V18, PgVersion.newest());
  }

  private static int queryInt(Connection c, String sql) throws SQLException {
    return Integer.parseInt(queryString(c, sql));
  }

  private static String queryString(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }
}
