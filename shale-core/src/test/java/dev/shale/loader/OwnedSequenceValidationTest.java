package dev.shale.loader;

import static dev.shale.schema.Pg.bigint;
import static dev.shale.schema.Pg.column;
import static dev.shale.schema.Pg.integer;
import static dev.shale.schema.Pg.schema;
import static dev.shale.schema.Pg.sequence;
import static dev.shale.schema.Pg.table;
import static dev.shale.schema.Pg.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.model.QualifiedName;
import dev.shale.model.SequenceOwner;
import dev.shale.schema.Table;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the loader accepts and refuses in {@code sequence(...).ownedBy(table, column)}; the schema
 * rule is checked against the server, which is what it stands for.
 */
class OwnedSequenceValidationTest {
  private static final Table ORDERS =
      table(
          "orders",
          column("id", integer()),
          column("number", bigint()).defaultSql("nextval('order_numbers')"));

  @Test
  void ownerIsReadIntoTheModelWithTheSequencesSchema() {
    var model =
        ValidationTest.translate(sequence("order_numbers").ownedBy("orders", "number"), ORDERS);
    assertThat(model.sequences().get(0).ownedBy())
        .isEqualTo(new SequenceOwner(new QualifiedName("public", "orders"), "number"));
    var qualified =
        ValidationTest.translate(
            schema("sales").sequence("n").ownedBy("sales.orders", "id"),
            schema("sales").table("orders", column("id", integer())));
    assertThat(qualified.sequences().get(0).ownedBy())
        .isEqualTo(new SequenceOwner(new QualifiedName("sales", "orders"), "id"));
  }

  @Test
  void anOwnerTableInAnotherSchemaIsRefusedAsTheServerRefusesIt() {
    List<String> problems =
        ValidationTest.problems(
            sequence("n").ownedBy("sales.orders", "id"),
            schema("sales").table("orders", column("id", integer())));
    assertThat(problems)
        .singleElement()
        .asString()
        .contains(
            "sequence public.n", "ownedBy(sales.orders.id)", "schema(\"sales\").sequence(\"n\")");
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connect()) {
      TestPostgres.apply(c, "CREATE SCHEMA sales; CREATE TABLE sales.orders (id integer)");
      assertThatThrownBy(() -> TestPostgres.apply(c, "CREATE SEQUENCE n OWNED BY sales.orders.id"))
          .hasMessageContaining("sequence must be in same schema as table it is linked to");
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theOwnerMustBeAColumnOfADeclaredTable() {
    assertThat(ValidationTest.problems(sequence("n").ownedBy("nowhere", "id"), ORDERS))
        .singleElement()
        .asString()
        .contains("no table public.nowhere is declared");
    assertThat(ValidationTest.problems(sequence("n").ownedBy("orders", "missing"), ORDERS))
        .singleElement()
        .asString()
        .contains("table public.orders has no column missing");
    assertThat(
            ValidationTest.problems(
                sequence("n").ownedBy("v", "x"), ORDERS, view("v", "SELECT 1 AS x")))
        .singleElement()
        .asString()
        .contains("no table public.v is declared");
  }

  @Test
  void aSerialInDisguiseIsRefused() {
    Table orders =
        table(
            "orders",
            column("id", integer()).notNull().defaultSql("nextval('orders_id_seq'::regclass)"));
    assertThat(
            ValidationTest.problems(
                sequence("orders_id_seq").as(integer()).ownedBy("orders", "id"), orders))
        .singleElement()
        .asString()
        .contains("declare column id as serial()");
    // Other options, or another name, are not what serial makes.
    assertThat(
            ValidationTest.problems(
                sequence("orders_id_seq").as(integer()).startWith(5).ownedBy("orders", "id"),
                orders))
        .isEmpty();
  }
}
