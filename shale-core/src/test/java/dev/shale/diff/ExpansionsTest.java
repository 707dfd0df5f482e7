package dev.shale.diff;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.InvalidSchemaException;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;
import dev.shale.testing.DeclaredModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which declared replacements expand, which are plain columns, and which are refused, and why. */
class ExpansionsTest {
  private static final QualifiedName ORDERS = new QualifiedName("public", "orders");

  private static SchemaModel model(List<Table> tables, List<PgView> views) {
    return DeclaredModels.of(tables, views);
  }

  private static SchemaModel model(Table... tables) {
    return DeclaredModels.of(tables);
  }

  private static Table orders(dev.shale.schema.Column amount) {
    return table("orders", column("id", bigint()).primaryKey(), amount);
  }

  @Test
  void aReplacedColumnOfALiveTableExpandsBesideTheOldOne() {
    SchemaModel before = model(orders(column("amount", integer()).notNull()));
    SchemaModel declared =
        model(orders(column("amount", bigint()).notNull().defaultSql("0").replaces("amount")));

    SchemaModel target = Expansions.target(before, declared);

    var table = target.table(ORDERS).orElseThrow();
    assertThat(table.columns())
        .extracting(c -> c.name())
        .containsExactly("id", "amount", "amount_new");
    assertThat(table.column("amount").orElseThrow().type().name()).isEqualTo("integer");
    var replacement = table.column("amount_new").orElseThrow();
    assertThat(replacement.type().name()).isEqualTo("bigint");
    assertThat(replacement.defaultExpression()).as("set by the contract").isNull();
    assertThat(replacement.replaces()).isNull();
    assertThat(ColumnPair.in(target))
        .containsExactly(
            new ColumnPair(
                ORDERS,
                "amount",
                "amount_new",
                "amount",
                "shale_sync_amount_new",
                new QualifiedName("public", "shale_sync_orders_amount_new"),
                "CAST(\"amount\" AS bigint)"));
    assertThat(target.routines()).hasSize(1);
    assertThat(Expansions.target(target, declared))
        .as("expanding again against the expanded schema changes nothing")
        .isEqualTo(target);
  }

  @Test
  void onANewTableOrOnceContractedItIsAPlainColumn() {
    SchemaModel declared = model(orders(column("amount", bigint()).replaces("amount")));
    SchemaModel plain = model(orders(column("amount", bigint())));

    assertThat(Expansions.target(SchemaModel.EMPTY, declared)).isEqualTo(plain);
    assertThat(Expansions.target(plain, declared)).isEqualTo(plain);
  }

  @Test
  void aContractDropsTheOldColumnAndRenamesTheNewIntoPlace() {
    SchemaModel before = model(orders(column("amount", integer())));
    SchemaModel expanded =
        Expansions.target(before, model(orders(column("amount", bigint()).replaces("amount"))));
    SchemaModel contracted = model(orders(column("amount", bigint())));

    List<Change> changes = SchemaDiff.diff(expanded, contracted, RenameAnswers.NONE);

    assertThat(changes).hasSize(1);
    assertThat(changes.get(0)).isInstanceOf(Change.ContractColumn.class);
    assertThat(changes.get(0).describe())
        .isEqualTo("contract orders.amount into amount (from amount_new)");
  }

  @Test
  void goingBackToTheOldColumnAbandonsTheExpand() {
    SchemaModel before = model(orders(column("amount", integer())));
    SchemaModel expanded =
        Expansions.target(before, model(orders(column("amount", bigint()).replaces("amount"))));

    List<Change> changes = SchemaDiff.diff(expanded, before, RenameAnswers.NONE);

    assertThat(changes).noneMatch(c -> c instanceof Change.ContractColumn);
    assertThat(changes)
        .extracting(Change::describe)
        .contains(
            "drop column orders.amount_new", "drop function public.shale_sync_orders_amount_new()");
  }

