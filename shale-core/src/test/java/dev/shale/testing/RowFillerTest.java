package dev.shale.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.RenameAnswers;
import dev.shale.diff.SchemaDiff;
import dev.shale.loader.SchemaLoader;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row filler against a real server: what it puts in must be accepted, now and after. */
class RowFillerTest {
  @TempDir Path dir;

  private static final QualifiedName T = new QualifiedName("public", "t");

  private SchemaModel schema(String name, String fields) throws Exception {
    Path file = dir.resolve(name).resolve("Schema.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        import static dev.shale.schema.Pg.*;

        import dev.shale.schema.*;

        public final class Schema {
        %s
        }
        """
            .formatted(fields));
    return SchemaLoader.fromSources(List.of(file));
  }

  private static void create(FreshDatabase db, SchemaModel model) {
    db.apply(MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(model))));
  }

  private static List<List<String>> rows(Connection c, String sql) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private record FreshDatabase(TestPostgres.FreshDatabase db) implements AutoCloseable {
    void apply(String sql) {
      db.apply(sql);
    }

    Connection connect() {
      return db.connect();
    }

    @Override
    public void close() {
      db.close();
    }
  }

  private static FreshDatabase fresh() {
    return new FreshDatabase(TestPostgres.freshDatabase());
  }

  @Test
  void fillsEveryTypeItKnowsAndLeavesTheOthersNull() throws Exception {
    SchemaModel model =
        schema(
            "types",
            """
              public static final PgEnum MOOD = enumType("mood", "sad", "ok", "happy");
              public static final Table T =
                  table(
                      "t",
                      column("id", integer()).generatedAlwaysAsIdentity().primaryKey(),
                      column("s", smallint()).notNull().unique(),
                      column("i", integer()).notNull().check("i >= 0"),
                      column("b", bigint()).notNull(),
                      column("n", numeric(10, 2)).notNull().unique(),
                      column("tiny", numeric(3, 3)).notNull().unique(),
                      column("r", real()).notNull(),
                      column("d", doublePrecision()).notNull(),
                      column("ok", bool()).notNull(),
                      column("txt", text()).notNull().check("length(txt) < 40"),
                      column("vc", varchar(1)).notNull().unique(),
                      column("ch", character(2)).notNull(),
                      column("day", date()).notNull().unique(),
                      column("tm", time()).notNull(),
                      column("tmz", timetz()).notNull(),
                      column("ts", timestamp()).notNull(),
                      column("tsz", timestamptz(3)).notNull().unique(),
                      column("iv", interval()).notNull(),
                      column("u", uuid()).notNull().unique(),
                      column("j", json()).notNull(),
                      column("jb", jsonb()).notNull(),
                      column("by", bytea()).notNull(),
                      column("ip", inet()).notNull().unique(),
                      column("net", cidr()).notNull(),
                      column("mac", macaddr()).notNull(),
                      column("mac8", macaddr8()).notNull(),
                      column("words", text().array()).notNull(),
                      column("nums", integer().array()).notNull(),
                      column("m", MOOD).unique(),
                      column("ms", MOOD.array()).notNull(),
                      column("p", customType("point")),
                      column("twice", integer()).generatedAlwaysAs("i * 2"),
                      column("maybe", text()));
            """);
    try (FreshDatabase db = fresh();
        Connection c = db.connect()) {
      create(db, model);
      RowFiller.Report report = RowFiller.fill(c, model);
      assertEquals(Map.of(T, RowFiller.ROWS), report.rows(), report.toString());
      assertThat(report.skips()).containsExactly("public.t: NULL in p: no values for point");
      assertEquals(
          List.of(List.of("3", "3", "3", "0", "1")),
          rows(
              c,
              "SELECT count(DISTINCT id), count(DISTINCT u), count(DISTINCT m), count(p),"
                  + " count(*) - count(maybe) FROM t"));

      RowFiller.Report extra = RowFiller.addOne(c, model);
      assertEquals(Map.of(T, 1), extra.rows(), extra.toString());
      assertEquals(List.of(List.of("4", "4")), rows(c, "SELECT count(*), max(id) FROM t"));
    }
  }

  @Test
  void choosesValuesTheTargetAccepts() throws Exception {
    SchemaModel before =
        schema(
            "before",
            """
              public static final PgEnum MOOD = enumType("mood", "sad", "ok", "happy");
              public static final Table T =
                  table(
                      "t",
                      column("id", integer()).primaryKey(),
                      column("code", text()),
                      column("flag", bool()),
                      column("mood", MOOD).notNull(),
                      column("note", varchar(50)),
                      column("amount", numeric(10, 2)).notNull(),
                      column("tags", text().array()).notNull(),
                      column("ok", bool()),
                      column("level", smallint()),
                      column("batch", uuid()));
            """);
    SchemaModel after =
        schema(
            "after",
            """
              public static final PgEnum MOOD = enumType("mood", "sad", "glad");
              public static final PgEnum VERDICT = enumType("verdict", "true", "maybe");
              public static final Table T =
                  table(
                      "t",
                      column("id", integer()).primaryKey(),
                      column("code", integer()).notNull().unique(),
                      column("flag", bool()).notNull().unique(),
                      column("mood", MOOD).notNull(),
                      column("remark", varchar(50)).notNull(),
                      column("amount", integer()).notNull().unique(),
                      column("tags", integer().array()).notNull(),
                      column("ok", VERDICT),
                      column("level", MOOD),
                      column("batch", integer()));
            """);
    RowFiller.Target target =
        new RowFiller.Target(
            after,
            Map.of(T, T),
            Map.of(
                T,
                Map.of(
                    "id", "id",
                    "code", "code",
                    "flag", "flag",
                    "mood", "mood",
                    "note", "remark",
                    "amount", "amount",
                    "tags", "tags",
                    "ok", "ok",
                    "level", "level",
                    "batch", "batch")),
            Map.of(new QualifiedName("public", "mood"), Map.of("happy", "glad")));
    try (FreshDatabase db = fresh();
        Connection c = db.connect()) {
      create(db, before);
      RowFiller.Report report = RowFiller.fill(c, before, target);
      // a unique boolean that may not be NULL holds two rows at most
      assertEquals(Map.of(T, 2), report.rows(), report.toString());
      assertThat(rows(c, "SELECT DISTINCT mood::text FROM t ORDER BY 1"))
          .allSatisfy(row -> assertThat(row.get(0)).isIn("sad", "happy"));
      var changes =
          SchemaDiff.diff(
              before,
              after,
              RenameAnswers.parse(
                  List.of("column:t.note=t.remark", "enum-value:mood.happy=glad"), List.of()));
      PlanApplier.apply(
          db.db(), MigrationPlanner.plan(before, after, changes, new PlanOptions(17, true)));
      // a boolean that becomes an enum holds only its labels' text, a number no value at all, nor
      // a uuid that becomes an integer
      assertEquals(
          List.of(List.of("2", "0", "0", "0")),
          rows(
              c,
              "SELECT count(*), count(*) FILTER (WHERE ok <> 'true'), count(level), count(batch)"
                  + " FROM t"));
      RowFiller.Report extra = RowFiller.addOne(c, after);
      assertThat(extra.skips())
          .containsExactly(
              "public.t: extra row: every value left for a unique key over few values is taken");
    }
  }

  /** Two NOT NULL foreign keys in a cycle (a, b), a cycle with a NULL way out (c, d). */
  private static final String CYCLES =
      """
        public static final Table A =
            table(
                "a",
                column("id", integer()).primaryKey(),
                column("b_id", integer()).notNull().references("public.b", "id"));
        public static final Table B =
            table(
                "b",
                column("id", integer()).primaryKey(),
                column("a_id", integer()).notNull().references("public.a", "id"));
        public static final Table C =
            table(
                "c",
                column("id", integer()).primaryKey(),
                column("d_id", integer()).references("public.d", "id"));
        public static final Table D =
            table(
                "d",
                column("id", integer()).primaryKey(),
                column("c_id", integer()).notNull().references("public.c", "id"));
        public static final Table CHILD =
            table(
                "child",
                column("id", bigserial()).primaryKey(),
                column("parent_id", uuid()).notNull().references("public.parent", "id"));
      """;

  @Test
  void leavesEmptyWhatTheTargetRejectsAndFillsInForeignKeyOrder() throws Exception {
    SchemaModel before =
        schema(
            "before",
            CYCLES
                + """
                  public static final Table PARENT =
                      table("parent", column("id", uuid()).primaryKey().defaultRandomUuid());
                """);
    SchemaModel after =
        schema(
            "after",
            CYCLES
                + """
                  public static final Table PARENT =
                      table(
                          "parent",
                          column("id", uuid()).primaryKey().defaultRandomUuid(),
                          column("required", text()).notNull());
                """);
    Map<QualifiedName, QualifiedName> same = new java.util.HashMap<>();
    Map<QualifiedName, Map<String, String>> columns = new java.util.HashMap<>();
    for (var t : before.tables()) {
      same.put(t.name(), t.name());
      Map<String, String> names = new java.util.HashMap<>();
      t.columns().forEach(col -> names.put(col.name(), col.name()));
      columns.put(t.name(), names);
    }
    try (FreshDatabase db = fresh();
        Connection c = db.connect()) {
      create(db, before);
      RowFiller.Report report =
          RowFiller.fill(c, before, new RowFiller.Target(after, same, columns, Map.of()));
      assertEquals(
          Map.of(
              new QualifiedName("public", "parent"), 0,
              new QualifiedName("public", "child"), 0,
              new QualifiedName("public", "a"), 0,
              new QualifiedName("public", "b"), 0,
              new QualifiedName("public", "c"), RowFiller.ROWS,
              new QualifiedName("public", "d"), RowFiller.ROWS),
          report.rows(),
          report.toString());
      assertThat(report.skips())
          .containsExactlyInAnyOrder(
              "public.parent: left empty: the target adds required NOT NULL without a default",
              "public.child: left empty: foreign key child_parent_id_fkey references public.parent,"
                  + " which has no rows and is NOT NULL",
              "public.a: left empty: foreign key a_b_id_fkey is in a cycle with public.b and is"
                  + " NOT NULL",
              "public.b: left empty: foreign key b_a_id_fkey references public.a, which has no rows"
                  + " and is NOT NULL");
      // the cycle broken by a NULL where the key allows it
      assertEquals(List.of(List.of("3", "0")), rows(c, "SELECT count(*), count(d_id) FROM c"));
    }
  }
}
