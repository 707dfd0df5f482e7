package dev.shale.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.SchemaDiff;
import dev.shale.loader.SchemaLoader;
import dev.shale.model.ColumnType;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.ForEachPgVersion;
import dev.shale.testing.PgVersion;
import dev.shale.testing.ProjectFiles;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/** Domains and composite types read back from a server as the loader declares them. */
class UserTypesIntrospectionTest {
  @ForEachPgVersion
  void declaredDomainsAndCompositesReadBackEqual(PgVersion version) throws Exception {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
    SchemaModel declared =
        SchemaLoader.fromSources(
            List.of(ProjectFiles.testResources("cases/domain_create/after.java")));
    String export =
        MigrationScript.plain(
            StatementPlanner.plan(
                SchemaDiff.create(declared), new PlanOptions(version.major(), false)));
    try (FreshDatabase db = TestPostgres.freshDatabase(version);
        Connection c = db.connect()) {
      db.apply(export);
      Introspection read =
          Introspector.read(
              c, new IntrospectionFilter(List.of("public", "billing"), List.of(), null));
      assertEquals(List.of(), ModelDifference.between(declared, read.model()), export);
      assertThat(read.unmanaged()).isEmpty();
    }
  }

  @ForEachPgVersion
  void extensionOwnedAndOutsideTypesStayPlainTypes(PgVersion version) throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase(version);
        Connection c = db.connect()) {
      db.apply(
          """
          CREATE SCHEMA other;
          CREATE DOMAIN other.code AS text;
          CREATE DOMAIN "Quoted Domain" AS integer NOT NULL DEFAULT 7
            CONSTRAINT "Is Small" CHECK (value < 10);
          ALTER DOMAIN "Quoted Domain" ADD CONSTRAINT big CHECK (VALUE > -10) NOT VALID;
          CREATE TABLE t (a other.code, b "Quoted Domain"[]);
          COMMENT ON DOMAIN "Quoted Domain" IS 'x';
          """);
      Introspection read = Introspector.read(c, IntrospectionFilter.DEFAULT);
      SchemaModel model = read.model();
      assertThat(model.tables().get(0).columns())
          .extracting(col -> col.type())
          .containsExactly(
              ColumnType.builtin("other.code"), new ColumnType("public", "Quoted Domain", 1));
      assertThat(model.domains())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.defaultExpression()).isEqualTo("7");
                assertThat(d.notNull()).isTrue();
                assertThat(d.checks())
                    .extracting(k -> k.name() + ": " + k.expression())
                    .containsExactly("Is Small: VALUE < 10", "big: VALUE > -10");
              });
      assertThat(read.unmanaged())
          .extracting(UnmanagedObject::toString)
          .containsExactlyInAnyOrder(
              "NOT VALID domain check big on public.Quoted Domain",
              "domain comment public.Quoted Domain");
    }
  }
}
