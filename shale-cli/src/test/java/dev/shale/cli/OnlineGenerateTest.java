package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate's zero-downtime plans through the real command line, applied by the real migrate to a
 * database whose tables hold rows: the failure of a concurrent unique build on duplicates and its
 * retry, NOT NULL on rows holding NULL, the simple form, and the pgVersion gate.
 */
class OnlineGenerateTest {
  @TempDir Path project;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  private void schema(String toml, String body) throws IOException {
    Files.createDirectories(project.resolve("db"));
    Files.writeString(
        project.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\npublic final class Schema {\n"
            + body
            + "\n}\n",
        StandardCharsets.UTF_8);
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n" + toml);
  }

  private List<String> migrations() throws IOException {
    Path dir = project.resolve("migrations");
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static final String USERS_BEFORE =
      "  public static final Table USERS = table(\"users\",\n"
          + "      column(\"id\", bigint()).primaryKey(),\n"
          + "      column(\"email\", text()),\n"
          + "      column(\"team_id\", bigint()));\n"
          + "  public static final Table TEAMS = table(\"teams\",\n"
          + "      column(\"id\", bigint()).primaryKey());";

  private static final String USERS_AFTER =
      "  public static final Table USERS = table(\"users\",\n"
          + "      column(\"id\", bigint()).primaryKey(),\n"
          + "      column(\"email\", text()).notNull().unique(),\n"
          + "      column(\"team_id\", bigint()).references(() -> Schema.TEAMS, \"id\"),\n"
          + "      index(\"team_id\"));\n"
          + "  public static final Table TEAMS = table(\"teams\",\n"
          + "      column(\"id\", bigint()).primaryKey());";

  private CliRun migrate(FreshDatabase db, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("migrate", "--url", db.uri()));
    args.addAll(List.of(more));
    return CliRun.in(project, args.toArray(String[]::new));
  }

  @Test
  void aPlanOfSeveralMigrationsAppliesToLiveTablesAndSurvivesDuplicatesAndNulls() throws Exception {
    schema("", USERS_BEFORE);
    assertThat(CliRun.in(project, "generate").exitCode()).isZero();
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThat(migrate(db).exitCode()).isZero();
      db.apply(
          "INSERT INTO teams VALUES (1), (2);"
              + " INSERT INTO users VALUES (1, 'a@x', 1), (2, 'a@x', 2), (3, NULL, NULL);");

      schema("", USERS_AFTER);
      CliRun generate = CliRun.in(project, "generate");
      assertThat(generate.exitCode()).as(generate.toString()).isZero();
      List<String> files = migrations();
      assertThat(files).hasSize(4);
      assertThat(files.get(1)).endsWith("_and_more.sql");
      assertThat(files.get(2)).endsWith("_concurrently.sql");
      assertThat(files.get(3)).endsWith("_validate.sql");
      String concurrently = Files.readString(project.resolve("migrations").resolve(files.get(2)));
      assertThat(concurrently)
          .startsWith("-- shale:no-transaction\n")
          .contains("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users")
          .contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS users_team_id_idx ON users");
      assertThat(generate.out()).contains(files.get(2)).contains("outside a transaction");

      // The duplicate email fails the concurrent unique build and leaves an invalid index.
      CliRun failed = migrate(db);
      assertThat(failed.exitCode()).isEqualTo(1);
      assertThat(failed.err())
          .contains("could not create unique index")
          .contains("Invalid index left behind: public.users_email_key");

      // Fixing the data and retrying drops the invalid index and builds it again.
      db.apply("UPDATE users SET email = 'b@x' WHERE id = 2;");
      CliRun retried = migrate(db, "--retry-failed");
      assertThat(retried.exitCode()).as(retried.toString()).isEqualTo(1);
      assertThat(retried.out() + retried.err())
          .contains("dropped the invalid index users_email_key")
          .contains("users_email_not_null_check")
          .contains("Fix the rows that break the constraint");

      // The NULL email fails the validation, which is rolled back; backfilled, it goes through.
      db.apply("UPDATE users SET email = 'c@x' WHERE id = 3;");
      CliRun done = migrate(db);
      assertThat(done.exitCode()).as(done.toString()).isZero();
      try (Connection c = db.connect();
          ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT count(*) FROM pg_index WHERE NOT indisvalid UNION ALL"
                          + " SELECT count(*) FROM pg_constraint WHERE NOT convalidated UNION ALL"
                          + " SELECT count(*) FROM pg_constraint WHERE conname ="
                          + " 'users_email_key' AND contype = 'u'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("invalid indexes").isZero();
        rs.next();
        assertThat(rs.getInt(1)).as("constraints not validated").isZero();
        rs.next();
        assertThat(rs.getInt(1)).as("the unique constraint").isEqualTo(1);
      }
      assertThat(CliRun.in(project, "generate").out()).contains("No schema changes.");
    }
  }

