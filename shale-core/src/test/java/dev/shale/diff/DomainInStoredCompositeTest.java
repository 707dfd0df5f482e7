package dev.shale.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.loader.SchemaLoader;
import dev.shale.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL cannot add NOT NULL or a check to a domain while a column stores a composite type that
 * holds it ("cannot alter type … because column … uses it"): the diff says so instead of writing a
 * migration that fails, or a check that would stay NOT VALID for good.
 */
class DomainInStoredCompositeTest {
  @TempDir Path dir;

  private SchemaModel schema(String name, String domain, String column) throws Exception {
    Path file = dir.resolve(name + ".java");
    Files.writeString(
        file,
        "import static dev.shale.schema.Pg.*;\n"
            + "import dev.shale.schema.*;\n"
            + "public final class Schema {\n"
            + "  public static final PgDomain QTY = "
            + domain
            + ";\n"
            + "  public static final PgComposite ITEM ="
            + " compositeType(\"item\").field(\"qty\", QTY).field(\"note\", text());\n"
            + "  public static final PgComposite PARCEL ="
            + " compositeType(\"parcel\").field(\"first\", ITEM);\n"
            + "  public static final Table ORDERS = table(\"orders\","
            + " column(\"id\", bigint()).primaryKey(), "
            + column
            + ");\n"
            + "}\n");
    return SchemaLoader.fromSources(List.of(file));
  }

  @Test
  void aCheckOrNotNullForADomainInsideAStoredCompositeIsRefusedNamingTheColumn() throws Exception {
    SchemaModel before = schema("a", "domain(\"qty\", integer())", "column(\"line\", ITEM)");
    SchemaModel checked =
        schema(
            "b",
            "domain(\"qty\", integer()).check(\"qty_positive\", \"VALUE > 0\")",
            "column(\"line\", ITEM)");
    assertThatThrownBy(() -> SchemaDiff.diff(before, checked, RenameAnswers.NONE))
        .isInstanceOf(UnsupportedChangeException.class)
        .hasMessageContaining("domain public.qty gets check qty_positive")
        .hasMessageContaining("public.orders.line (public.item)")
        .hasMessageContaining("Put the constraint on those columns' tables instead");

    SchemaModel nested = schema("c", "domain(\"qty\", integer())", "column(\"box\", PARCEL)");
    SchemaModel notNull =
        schema(
            "d",
            "domain(\"qty\", integer()).notNull().defaultTo(\"1\")",
            "column(\"box\", PARCEL)");
    assertThatThrownBy(() -> SchemaDiff.diff(nested, notNull, RenameAnswers.NONE))
        .isInstanceOf(UnsupportedChangeException.class)
        .hasMessageContaining("gets NOT NULL")
        .hasMessageContaining("public.orders.box (public.parcel)");
  }

  @Test
  void anArrayOfTheDomainIsRefusedToo() throws Exception {
    SchemaModel before = schema("g", "domain(\"qty\", integer())", "column(\"qtys\", QTY.array())");
    SchemaModel notNull =
        schema(
            "h",
            "domain(\"qty\", integer()).notNull().defaultTo(\"1\")",
            "column(\"qtys\", QTY.array())");
    assertThatThrownBy(() -> SchemaDiff.diff(before, notNull, RenameAnswers.NONE))
        .isInstanceOf(UnsupportedChangeException.class)
        .hasMessageContaining("inside an array or a composite type")
        .hasMessageContaining("public.orders.qtys (public.qty[])");
  }

  @Test
  void aDomainThatNoStoredCompositeHoldsGetsItsCheck() throws Exception {
    SchemaModel before =
        schema("e", "domain(\"qty\", integer())", "column(\"qty\", QTY), column(\"n\", text())");
    SchemaModel after =
        schema(
            "f",
            "domain(\"qty\", integer()).check(\"qty_positive\", \"VALUE > 0\")",
            "column(\"qty\", QTY), column(\"n\", text())");
    assertThat(SchemaDiff.diff(before, after, RenameAnswers.NONE)).isNotEmpty();
  }
}
