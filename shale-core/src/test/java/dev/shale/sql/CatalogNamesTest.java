package dev.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every type of pg_catalog, on every server version tested, is a name {@link Identifiers} writes
 * with {@code public.} for an object of public: otherwise a composite type named like it would be
 * created as intended but its columns would get the built-in type.
 */
class CatalogNamesTest {
  @TestFactory
  List<DynamicTest> everyCatalogTypeIsKnown() {
    List<DynamicTest> tests = new ArrayList<>();
    for (PgVersion version : TestPostgres.versions()) {
      tests.add(DynamicTest.dynamicTest(version.toString(), () -> check(version)));
    }
    return tests;
  }

  private static void check(PgVersion version) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = TestPostgres.server(version).getPostgresDatabase().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT typname FROM pg_type"
                        + " WHERE typnamespace = 'pg_catalog'::regnamespace ORDER BY 1")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    assertThat(names).hasSizeGreaterThan(100);
    assertThat(names.stream().filter(n -> !Identifiers.shadowedByCatalog(n)).toList())
        .as("pg_catalog types of %s that Identifiers does not know", version)
        .isEmpty();
  }

  @Test
  void onlyNamesThatACatalogObjectTakesAreQualified() {
    assertThat(Identifiers.qualified("public", "line")).isEqualTo("public.line");
    assertThat(Identifiers.qualified("public", "integer")).isEqualTo("public.\"integer\"");
    assertThat(Identifiers.qualified("public", "_int4")).isEqualTo("public._int4");
    assertThat(Identifiers.qualified("public", "pg_settings")).isEqualTo("public.pg_settings");
    assertThat(Identifiers.qualified("public", "orders")).isEqualTo("orders");
    assertThat(Identifiers.qualified("public", "_prisma_migrations"))
        .isEqualTo("_prisma_migrations");
    assertThat(Identifiers.qualified("app", "line")).isEqualTo("app.line");
  }
}