  @Test
  void retryFindsTheInvalidIndexInTheSchemaOfItsTable() throws Exception {
    String before =
        "  public static final PgSchema APP = schema(\"app\");\n"
            + "  public static final Table USERS = APP.table(\"users\",\n"
            + "      column(\"id\", bigint()).primaryKey(),\n"
            + "      column(\"email\", text()));";
    schema("", before);
    assertThat(CliRun.in(project, "generate").exitCode()).isZero();
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThat(migrate(db).exitCode()).isZero();
      db.apply("INSERT INTO app.users VALUES (1, 'a@x'), (2, 'a@x');");
      schema("", before.replace("column(\"email\", text())", "column(\"email\", text()).unique()"));
      assertThat(CliRun.in(project, "generate").exitCode()).isZero();

      CliRun failed = migrate(db);
      assertThat(failed.exitCode()).isEqualTo(1);
      assertThat(failed.err()).contains("Invalid index left behind: app.users_email_key");

      db.apply("UPDATE app.users SET email = 'b@x' WHERE id = 2;");
      CliRun retried = migrate(db, "--retry-failed");
      assertThat(retried.exitCode()).as(retried.toString()).isZero();
      assertThat(retried.out() + retried.err())
          .contains("dropped the invalid index users_email_key");
      try (Connection c = db.connect();
          ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT count(*) FILTER (WHERE NOT indisvalid), count(*) FROM pg_index"
                          + " WHERE indrelid = 'app.users'::regclass")) {
        rs.next();
        assertThat(rs.getInt(1)).as("invalid indexes").isZero();
        assertThat(rs.getInt(2)).as("primary key and unique key").isEqualTo(2);
      }
    }
  }

  @Test
  void simpleSafetyWritesOneMigration() throws Exception {
    schema("", USERS_BEFORE);
    assertThat(CliRun.in(project, "generate").exitCode()).isZero();
    schema("", USERS_AFTER);
    CliRun simple = CliRun.in(project, "generate", "--simple", "--dry-run");
    assertThat(simple.exitCode()).as(simple.toString()).isZero();
    assertThat(simple.out())
        .doesNotContain("INDEX CONCURRENTLY IF NOT EXISTS")
        .doesNotContainPattern("(?m)^ALTER TABLE .* NOT VALID;$")
        .contains("ADD CONSTRAINT users_email_key UNIQUE (email)");
    schema("safety = \"simple\"\n", USERS_AFTER);
    CliRun configured = CliRun.in(project, "generate");
    assertThat(configured.exitCode()).as(configured.toString()).isZero();
    assertThat(migrations()).hasSize(2);
    schema("safety = \"fast\"\n", USERS_AFTER);
    CliRun bad = CliRun.in(project, "generate");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("'safety' must be \"online\"");
  }

  @Test
  void featuresNewerThanPgVersionAreSchemaProblems() throws Exception {
    String table =
        "  public static final Table T = table(\"t\",\n"
            + "      column(\"id\", bigint()).primaryKey(),\n"
            + "      column(\"code\", text()).uniqueNullsNotDistinct(),\n"
            + "      column(\"ratio\", numeric(3, 5)));";
    schema("", table);
    CliRun refused = CliRun.in(project, "generate");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("unique constraint t_code_key is NULLS NOT DISTINCT, which needs PostgreSQL 15")
        .contains("public.t.ratio: numeric(3,5) has a scale outside 0 to its precision")
        .contains("2 problems in the schema")
        .contains("\nThe target is PostgreSQL 14");
    assertThat(project.resolve("migrations")).doesNotExist();
    schema("pgVersion = 15\n", table);
    CliRun accepted = CliRun.in(project, "generate");
    assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
    schema("pgVersion = 13\n", table);
    assertThat(CliRun.in(project, "generate").err())
        .contains("Shale writes SQL for PostgreSQL 14 to 18 (older versions are out of support)");
    schema("pgVersion = 19\n", table);
    assertThat(CliRun.in(project, "generate").err())
        .contains("for a newer server, 18 is right")
        .doesNotContain("out of support");
  }
}
