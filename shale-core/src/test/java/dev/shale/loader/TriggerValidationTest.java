package dev.shale.loader;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Trigger;
import dev.shale.schema.PgFunction;
import dev.shale.schema.Table;
import dev.shale.schema.TablePart;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the loader makes of trigger(...) table parts, and what it refuses before any SQL runs. */
class TriggerValidationTest {
  private static final PgFunction AUDIT =
      function("audit").returns("trigger").language("plpgsql").body("BEGIN RETURN NULL; END");

  private static SchemaModel translate(TablePart... parts) {
    List<TablePart> all = new ArrayList<>(List.of(column("id", integer()), column("a", text())));
    all.addAll(List.of(parts));
    Table t = table("t", all.toArray(TablePart[]::new));
    return ModelTranslator.translate(
        new DeclaredObjects(
            List.of(),
            List.of(),
            List.of(),
            List.of(new Declared<>(t, "Test.T")),
            List.of(),
            List.of(),
            List.of(new Declared<>(AUDIT, "Test.AUDIT")),
            List.of()));
  }

  private static List<String> problems(TablePart... parts) {
    try {
      translate(parts);
      return List.of();
    } catch (InvalidSchemaException e) {
      return e.problems();
    }
  }

  /** Problems of table t with {@code trigger}, btree_gist in public and AUDIT declared or not. */
  private static List<String> withExtension(TablePart trigger, boolean auditDeclared) {
    Table t = table("t", column("id", integer()), trigger);
    try {
      ModelTranslator.translate(
          new DeclaredObjects(
              List.of(),
              List.of(),
              List.of(),
              List.of(new Declared<>(t, "Test.T")),
              List.of(),
              List.of(new Declared<>(extension("btree_gist"), "Test.GIST")),
              auditDeclared ? List.of(new Declared<>(AUDIT, "Test.AUDIT")) : List.of(),
              List.of()));
      return List.of();
    } catch (InvalidSchemaException e) {
      return e.problems();
    }
  }

  @Test
  void anUndeclaredFunctionBesideAnExtensionIsTheExtensionsOnlyWhereNothingElseIsDeclared() {
    TablePart gone = trigger("t_gone").after().onInsert().execute("set_updated_at");
    assertThat(withExtension(gone, true))
        .singleElement()
        .asString()
        .contains("executes public.set_updated_at(), which is not declared")
        .contains("install the extension in a schema of its own");
    assertThat(withExtension(gone, false)).as("nothing declared in public").isEmpty();
    assertThat(
            withExtension(
                trigger("t_touch").before().onUpdate().forEachRow().execute("moddatetime", "id"),
                true))
        .as("a contrib extension's trigger function")
        .isEmpty();
  }

  @Test
  void aTriggerIsHeldWithItsEventsInTheServersOrderAndItsColumnsSorted() {
    SchemaModel model =
        translate(
            trigger("t_audit")
                .after()
                .onUpdate("id", "a")
                .onInsert()
                .forEachRow()
                .when(" OLD.a IS DISTINCT FROM NEW.a ")
                .execute(AUDIT, "x")
                .disabled(),
            trigger("t_check").constraint().onDelete().initiallyDeferred().execute("audit"));
    List<Trigger> triggers = model.tables().get(0).triggers();
    assertThat(triggers).extracting(Trigger::name).containsExactly("t_audit", "t_check");
    Trigger audit = triggers.get(0);
    assertThat(audit.events()).containsExactly("INSERT", "UPDATE");
    assertThat(audit.columns()).containsExactly("a", "id");
    assertThat(audit.when())
        .as("OLD and NEW spelled as the server prints them")
        .isEqualTo("old.a IS DISTINCT FROM new.a");
    assertThat(audit.function()).isEqualTo(new QualifiedName("public", "audit"));
    assertThat(audit.arguments()).containsExactly("x");
    assertThat(audit.state()).isEqualTo("disabled");
    Trigger check = triggers.get(1);
    assertThat(check.timing()).isEqualTo("AFTER");
    assertThat(check.forEachRow()).isTrue();
    assertThat(List.of(check.constraint(), check.deferrable(), check.initiallyDeferred()))
        .containsOnly(true);
  }

  @Test
  void aBeforeTriggersConditionMayNotReadAGeneratedColumnOfNew() {
    assertThat(
            problems(
                column("g", integer()).generatedAlwaysAs("id * 2"),
                trigger("t_before")
                    .before()
                    .onUpdate()
                    .forEachRow()
                    .when("NEW.g > 0")
                    .execute(AUDIT),
                trigger("t_after")
                    .after()
                    .onUpdate()
                    .forEachRow()
                    .when("NEW.g > 0")
                    .execute(AUDIT)))
        .singleElement()
        .asString()
        .contains("t_before: when(...) reads the generated column NEW.g");
  }

