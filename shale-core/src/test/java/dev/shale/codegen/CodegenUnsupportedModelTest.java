package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.SequenceOptions;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model that no DSL source could load back to is refused with every reason named, rather than
 * written as Java that would load to something else.
 */
class CodegenUnsupportedModelTest {
  private static final QualifiedName T = new QualifiedName("public", "t");

  private static Column column(String name, String type) {
    return new Column(name, ColumnType.builtin(type), false, null, null, null, null);
  }

  private static SchemaModel model(Table... tables) {
    return SchemaModel.EMPTY.withTables(List.of(tables));
  }

  private static Table table(List<Column> columns, PrimaryKey pk) {
    return new Table(
        T, columns, pk, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null,
        null);
  }

  @Test
  void namesEveryFormTheLoaderWouldNormalizeOrRefuse() {
    Column nullDefault =
        new Column("a", ColumnType.builtin("text"), false, "NULL", null, null, null);
    Column unstripped =
        new Column("b", ColumnType.builtin("text"), false, " 'x' ", null, null, null);
    Column alias = column("c", "int4");
    Column nullableKey = column("id", "bigint");
    Column identity =
        new Column(
            "d",
            ColumnType.builtin("integer"),
            true,
            null,
            new Identity(Identity.Kind.ALWAYS, new SequenceOptions(1L, 1L, null, null, 1L, false)),
            null,
            null);
    Column enumColumn =
        new Column("e", new ColumnType("public", "missing", 0), false, null, null, null, null);
    Table t =
        new Table(
            T,
            List.of(nullDefault, unstripped, alias, nullableKey, identity, enumColumn),
            new PrimaryKey("t_pkey", List.of("id")),
            List.of(),
            List.of(
                new ForeignKey(
                    "t_c_fkey",
                    List.of("c"),
                    new QualifiedName("other", "elsewhere"),
                    List.of("id"),
                    "SET NULL (c)",
                    "NO ACTION",
                    ForeignKey.Deferral.NOT_DEFERRABLE)),
            List.of(new CheckConstraint("t_check", "")),
            List.of(
                new Index(
                    "t_a_idx",
                    false,
                    false,
                    "BTREE",
                    List.of(new IndexElement("a", null, "Text_Pattern_Ops", "ASC", "LAST")),
                    List.of(),
                    null)),
            null,
            null,
            null,
            null,
            null,
            null);

    assertThatThrownBy(() -> JavaCodegen.generate(model(t), CodegenOptions.defaults()))
        .isInstanceOfSatisfying(
            UnsupportedModelException.class,
            e ->
                assertThat(String.join("\n", e.problems()))
                    .contains("column a: default NULL is not as the loader keeps it")
                    .contains("column b: default  'x'  is not as the loader keeps it")
                    .contains("column c has type int4, which the loader would read as integer")
                    .contains("column id is nullable, but a primary key")
                    .contains("column d identity: options")
                    .contains("column e has type public.missing, which is not an enum")
                    .contains("ON DELETE SET NULL (c)")
                    .contains("references other.elsewhere, which is not in the model")
                    .contains("check t_check: the expression is empty")
                    .contains("method BTREE is not as the loader keeps it")
                    .contains("operator class Text_Pattern_Ops is not in lower case")
                    .contains("key order ASC")
                    .contains("NULLS LAST"));
  }

  @Test
  void aCanonicalModelOfTheSameShapeIsWritten() {
    Table t =
        table(
            List.of(
                new Column("id", ColumnType.builtin("bigint"), true, null, null, null, null),
                column("c", "integer")),
            new PrimaryKey("t_pkey", List.of("id")));
    assertThat(JavaCodegen.generate(model(t), CodegenOptions.defaults()))
        .singleElement()
        .satisfies(s -> assertThat(s.text()).contains("column(\"id\", bigint()).primaryKey()"));
  }

  @Test
  void aClassNameThatHidesADslTypeIsRefused() {
    assertThatThrownBy(
            () -> JavaCodegen.generate(SchemaModel.EMPTY, new CodegenOptions("db", "Table")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("would hide Shale's type");
    assertThatThrownBy(() -> new CodegenOptions("db", "class"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodegenOptions("com.2x", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
