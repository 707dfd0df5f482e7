package dev.shale.loader;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.Change;
import dev.shale.diff.RenameAnswers;
import dev.shale.diff.SchemaDiff;
import dev.shale.model.Grant;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.Role;
import dev.shale.model.SchemaModel;
import dev.shale.sql.Rule;
import dev.shale.sql.Statement;
import dev.shale.sql.StatementPlanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grants and roles through the loader, the diff and the planner, without a server. */
class GrantsLoadAndDiffTest {
  private static SchemaModel load(Object... objects) {
    DeclaredObjects.Builder found = new DeclaredObjects.Builder();
    for (int i = 0; i < objects.length; i++) {
      found.add(objects[i], "Test.F" + i);
    }
    return ModelTranslator.translate(found.build());
  }

  private static List<String> problems(Object... objects) {
    try {
      load(objects);
      return List.of();
    } catch (InvalidSchemaException e) {
      return e.problems();
    }
  }

  @Test
  void allIsExpandedAndAPrivilegeHeldWithTheGrantOptionIsNotAlsoHeldWithout() {
    SchemaModel model =
        load(
            table("orders", column("id", bigint()))
                .grant("app", ALL)
                .grant("reporting", SELECT, INSERT)
                .grantWithGrantOption("reporting", SELECT)
                .grant("PUBLIC", REFERENCES));
    assertThat(model.grants())
        .containsExactly(
            new Grant(
                "table",
                "public",
                "orders",
                null,
                "app",
                List.of(
                    "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"),
                false),
            new Grant("table", "public", "orders", null, "public", List.of("REFERENCES"), false),
            new Grant("table", "public", "orders", null, "reporting", List.of("INSERT"), false),
            new Grant("table", "public", "orders", null, "reporting", List.of("SELECT"), true));
  }

  @Test
  void aFunctionGrantNamesItsInputArgumentTypes() {
    SchemaModel model =
        load(
            function("total")
                .argument("a", integer())
                .out("b", text())
                .returns("record")
                .language("sql")
                .body("SELECT 1, 'x'")
                .grant("app", EXECUTE),
            role("app").login());
    assertThat(model.grants())
        .containsExactly(
            new Grant("function", "public", "total", "integer", "app", List.of("EXECUTE"), false));
    assertThat(model.roles()).containsExactly(new Role("app", true, true, false, false, false));
  }