  private static String refusal(SchemaModel before, SchemaModel declared) {
    InvalidSchemaException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidSchemaException.class, () -> Expansions.target(before, declared));
    return e.getMessage();
  }

  @Test
  void whatTheProcedureDoesNotHandleIsRefusedWithTheReason() {
    assertThat(
            refusal(
                model(orders(column("amount", integer()))),
                model(orders(column("total", bigint()).replaces("amout")))))
        .contains(
            "public.orders.total replaces \"amout\", which the table does not have (it has id, amount)");
    assertThat(
            refusal(
                model(table("orders", column("id", integer()).primaryKey())),
                model(table("orders", column("id", bigint()).primaryKey().replaces("id")))))
        .contains("primary key");
  }

  @Test
  void referencedViewedIdentityAndDuplicateColumnsAreRefused() {
    Table parent =
        table("orders", column("id", bigint()).primaryKey(), column("code", integer()).unique());
    Table child =
        table(
            "lines",
            column("id", bigint()).primaryKey(),
            column("order_code", integer()).references(() -> parent, "code"));
    Table replaced =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("code", bigint()).unique().replaces("code"));
    assertThat(refusal(model(parent, child), model(replaced, child)))
        .contains("which foreign key lines_order_code_fkey of public.lines references");

    PgView view = view("codes", "select code from orders");
    assertThat(
            refusal(model(List.of(parent), List.of(view)), model(List.of(replaced), List.of(view))))
        .contains("which view public.codes may read");

    Table identity =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("n", integer()).generatedByDefaultAsIdentity());
    assertThat(
            refusal(
                model(identity),
                model(
                    table(
                        "orders",
                        column("id", bigint()).primaryKey(),
                        column("n", bigint()).replaces("n")))))
        .contains("which is an identity");

    Table generated =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("code", integer()),
            column("twice", integer()).generatedAlwaysAs("code * 2"));
    assertThat(
            refusal(
                model(generated),
                model(
                    table(
                        "orders",
                        column("id", bigint()).primaryKey(),
                        column("code", bigint()).replaces("code"),
                        column("twice", bigint()).generatedAlwaysAs("code * 2")))))
        .contains("which generated column twice reads");

    Table both =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("code", integer()),
            column("code2", integer()).replaces("code"));
    assertThat(refusal(model(parent), model(both))).contains("but also declares \"code\"");
  }

  @Test
  void twoReplacementsReadingOneIndexKeepItOnceBesideItsCopy() {
    Table before =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("code", integer()),
            column("kind", integer()),
            index("code", "kind").name("orders_code_kind_idx"));
    Table declared =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("code", bigint()).replaces("code"),
            column("sort", bigint()).replaces("kind"),
            index("code", "sort").name("orders_code_kind_idx"));

    var table = Expansions.target(model(before), model(declared)).table(ORDERS).orElseThrow();

    assertThat(table.indexes())
        .extracting(i -> i.name() + " " + i.elements().stream().map(e -> e.column()).toList())
        .containsExactly(
            "orders_code_kind_idx [code, kind]", "orders_code_kind_idx_new [code_new, sort]");
    assertThat(ColumnPair.in(Expansions.target(model(before), model(declared)))).hasSize(2);
  }

  @Test
  void aCopyOfANameAtTheLengthLimitLosesItsEndNotTheSuffix() {
    String long63 = "a".repeat(63);
    assertThat(Expansions.copyName(long63)).isEqualTo("a".repeat(59) + "_new").hasSize(63);
    assertThat(Expansions.copyName("orders_amount_idx")).isEqualTo("orders_amount_idx_new");
    Table before =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("amount", integer()),
            index("amount").name(long63));
    Table declared =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("amount", bigint()).replaces("amount"),
            index("amount").name(long63));
    var table = Expansions.target(model(before), model(declared)).table(ORDERS).orElseThrow();
    assertThat(table.indexes())
        .extracting(i -> i.name())
        .containsExactlyInAnyOrder(long63, "a".repeat(59) + "_new");
  }

  @Test
  void whatTheOldColumnKeepsMustStillExistInTheDeclaredSchema() {
    Table before =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("amount", integer()),
            column("region", text()),
            index("amount", "region").name("orders_amount_region_idx"));
    Table declared =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("amount", bigint()).replaces("amount"),
            column("area", text()),
            index("amount", "area").name("orders_amount_region_idx"));
    assertThat(refusal(model(before), model(declared)))
        .contains(
            "public.orders.amount replaces \"amount\", which keeps its index"
                + " orders_amount_region_idx, which also reads region (changed here) until the"
                + " contract: make that change in a generate of its own");
  }

  @Test
  void aTableIsNotRenamedWhileAPairOfItIsExpanded() {
    SchemaModel before = model(orders(column("amount", integer())));
    SchemaModel expanded =
        Expansions.target(before, model(orders(column("amount", bigint()).replaces("amount"))));
    SchemaModel renamed =
        model(
            table(
                "purchases",
                column("id", bigint()).primaryKey(),
                column("amount", bigint()).replaces("amount")));
    SchemaModel target = Expansions.target(expanded, renamed);
    InvalidSchemaException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidSchemaException.class,
            () ->
                SchemaDiff.diff(
                    expanded,
                    target,
                    RenameAnswers.parse(List.of("table:public.orders=public.purchases"), List.of()),
                    14));
    assertThat(e.getMessage())
        .contains("public.orders is renamed while public.orders.amount → amount_new")
        .contains("contract that pair first");
  }

  @Test
  void oneOldColumnHasOneReplacementAndItsConversionDoesNotChangeWhileExpanded() {
    SchemaModel before = model(orders(column("amount", integer())));
    assertThat(
            refusal(
                before,
                model(
                    table(
                        "orders",
                        column("id", bigint()).primaryKey(),
                        column("total", bigint()).replaces("amount"),
                        column("sum", bigint()).replaces("amount")))))
        .contains("which another column of the table replaces too");

    SchemaModel expanded =
        Expansions.target(before, model(orders(column("amount", bigint()).replaces("amount"))));
    assertThat(
            refusal(
                expanded,
                model(orders(column("amount", bigint()).replaces("amount", "amount * 100")))))
        .contains("which is expanded already with another conversion (CAST(\"amount\" AS bigint))")
        .contains("remove replaces(…) and generate to abandon the expand");
  }

  @Test
  void aConversionReadsOnlyWhatStaysAndGivesItsReverseWhenItReadsMore() {
    Table before =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("name", text()),
            column("kind", text()),
            column("title", text()));
    assertThat(
            refusal(
                model(before),
                model(
                    table(
                        "orders",
                        column("id", bigint()).primaryKey(),
                        column("full_name", text()).replaces("name"),
                        column("label", text())
                            .replaces("kind", "kind || coalesce(name, '')", "label"),
                        column("title", text())))))
        .contains("its conversion reads name, which another replaces(…) changes");
    assertThat(
            refusal(
                model(before),
                model(
                    table(
                        "orders",
                        column("id", bigint()).primaryKey(),
                        column("name", text()),
                        column("label", text()).replaces("kind", "kind || coalesce(title, '')")))))
        .contains("its conversion reads title, which this schema drops or renames");
    assertThat(
            refusal(
                model(before),
                model(
                    table(
                        "orders",
                        column("id", bigint()).primaryKey(),
                        column("name", text()),
                        column("label", text()).replaces("kind", "kind || coalesce(title, '')"),
                        column("title", text())))))
        .contains("its using expression reads title as well: give the reverse too");

    SchemaModel expanded =
        Expansions.target(
            model(before),
            model(
                table(
                    "orders",
                    column("id", bigint()).primaryKey(),
                    column("name", text()),
                    column("label", text())
                        .replaces("kind", "kind || coalesce(title, '')", "label"),
                    column("title", text()))));
    assertThat(
            refusal(
                expanded,
                model(
                    table(
                        "orders",
                        column("id", bigint()).primaryKey(),
                        column("name", text()),
                        column("label", text())
                            .replaces("kind", "kind || coalesce(title, '')", "label")))))
        .contains("whose conversion reads title, which this schema drops or renames");
  }

  @Test
  void aViewThatSelectsEveryColumnOfTheTableIsAViewThatReadsIt() {
    Table orders = table("orders", column("id", bigint()).primaryKey(), column("code", integer()));
    Table replaced =
        table(
            "orders",
            column("id", bigint()).primaryKey(),
            column("code", bigint()).replaces("code"));
    PgView all = view("everything", "select * from orders");
    assertThat(
            refusal(model(List.of(orders), List.of(all)), model(List.of(replaced), List.of(all))))
        .contains("which view public.everything may read");
  }

  @Test
  void aNewColumnOfADomainThatCannotStartEmptyIsRefused(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String source =
        """
        import static dev.shale.schema.Pg.*;

        import dev.shale.schema.*;

        public final class Schema {
          public static final PgDomain CODE = domain("code", text()).notNull().defaultTo("'x'");
          public static final Table T =
              table("t", column("id", bigint()).primaryKey(), %s);
        }
        """;
    java.nio.file.Path before =
        java.nio.file.Files.writeString(
            java.nio.file.Files.createDirectories(dir.resolve("a")).resolve("Schema.java"),
            source.formatted("column(\"c\", CODE)"));
    java.nio.file.Path after =
        java.nio.file.Files.writeString(
            java.nio.file.Files.createDirectories(dir.resolve("b")).resolve("Schema.java"),
            source.formatted("column(\"d\", CODE).replaces(\"c\")"));
    assertThat(
            refusal(
                dev.shale.loader.SchemaLoader.fromSources(List.of(before)),
                dev.shale.loader.SchemaLoader.fromSources(List.of(after))))
        .contains("but its type, domain public.code, is NOT NULL: the new column must start empty");
  }
}
