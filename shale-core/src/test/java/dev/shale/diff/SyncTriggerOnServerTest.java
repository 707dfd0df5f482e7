package dev.shale.diff;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.GoldenCase;
import dev.shale.testing.PlanApplier;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expand of golden case {@code expand_json_varchar_and_inputs} on a real server, with rows: a
 * json column (no equality operator) kept in step, a shorter varchar that refuses a value too long
 * instead of cutting it, and a new column computed from another column again when only that one
 * changes; in the online plan (batched backfill) and the plain one (push, --simple).
 */
class SyncTriggerOnServerTest {
  private static final Path CASE = GoldenCase.CASES.resolve("expand_json_varchar_and_inputs");

  @Test
  void onlineExpandKeepsEveryKindOfPairInStep() throws Exception {
    check(true);
  }

  @Test
  void plainExpandKeepsEveryKindOfPairInStep() throws Exception {
    check(false);
  }

  private static void check(boolean online) throws Exception {
    GoldenCase golden = GoldenCase.load(CASE);
    List<MigrationPlanner.Step> plan =
        MigrationPlanner.plan(
            golden.before(), golden.after(), golden.changes(), golden.options().withOnline(online));
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connectSimple();
        Statement st = c.createStatement()) {
      TestPostgres.apply(
          c, MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(golden.before()))));
      st.execute(
          "INSERT INTO docs (id, body, code, kind, title) SELECT g, json_build_object('n', g),"
              + " 'c' || g, 'k' || g, 't' || g FROM generate_series(1, 3000) g");
      PlanApplier.apply(c, plan);

      assertThat(rows(st, "SELECT count(*) FROM docs WHERE body_new::text <> body::jsonb::text"))
          .containsExactly("0");
      assertThat(rows(st, "SELECT count(*) FROM docs WHERE code_new IS DISTINCT FROM code"))
          .containsExactly("0");
      assertThat(rows(st, "SELECT label FROM docs WHERE id = 7")).containsExactly("k7:t7");

      // Old code writes the json column, new code the jsonb one.
      st.execute("UPDATE docs SET body = '{\"a\": 1}' WHERE id = 1");
      st.execute("UPDATE docs SET body_new = '{\"b\": 2}' WHERE id = 2");
      assertThat(rows(st, "SELECT body_new::text FROM docs WHERE id = 1"))
          .containsExactly("{\"a\": 1}");
      assertThat(rows(st, "SELECT body::text FROM docs WHERE id = 2"))
          .containsExactly("{\"b\": 2}");

      // An update of only the column the using expression also reads computes the new one again.
      st.execute("UPDATE docs SET title = 'new' WHERE id = 7");
      assertThat(rows(st, "SELECT label FROM docs WHERE id = 7")).containsExactly("k7:new");

      // A code too long for varchar(10), from old code: refused, not cut.
      assertThatThrownBy(
              () -> st.execute("INSERT INTO docs (id, code) VALUES (9001, 'abcdefghijklmnop')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("value too long for type character varying(10)");
      st.execute("INSERT INTO docs (id, code) VALUES (9002, 'short')");
      assertThat(rows(st, "SELECT code_new FROM docs WHERE id = 9002")).containsExactly("short");
    }
  }

  @Test
  void aBackfillOfAValueTooLongFailsAndCutsNothing() throws Exception {
    GoldenCase golden = GoldenCase.load(CASE);
    List<MigrationPlanner.Step> plan =
        MigrationPlanner.plan(golden.before(), golden.after(), golden.changes(), golden.options());
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connectSimple();
        Statement st = c.createStatement()) {
      TestPostgres.apply(
          c, MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(golden.before()))));
      st.execute("INSERT INTO docs (id, code) VALUES (1, 'fits'), (2, 'much too long for ten')");
      assertThatThrownBy(() -> PlanApplier.apply(c, plan))
          .hasStackTraceContaining("value too long for type character varying(10)");
      assertThat(rows(st, "SELECT coalesce(code_new, '-') FROM docs WHERE id = 2"))
          .as("the too-long value is not cut into the new column")
          .containsExactly("-");
      assertThat(rows(st, "SELECT code FROM docs WHERE id = 2"))
          .containsExactly("much too long for ten");
    }
  }

  @Test
  void aConversionThatCannotRunFailsTheExpandBeforeItsTriggerExists() throws Exception {
    failsTheExpand(
        column("s", jsonb()).replaces("s", "to_jsonb(sss)"), "column \"sss\" does not exist");
    // Qualified by the table's name: the backfill's UPDATE would take it, the trigger would not.
    failsTheExpand(column("s", jsonb()).replaces("s", "to_jsonb(t.s)"), "\"t\"");
    // The reverse runs only when new code writes: checked all the same.
    failsTheExpand(
        column("s", jsonb()).replaces("s", "to_jsonb(s)", "ss #>> '{}'"),
        "column \"ss\" does not exist");
  }

  private static void failsTheExpand(dev.shale.schema.Column replaced, String error)
      throws Exception {
    dev.shale.schema.Table before =
        table("t", column("id", bigint()).primaryKey(), column("s", text()));
    dev.shale.schema.Table after = table("t", column("id", bigint()).primaryKey(), replaced);
    dev.shale.model.SchemaModel from = model(before);
    dev.shale.model.SchemaModel to = Expansions.target(from, model(after));
    List<MigrationPlanner.Step> plan =
        MigrationPlanner.plan(
            from,
            to,
            SchemaDiff.diff(from, to, RenameAnswers.parse(List.of(), List.of()), 14),
            dev.shale.sql.PlanOptions.DEFAULT);
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connectSimple();
        Statement st = c.createStatement()) {
      TestPostgres.apply(c, MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(from))));
      st.execute("INSERT INTO t VALUES (1, 'a')");
      assertThatThrownBy(() -> PlanApplier.apply(c, plan.subList(0, 1)))
          .hasStackTraceContaining(error);
      assertThat(rows(st, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 't'::regclass"))
          .as("no trigger left to break the application's writes")
          .containsExactly("0");
      st.execute("UPDATE t SET s = 'b' WHERE id = 1");
    }
  }

  private static dev.shale.model.SchemaModel model(dev.shale.schema.Table table) {
    return dev.shale.testing.DeclaredModels.of(table);
  }

  private static List<String> rows(Statement st, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
