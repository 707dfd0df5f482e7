package dev.shale.diff;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.SchemaModel;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgFunction;
import dev.shale.schema.Table;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Functions and procedures through the loader, the diff and the snapshot, without a server. */
class FunctionsTest {
  @TempDir Path dir;

  private static SchemaModel model(List<PgEnum> enums, List<Table> tables, PgFunction... fns) {
    List<Declared<PgFunction>> functions = new ArrayList<>();
    for (PgFunction f : fns) {
      functions.add(new Declared<>(f, "T." + f.name()));
    }
    return ModelTranslator.translate(
        new DeclaredObjects(
            List.of(),
            enums.stream().map(e -> new Declared<>(e, "T." + e.name())).toList(),
            List.of(),
            tables.stream().map(t -> new Declared<>(t, "T." + t.name())).toList(),
            List.of(),
            List.of(),
            functions,
            List.of()));
  }

  private static SchemaModel model(PgFunction... fns) {
    return model(List.of(), List.of(), fns);
  }

  private static PgFunction add(String body) {
    return function("add")
        .argument("a", integer())
        .argument("b", integer())
        .returns(integer())
        .language("sql")
        .body(body);
  }

  @Test
  void overloadsAreDistinctAndTypesAreSpelledAsTheServerPrintsThem() {
    SchemaModel m =
        model(
            add("SELECT a + b"),
            function("add")
                .argument("a", customType("int8"))
                .returns("int8")
                .language("sql")
                .body("SELECT a"),
            function("pad")
                .argument("s", varchar(20))
                .returns("setof varchar")
                .language("sql")
                .body("SELECT s"));
    assertThat(m.routines())
        .extracting(r -> r.signature() + " -> " + r.returns())
        .containsExactly(
            "public.add(bigint) -> bigint",
            "public.add(integer, integer) -> integer",
            "public.pad(character varying) -> SETOF character varying");
  }

  @Test
  void aBodyOrVolatilityChangeIsReplacedInPlaceAndANewResultIsDroppedAndCreated() {
    SchemaModel before = model(add("SELECT a + b"));
    assertThat(SchemaDiff.diff(before, model(add("SELECT b + a").stable()), RenameAnswers.NONE))
        .singleElement()
        .isInstanceOf(Change.ReplaceRoutine.class);
    PgFunction bigger =
        function("add")
            .argument("a", integer())
            .argument("b", integer())
            .returns(bigint())
            .language("sql")
            .body("SELECT a + b");
    List<Change> changes = SchemaDiff.diff(before, model(bigger), RenameAnswers.NONE);
    assertThat(changes)
        .extracting(Change::describe)
        .containsExactly(
            "drop function public.add(integer, integer) to create it again",
            "create function public.add(integer, integer)");
  }

  @Test
  void aDropToCreateAgainNamesWhatStillCallsTheFunction() {
    Table items =
        table(
            "items",
            column("id", bigint()).primaryKey(),
            column("total", integer()).defaultSql("add(1, 2)"),
            check("add(id::integer, 0) > 0").name("items_positive"));
    SchemaModel before = model(List.of(), List.of(items), add("SELECT a + b"));
    PgFunction renamed =
        function("add")
            .argument("x", integer())
            .argument("y", integer())
            .returns(integer())
            .language("sql")
            .body("SELECT x + y");
    List<Change> changes =
        SchemaDiff.diff(before, model(List.of(), List.of(items), renamed), RenameAnswers.NONE);
    assertThat(changes.get(0))
        .isEqualTo(
            new Change.DropRoutine(
                before.routines().get(0),
                true,
                List.of("column public.items.total", "check items_positive on public.items")));
    assertThat(changes.get(0).describe()).contains("blocked: used by column public.items.total");
  }

  @Test
  void functionsComeAfterTypesAndBeforeTablesAndGoAfterTheirCallersBeforeTheirTypes() {
    PgEnum mood = enumType("mood", "ok", "sad");
    PgFunction label =
        function("label")
            .argument("m", mood.type())
            .returns(text())
            .language("sql")
            .body("SELECT m::text");
    Table people =
        table(
            "people",
            column("id", bigint()).primaryKey(),
            column("tag", text()).defaultSql("label('ok')"));
    SchemaModel all = model(List.of(mood), List.of(people), label);
    assertThat(SchemaDiff.create(all))
        .extracting(c -> c.getClass().getSimpleName())
        .startsWith("CreateEnum", "CreateRoutine", "CreateTable");
    List<Change> drop =
        SchemaDiff.diff(
            all,
            model(List.of(), List.of(table("people", column("id", bigint()).primaryKey()))),
            RenameAnswers.NONE);
    assertThat(drop)
        .extracting(c -> c.getClass().getSimpleName())
        .containsSubsequence("DropColumn", "DropRoutine", "DropEnum");
  }

  @Test
  void problemsAreNamed() {
    assertThatThrownBy(
            () ->
                model(
                    function("nolang").returns("void").body("BEGIN END"),
                    procedure("proc").returns(integer()).language("plpgsql").body("BEGIN END"),
                    add("SELECT 1"),
                    add("SELECT 2")))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("function public.nolang (T.nolang) has no language(...)")
        .hasMessageContaining("a procedure returns nothing")
        .hasMessageContaining("function public.add(integer, integer) is declared twice");
  }

  @Test
  void snapshotsKeepFunctionsAndOldSnapshotsReadWithout() throws Exception {
    SchemaModel with =
        model(
            add("SELECT a + b"),
            procedure("p")
                .inout("n", integer(), "0")
                .language("plpgsql")
                .securityDefiner()
                .set("search_path", "public,pg_temp")
                .body("BEGIN\n  n := n + 1;\nEND\n"));
    Path file = dir.resolve("a.json");
    Files.writeString(
        file,
        SnapshotJson.write(
            new Snapshot(1, "postgresql", "a", "00000000-0000-0000-0000-000000000000", with)));
    assertThat(SnapshotJson.read(file).schema()).isEqualTo(with);
    assertThat(with.routines().get(1).settings()).containsExactly("search_path=public, pg_temp");
    String without =
        SnapshotJson.write(
            new Snapshot(
                1, "postgresql", "b", "00000000-0000-0000-0000-000000000000", SchemaModel.EMPTY));
    assertThat(without).doesNotContain("routines");
  }
}