  @Test
  void privilegesOfAnotherKindDefaultsOfPublicAndReservedRoleNamesAreProblems() {
    assertThat(problems(sequence("s").grant("app", EXECUTE)))
        .singleElement()
        .asString()
        .contains("sequence public.s")
        .contains("takes only SELECT, UPDATE, USAGE (or ALL), not [EXECUTE]");
    assertThat(
            problems(
                function("f")
                    .returns(integer())
                    .language("sql")
                    .body("SELECT 1")
                    .grant("public", EXECUTE)))
        .singleElement()
        .asString()
        .contains("PUBLIC may execute every function by default");
    assertThat(problems(schema("public").grant("public", USAGE)))
        .singleElement()
        .asString()
        .contains("PUBLIC has USAGE on the public schema by default");
    assertThat(problems(table("t", column("id", bigint())).grant("app")))
        .singleElement()
        .asString()
        .contains("names no privilege");
    assertThat(problems(role("pg_mine"), role("public")))
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).contains("the name is reserved"));
    assertThat(problems(role("app"), role("app").login()))
        .singleElement()
        .asString()
        .contains("role app is declared twice, differently");
  }

  @Test
  void aGrantToARoleNeitherDeclaredNorBuiltInCarriesTheReviewWarning() {
    SchemaModel before = load(table("t", column("id", bigint())));
    SchemaModel after =
        load(
            table("t", column("id", bigint()))
                .grant("ghost", SELECT)
                .grant("app", SELECT)
                .grant("pg_monitor", SELECT)
                .grant("public", SELECT),
            role("app"));
    List<Statement> plan =
        StatementPlanner.plan(SchemaDiff.diff(before, after, RenameAnswers.NONE));
    assertThat(plan.stream().filter(s -> s.risk().rules().contains(Rule.ROLE_NOT_DECLARED)))
        .singleElement()
        .satisfies(s -> assertThat(s.sql()).isEqualTo("GRANT SELECT ON TABLE t TO ghost"));
    assertThat(plan.get(0).sql()).startsWith("DO $shale$").contains("CREATE ROLE app NOLOGIN");
  }

  @Test
  void aRenamedTableKeepsItsGrantsAndARemovedRoleIsNeverDropped() {
    SchemaModel before = load(table("t", column("id", bigint())).grant("app", SELECT), role("app"));
    SchemaModel after = load(table("u", column("id", bigint())).grant("app", SELECT));
    List<Change> changes =
        SchemaDiff.diff(
            before, after, RenameAnswers.parse(List.of("table:public.t=public.u"), List.of()));
    assertThat(changes).singleElement().isInstanceOf(Change.RenameTable.class);
  }

  @Test
  void aDroppedTableTakesItsGrantsAlongAndANewOneGetsThemAll() {
    SchemaModel before = load(table("t", column("id", bigint())).grant("app", SELECT), role("app"));
    SchemaModel after =
        load(table("v", column("id", bigint())).grant("app", SELECT, INSERT), role("app"));
    List<Change> changes =
        SchemaDiff.diff(before, after, RenameAnswers.parse(List.of(), List.of("table:public.v")));
    assertThat(changes.stream().filter(c -> c instanceof Change.RevokePrivileges)).isEmpty();
    assertThat(changes.stream().filter(c -> c instanceof Change.GrantPrivileges))
        .singleElement()
        .satisfies(
            c ->
                assertThat(((Change.GrantPrivileges) c).grant().privileges())
                    .containsExactly("SELECT", "INSERT"));
  }

  @Test
  void aFunctionGrantFollowsARenamedEnumInItsSignature() {
    dev.shale.schema.PgEnum mood = enumType("mood", "ok");
    dev.shale.schema.PgEnum feeling = enumType("feeling", "ok");
    SchemaModel before =
        load(
            mood,
            function("f")
                .argument("m", mood.type())
                .returns(integer())
                .language("sql")
                .body("SELECT 1")
                .grant("pg_monitor", EXECUTE));
    SchemaModel after =
        load(
            feeling,
            function("f")
                .argument("m", feeling.type())
                .returns(integer())
                .language("sql")
                .body("SELECT 1"));
    List<Change> changes =
        SchemaDiff.diff(
            before,
            after,
            RenameAnswers.parse(List.of("enum:public.mood=public.feeling"), List.of()));
    assertThat(changes)
        .containsExactly(
            new Change.RenameEnum(
                new dev.shale.model.QualifiedName("public", "mood"),
                new dev.shale.model.QualifiedName("public", "feeling")),
            new Change.RevokePrivileges(
                new Grant(
                    "function", "public", "f", "feeling", "pg_monitor", List.of("EXECUTE"), false),
                false));
  }

  @Test
  void aViewTakesATablesPrivilegesAndNoOthers() {
    SchemaModel model =
        load(
            view("v", "SELECT 1 AS one").grant("app", ALL, MAINTAIN),
            materializedView("m", "SELECT 1 AS one").grantWithGrantOption("app", SELECT));
    assertThat(model.grants())
        .containsExactly(
            new Grant("materialized view", "public", "m", null, "app", List.of("SELECT"), true),
            new Grant(
                "view",
                "public",
                "v",
                null,
                "app",
                List.of(
                    "SELECT",
                    "INSERT",
                    "UPDATE",
                    "DELETE",
                    "TRUNCATE",
                    "REFERENCES",
                    "TRIGGER",
                    "MAINTAIN"),
                false));
    assertThat(problems(view("v", "SELECT 1 AS one").grant("app", USAGE)))
        .singleElement()
        .asString()
        .contains("view public.v")
        .contains(
            "takes only SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN"
                + " (or ALL), not [USAGE]");
  }

  @Test
  void aRenamedViewKeepsItsGrants() {
    SchemaModel before =
        load(
            materializedView("m", "SELECT 1 AS one").grant("pg_monitor", SELECT),
            view("v", "SELECT 1 AS one").grant("pg_monitor", SELECT));
    SchemaModel after =
        load(
            materializedView("n", "SELECT 1 AS one").grant("pg_monitor", SELECT),
            view("w", "SELECT 1 AS one").grant("pg_monitor", SELECT));
    List<Change> changes =
        SchemaDiff.diff(
            before,
            after,
            RenameAnswers.parse(
                List.of("view:public.m=public.n", "view:public.v=public.w"), List.of()));
    assertThat(changes).hasSize(2).allMatch(c -> c instanceof Change.RenameView);
  }

  @Test
  void executeRevokedFromPublicIsRevokedAgainOnARecreatedFunctionAndGivenBackWhenUndeclared() {
    SchemaModel plain = load(function("f").returns(integer()).language("sql").body("SELECT 1"));
    SchemaModel revoked =
        load(
            function("f")
                .returns(integer())
                .language("sql")
                .body("SELECT 1")
                .revokeExecuteFromPublic());
    SchemaModel recreated =
        load(
            function("f")
                .returns(bigint())
                .language("sql")
                .body("SELECT 1::bigint")
                .revokeExecuteFromPublic());
    assertThat(revoked.grants()).containsExactly(Grant.executeRevokedFromPublic("public", "f", ""));
    assertThat(sql(plain, revoked)).containsExactly("REVOKE EXECUTE ON ROUTINE f() FROM PUBLIC");
    assertThat(sql(revoked, plain)).containsExactly("GRANT EXECUTE ON ROUTINE f() TO PUBLIC");
    assertThat(sql(revoked, revoked)).isEmpty();
    List<Statement> again =
        StatementPlanner.plan(SchemaDiff.diff(revoked, recreated, RenameAnswers.NONE));
    assertThat(again.get(again.size() - 1).sql())
        .isEqualTo("REVOKE EXECUTE ON ROUTINE f() FROM PUBLIC");
    assertThat(again.get(again.size() - 1).risk().breaksRunningCode()).isFalse();
    assertThat(
            problems(
                function("f")
                    .returns(integer())
                    .language("sql")
                    .body("SELECT 1")
                    .revokeExecuteFromPublic()
                    .grant("public", EXECUTE)))
        .singleElement()
        .asString()
        .contains("revokeExecuteFromPublic()");
  }

  private static List<String> sql(SchemaModel before, SchemaModel after) {
    return StatementPlanner.plan(SchemaDiff.diff(before, after, RenameAnswers.NONE)).stream()
        .map(Statement::sql)
        .toList();
  }
}
