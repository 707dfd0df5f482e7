package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.ForEachPgVersion;
import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Push right after push is always No changes": Drizzle Kit's endless loops, each a schema pushed
 * once to an empty database and then again, where the second push must find nothing.
 */
class PushNoChangesTest {
  @TempDir Path dir;

  static final String DRIZZLE_LOOPS =
      """
        public static final PgEnum STATUS = enumType("status", "active", "archived");
        public static final Table ITEMS =
            table(
                "items",
                column("id", serial()).primaryKey(),
                column("code", bigint()).generatedByDefaultAsIdentity(),
                column("qty", integer()).check("qty>0"),
                column("price", numeric(10, 2)).check("price BETWEEN 0 AND 1000"),
                column("whole", numeric(12)),
                column("created_at", timestamp(3)).notNull().defaultNow(),
                column("seen_at", timestamptz(0)),
                column("at", time(2)),
                column("tags", text().array()).notNull().defaultSql("ARRAY[]::text[]"),
                column("codes", integer().array()).defaultSql("'{1,2}'"),
                column("meta", jsonb()).notNull().defaultSql("'{}'::jsonb"),
                column("doc", json()).defaultValue("{\\"a\\": [1, 2]}"),
                column("status", STATUS).notNull().defaultValue("active"),
                column("status2", STATUS).defaultSql("'archived'::status"),
                column("statuses", STATUS.array()).defaultSql("'{active}'::status[]"),
                column("name", text()).notNull().defaultValue(""),
                column("label", varchar(20)).defaultValue("x"),
                column("email", varchar(320)).uniqueNullsNotDistinct(),
                column("ratio", doublePrecision()).defaultSql("0.5"),
                column("neg", integer()).defaultSql("-1"),
                column("big", bigint()).defaultSql("(2 + 3)"),
                check("qty < 1000 AND price IS NOT NULL OR qty IN (1, 2, 3)"),
                index(expr("lower(name)")).where("qty>0"),
                index("price").where("price BETWEEN 1 AND 5 AND status <> 'archived'"),
                index("email", "name").unique().nullsNotDistinct());
        public static final Table CAMEL =
            table(
                "UserAccounts",
                column("userId", bigint()).generatedAlwaysAsIdentity().primaryKey(),
                column("DisplayName", text()).notNull().unique(),
                column("itemId", integer()).references(() -> ITEMS, "id").onDelete(CASCADE),
                index("DisplayName", "itemId"));
        public static final Table LONG =
            table(
                "a_table_name_that_is_quite_long_indeed_for_postgres_identifiers",
                column("a_column_name_that_is_also_quite_long_for_the_sixty_three_limit", text())
                    .unique(),
                column("another_column_name_that_is_also_quite_long_for_the_limit_yes", integer())
                    .check("another_column_name_that_is_also_quite_long_for_the_limit_yes>0"),
                column("ref", integer()).references(() -> ITEMS, "id"));
        public static final PgView CHEAP =
            view("cheap_items", "select id,name from items where price<10 and status='active'");
        public static final PgView COUNTS =
            materializedView("item_counts", "select status, count(*) as n from items group by 1");
      """;

  /** The loops without NULLS NOT DISTINCT, which PostgreSQL 14 does not have. */
  private static String loopsFor(PgVersion version) {
    return version.atLeast(15)
        ? DRIZZLE_LOOPS
        : DRIZZLE_LOOPS
            .replace(".uniqueNullsNotDistinct()", ".unique()")
            .replace(".unique().nullsNotDistinct()", ".unique()");
  }

  /** The loops with every rewritten text edited: a push must apply each edit, then find none. */
  private static String editedLoopsFor(PgVersion version) {
    return loopsFor(version)
        .replace("check(\"qty>0\")", "check(\"qty>1\")")
        .replace("BETWEEN 0 AND 1000", "BETWEEN 0 AND 999")
        .replace("defaultSql(\"'{1,2}'\")", "defaultSql(\"'{1,2,3}'\")")
        .replace("defaultSql(\"'archived'::status\")", "defaultSql(\"'active'::status\")")
        .replace("where(\"qty>0\")", "where(\"qty>2\")")
        .replace("price<10", "price<20");
  }

  /** A URL of the test server of {@code version}, where the shadow database may be created. */
  static String shadowUrl(PgVersion version) {
    return "postgres://postgres:postgres@localhost:" + TestPostgres.port(version) + "/postgres";
  }

  @ForEachPgVersion
  void onEachVersionEditsOfRewrittenTextApplyOnceWithAShadowOfThatVersion(PgVersion version)
      throws Exception {
    try (PushProject project = PushProject.in(dir, version)) {
      String toml = "pgVersion = " + version.major() + "\n";
      String shadow = shadowUrl(version);
      project.schema(loopsFor(version), toml);
      project.ok("push", "--shadow-url", shadow);
      assertThat(project.ok("push", "--shadow-url", shadow).out()).startsWith("No changes");

      project.schema(editedLoopsFor(version), toml);
      CliRun edit = project.ok("push", "--shadow-url", shadow);
      assertThat(edit.out())
          .contains("Pushed")
          .contains("items_qty_check")
          .contains("items_price_check")
          .contains("cheap_items")
          .contains("items_lower_idx")
          .contains("'{1,2,3}'")
          .contains("status2 SET DEFAULT 'active'");
      assertThat(project.query("SELECT pg_get_viewdef('cheap_items')").get(0)).contains("20");
      assertThat(project.ok("push", "--shadow-url", shadow).out()).startsWith("No changes");
      assertThat(
              project.query("SELECT count(*) FROM pg_database WHERE datname LIKE 'shale_shadow%'"))
          .as("the shadow databases are dropped")
          .containsExactly("0");
    }
  }

  @Test
  void theDrizzleLoopsPushOnceAndThenFindNoChanges() throws Exception {
    try (PushProject project = PushProject.in(dir)) {
      project.schema(DRIZZLE_LOOPS, "pgVersion = 15\n");
      assertThat(project.ok("push").out()).contains("Pushed");
      assertThat(project.ok("push").out()).startsWith("No changes").doesNotContain("ALTER");
    }
  }
}
