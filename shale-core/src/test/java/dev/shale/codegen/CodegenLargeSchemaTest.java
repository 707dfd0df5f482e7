package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.model.SchemaModel;
import dev.shale.schema.Pg;
import dev.shale.schema.Table;
import dev.shale.schema.TablePart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas too large for one static initializer (the JVM limits a method to 64 KB of code) must
 * still compile with javac and load back equal, with the same public fields: PostgreSQL's widest
 * table (1,600 columns) and a schema of thousands of tables in one class.
 */
class CodegenLargeSchemaTest {
  @TempDir Path dir;

  @BeforeAll
  static void cacheInTarget() {
    Reload.cacheInTarget();
  }

  @Test
  void aTableOf1600ColumnsCompilesAndLoads() {
    List<TablePart> parts = new ArrayList<>();
    parts.add(Pg.column("id", Pg.bigint()).generatedAlwaysAsIdentity().primaryKey());
    for (int i = 1; i < 1600; i++) {
      parts.add(
          Pg.column("column_number_" + i, Pg.varchar(200))
              .notNull()
              .defaultValue("value " + i)
              .comment("the column numbered " + i));
    }
    Table wide = Pg.table("wide", parts.toArray(TablePart[]::new));
    SchemaModel model = model(List.of(wide));
    assertThat(model.tables().get(0).columns()).hasSize(1600);

    List<GeneratedSource> sources = JavaCodegen.generate(model, CodegenOptions.defaults());
    String text = sources.get(0).text();
    assertThat(text).contains("public static final Table WIDE =");
    assertThat(text).contains("private static TablePart[] wideParts");
    assertThat(Reload.compile(sources, dir.resolve("javac"))).isEqualTo(model);
    assertThat(Reload.load(sources, dir.resolve("loader"))).isEqualTo(model);
  }

  @Test
  void aSchemaOf1000TablesInOneClassCompilesAndLoads() {
    List<Table> tables = new ArrayList<>();
    for (int t = 0; t < 1000; t++) {
      String name = String.format("table_%04d", t);
      List<TablePart> parts = new ArrayList<>();
      parts.add(Pg.column("id", Pg.bigint()).generatedAlwaysAsIdentity().primaryKey());
      parts.add(Pg.column("name", Pg.text()).notNull());
      parts.add(Pg.column("created_at", Pg.timestamptz()).notNull().defaultNow());
      if (t > 0) {
        String previous = String.format("table_%04d", t - 1);
        parts.add(Pg.column("previous_id", Pg.bigint()).references(previous, "id"));
      }
      parts.add(Pg.index("name"));
      tables.add(Pg.table(name, parts.toArray(TablePart[]::new)));
    }
    SchemaModel model = model(tables);

    List<GeneratedSource> sources = JavaCodegen.generate(model, CodegenOptions.defaults());
    assertThat(sources).hasSize(1);
    String text = sources.get(0).text();
    assertThat(text).contains("public static final Table TABLE_0999 =");
    assertThat(text).contains("private static TablePart[] ");
    assertThat(Reload.compile(sources, dir.resolve("javac"))).isEqualTo(model);
  }

  private static SchemaModel model(List<Table> tables) {
    List<Declared<Table>> declared = new ArrayList<>();
    for (Table t : tables) {
      declared.add(new Declared<>(t, "Large." + t.name()));
    }
    return ModelTranslator.translate(
        new DeclaredObjects(List.of(), List.of(), List.of(), declared, List.of()));
  }
}