  @Test
  void aConstraintTriggerTakesANameOfTheTablesConstraints() {
    assertThat(
            problems(
                check("id > 0").name("t_guard"),
                trigger("t_guard").constraint().onInsert().execute(AUDIT)))
        .singleElement()
        .asString()
        .contains("trigger t_guard is a constraint trigger named like a constraint of the table");
  }

  @Test
  void onlyTheRowNamesOfAConditionAreLowerCased() {
    assertThat(
            TriggerTranslator.rowNamesLowerCase(
                "OLD.a <> New . b AND 'OLD.x' <> \"NEW\".c AND renew.d AND x.OLD.e AND OLDER.f"))
        .isEqualTo("old.a <> new . b AND 'OLD.x' <> \"NEW\".c AND renew.d AND x.OLD.e AND OLDER.f");
  }

  @Test
  void problemsPostgresWouldRefuseAreSaidBeforeAnySqlRuns() {
    assertThat(
            problems(
                trigger("no_timing").onInsert().execute(AUDIT),
                trigger("no_event").after().execute(AUDIT),
                trigger("missing_column").after().onUpdate("nope").execute(AUDIT),
                trigger("statement_when").after().onUpdate().when("NEW.a <> 'x'").execute(AUDIT),
                trigger("insert_old")
                    .after()
                    .onInsert()
                    .forEachRow()
                    .when("OLD.a = 'x'")
                    .execute(AUDIT),
                trigger("row_truncate").after().onTruncate().forEachRow().execute(AUDIT),
                trigger("before_transition")
                    .before()
                    .onInsert()
                    .referencingNewTable("n")
                    .execute(AUDIT),
                trigger("two_event_transition")
                    .after()
                    .onInsert()
                    .onUpdate()
                    .referencingNewTable("n")
                    .execute(AUDIT),
                trigger("old_on_insert").after().onInsert().referencingOldTable("o").execute(AUDIT),
                trigger("before_constraint").constraint().before().onInsert().execute(AUDIT),
                trigger("no_function").after().onInsert(),
                trigger("unknown_function").after().onInsert().execute("nowhere"),
                trigger("no_from").constraint().onInsert().from("elsewhere").execute(AUDIT),
                trigger("twice").after().onInsert().execute(AUDIT),
                trigger("twice").after().onDelete().execute(AUDIT)))
        .hasSize(14)
        .anySatisfy(p -> assertThat(p).contains("no_timing needs before() or after()"))
        .anySatisfy(p -> assertThat(p).contains("no_event fires on no event"))
        .anySatisfy(
            p -> assertThat(p).contains("onUpdate(...) names column nope, which the table lacks"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "statement_when: when(...) reads OLD or NEW, which a FOR EACH STATEMENT"))
        .anySatisfy(p -> assertThat(p).contains("insert_old: when(...) reads OLD, which an INSERT"))
        .anySatisfy(p -> assertThat(p).contains("row_truncate fires on TRUNCATE"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "before_transition: transition tables (referencing...) need an after()"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "two_event_transition: transition tables (referencing...) need a trigger on one event"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "old_on_insert: referencingOldTable(...) needs onUpdate() or onDelete()"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("before_constraint is a constraint trigger, which fires after()"))
        .anySatisfy(p -> assertThat(p).contains("no_function needs execute(function)"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("unknown_function executes public.nowhere(), which is not declared"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("no_from: from(\"public.elsewhere\") names no declared table"))
        .anySatisfy(p -> assertThat(p).contains("trigger twice is declared twice"));
  }

  @Test
  void aFunctionNamedWithoutSchemaIsFoundAsTheServerFindsIt() {
    SchemaModel model =
        translate(
            trigger("t_same")
                .before()
                .onUpdate()
                .forEachRow()
                .execute("suppress_redundant_updates_trigger"),
            trigger("t_audit").after().onInsert().execute("audit"),
            trigger("t_search")
                .before()
                .onInsert()
                .forEachRow()
                .execute("tsvector_update_trigger", "a", "pg_catalog.english", "a"));
    assertThat(model.tables().get(0).triggers())
        .extracting(g -> g.name() + " " + g.function())
        .containsExactlyInAnyOrder(
            "t_same pg_catalog.suppress_redundant_updates_trigger",
            "t_audit public.audit",
            "t_search pg_catalog.tsvector_update_trigger");
    assertThat(problems(trigger("t_x").after().onInsert().execute("RI_FKey_check_ins")))
        .singleElement()
        .asString()
        .contains("executes public.RI_FKey_check_ins(), which is not declared");
  }
}
