package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale push} through the real CLI, without a terminal, on a real database. */
class PushCommandTest {
  @TempDir Path dir;
  private PushProject project;
  private FreshDatabase db;

  @BeforeEach
  void setUp() {
    project = PushProject.in(dir);
    db = project.db();
  }

  @AfterEach
  void tearDown() {
    project.close();
  }

  private static final String USERS =
      """
        public static final Table USERS =
            table(
                "users",
                column("id", bigint()).primaryKey(),
                column("email", text()));
      """;

  private static final String USERS_WITH_FLAG =
      """
        public static final Table USERS =
            table(
                "users",
                column("id", bigint()).primaryKey(),
                column("email", text()),
                column("legacy_flag", bool()));
        public static final Table SESSIONS =
            table("sessions", column("id", bigint()).primaryKey());
      """;

  private static final String FILL_USERS_AND_SESSIONS =
      "INSERT INTO users SELECT g, 'u' || g, CASE WHEN g <= 1234 THEN true END"
          + " FROM generate_series(1, 2000) g;\n"
          + "INSERT INTO sessions SELECT g FROM generate_series(1, 80112) g;\n";

  @Test
  void dataLossWithoutATerminalExits2NamingEachItemWithItsCountAndAcceptDataLoss()
      throws Exception {
    project.pushed(USERS_WITH_FLAG, FILL_USERS_AND_SESSIONS);
    project.schema(USERS);

    CliRun refused = project.shale("push");

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.DECISION_NEEDED);
    assertThat(refused.err())
        .contains("drop column users.legacy_flag: 1,234 non-null values")
        .contains("drop table sessions: 80,112 rows")
        .contains("--accept-data-loss")
        .contains("Nothing was changed");
    assertThat(project.query("SELECT count(legacy_flag) FROM users")).containsExactly("1234");
    assertThat(project.query("SELECT count(*) FROM sessions")).containsExactly("80112");

    CliRun forced = project.shale("push", "--force");
    assertThat(forced.exitCode()).as("--force is no synonym").isEqualTo(ExitCodes.USAGE);

    CliRun accepted = project.shale("push", "--accept-data-loss");
    assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
    assertThat(project.query("SELECT to_regclass('sessions') IS NULL")).containsExactly("t");
    assertThat(
            project.query(
                "SELECT count(*) FROM information_schema.columns WHERE column_name = 'legacy_flag'"))
        .containsExactly("0");
    assertThat(project.shale("push").out()).startsWith("No changes");
  }

  @Test
  void renameQuestionsWithoutATerminalExit2WithTheFlagsThatAnswerThem() throws Exception {
    project.pushed(USERS, "INSERT INTO users VALUES (1, 'a@example.com');");
    project.schema(USERS.replace("\"email\"", "\"mail\""));

    CliRun asked = project.shale("push");

    assertThat(asked.exitCode()).as(asked.toString()).isEqualTo(ExitCodes.DECISION_NEEDED);
    assertThat(asked.err())
        .contains("column users.mail: created, or renamed from users.email?")
        .contains("--rename column:users.email=users.mail")
        .contains("--create column:users.mail");
    assertThat(project.query("SELECT email FROM users")).containsExactly("a@example.com");

    CliRun renamed = project.shale("push", "--rename", "column:users.email=users.mail");
    assertThat(renamed.exitCode()).as(renamed.toString()).isZero();
    assertThat(renamed.out()).contains("RENAME COLUMN email TO mail");
    assertThat(project.query("SELECT mail FROM users")).containsExactly("a@example.com");
  }

  @Test
  void createAnswerStillNeedsAcceptDataLossForTheDroppedColumn() throws Exception {
    project.pushed(USERS, "INSERT INTO users VALUES (1, 'a@example.com');");
    project.schema(USERS.replace("\"email\"", "\"mail\""));

    CliRun created = project.shale("push", "--create", "column:users.mail");

    assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.DECISION_NEEDED);
    assertThat(created.err()).contains("drop column users.email: 1 non-null value\n");
    assertThat(project.query("SELECT email FROM users")).containsExactly("a@example.com");
  }

  @Test
  void dryRunPrintsTheSqlOnlyAndChangesNothing() throws Exception {
    project.schema(USERS_WITH_FLAG);
    String before = db.fingerprint();

    CliRun run = project.shale("push", "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("CREATE TABLE users").contains("CREATE TABLE sessions");
    assertThat(run.out()).doesNotContain("Pushed");
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void dryRunOfADataLosingPushNeedsNoAnswer() throws Exception {
    project.pushed(USERS_WITH_FLAG, FILL_USERS_AND_SESSIONS);
    project.schema(USERS);
    String before = db.fingerprint();

    CliRun run = project.shale("push", "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("DROP TABLE sessions").contains("DROP COLUMN legacy_flag");
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void strictWithoutATerminalChangesNothing() throws Exception {
    project.schema(USERS);

    CliRun run = project.shale("push", "--strict");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DECISION_NEEDED);
    assertThat(run.err()).contains("--strict");
    assertThat(project.query("SELECT to_regclass('users') IS NULL")).containsExactly("t");
  }

  @Test
  void aStatementThatFailsMidwayLeavesNothingAppliedAndIsNamed() throws Exception {
    project.pushed(USERS, "INSERT INTO users VALUES (1, 'same'), (2, 'same');");
    project.schema(
        """
          public static final Table USERS =
              table(
                  "users",
                  column("id", bigint()).primaryKey(),
                  column("email", text()).unique(),
                  column("nickname", text()));
          public static final Table AUDIT = table("audit", column("id", bigint()).primaryKey());
        """);
    String before = db.fingerprint();

    CliRun run = project.shale("push");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err())
        .contains("UNIQUE")
        .contains("23505")
        .contains("could not create unique index")
        .contains("nothing");
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void lockTimeoutIsAppliedToEachStatement() throws Exception {
    project.schema(USERS, "[migrate]\nlockRetries = 0\n");
    assertThat(project.shale("push").exitCode()).isZero();
    project.schema(
        USERS.replace(
            "column(\"email\", text())", "column(\"email\", text()), column(\"x\", integer())"),
        "[migrate]\nlockRetries = 0\n");
    try (Connection holder = db.connect()) {
      holder.setAutoCommit(false);
      try (Statement st = holder.createStatement()) {
        st.execute("LOCK TABLE users IN ACCESS SHARE MODE");
      }
      long start = System.nanoTime();
      CliRun run = project.shale("push", "--lock-timeout", "300ms");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
      assertThat(run.err()).contains("55P03").contains("lock timeout");
      assertThat(millis).isLessThan(20_000);
      holder.rollback();
    }
    assertThat(
            project.query(
                "SELECT count(*) FROM information_schema.columns WHERE column_name = 'x'"))
        .containsExactly("0");
  }

  @Test
  void objectsShaleDoesNotModelAreListedOnceAndLeftAlone() throws Exception {
    // The trigger's function is modelled (declared, so push keeps it), and so are the partitioned
    // table and its partition; an inheriting table is not, with its trigger, row-level security and
    // policy, nor a range type.
    String touch =
        """
          public static final PgFunction TOUCH =
              function("touch").returns("trigger").language("plpgsql").body(" BEGIN RETURN NEW; END ");
          public static final Table EVENTS =
              table("events", column("id", bigint()), column("at", date())).partitionByRange("at");
          public static final Table EVENTS_2026 =
              table("events_2026")
                  .partitionOf(() -> EVENTS, valuesFrom("2026-01-01").to("2027-01-01"));
        """;
    project.pushed(USERS + touch, "");
    db.apply(
        """
        CREATE TABLE users_archive () INHERITS (users);
        CREATE TRIGGER archive_touch BEFORE UPDATE ON users_archive
          FOR EACH ROW EXECUTE FUNCTION touch();
        ALTER TABLE users_archive ENABLE ROW LEVEL SECURITY;
        CREATE POLICY events_own ON users_archive USING (true);
        CREATE TYPE floatrange AS RANGE (subtype = float8);
        """);
    project.schema(
        USERS.replace(
                "column(\"email\", text())", "column(\"email\", text()), column(\"x\", integer())")
            + touch);

    CliRun run = project.shale("push");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err().lines().filter(l -> l.startsWith("warning:"))).hasSize(1);
    assertThat(run.err())
        .contains("touch")
        .contains("archive_touch")
        .contains("events_own")
        .contains("users_archive");
    assertThat(run.out()).doesNotContain("DROP");
    assertThat(
            project.query(
                "SELECT count(*) FROM pg_proc WHERE proname = 'touch' UNION ALL"
                    + " SELECT count(*) FROM pg_trigger WHERE tgname = 'archive_touch' UNION ALL"
                    + " SELECT count(*) FROM pg_policy WHERE polname = 'events_own' UNION ALL"
                    + " SELECT count(*) FROM pg_class WHERE relname IN ('events', 'events_2026') UNION ALL"
                    + " SELECT count(*) FROM pg_type WHERE typname = 'floatrange'"))
        .containsExactly("1", "1", "1", "2", "1");
    CliRun again = project.shale("push");
    assertThat(again.out()).as(again.toString()).startsWith("No changes");
  }

  @Test
  void tablesAndSchemasOutsideTheFiltersAreNeverTouched() throws Exception {
    db.apply(
        """
        CREATE TABLE other (id int);
        CREATE TABLE scratch_1 (id int);
        CREATE SCHEMA audit;
        CREATE TABLE audit.log (id int);
        """);
    String keep =
        """
          public static final Table KEEP = table("keep", column("id", bigint()).primaryKey());
          public static final Table SKIPPED = table("skipped", column("id", bigint()));
        """;
    project.schema(keep, "tables = [\"!other\", \"!scratch_*\", \"!skipped\"]\n");

    CliRun toml = project.shale("push");

    assertThat(toml.exitCode()).as(toml.toString()).isZero();
    assertThat(toml.out())
        .contains("CREATE TABLE keep")
        .doesNotContain("skipped")
        .doesNotContain("DROP");
    assertThat(project.query("SELECT to_regclass('skipped') IS NULL")).containsExactly("t");

    project.schema(keep);
    CliRun flags = project.shale("push", "--tables", "keep,skipped", "--accept-data-loss");
    assertThat(flags.exitCode()).as(flags.toString()).isZero();
    assertThat(flags.out()).contains("CREATE TABLE skipped").doesNotContain("DROP");

    CliRun schemas =
        project.shale("push", "--schemas", "public,!audit", "--tables", "!other,!scratch_*");
    assertThat(schemas.out()).as(schemas.toString()).startsWith("No changes");
    assertThat(
            project.query(
                "SELECT count(*) FROM pg_class WHERE relname IN ('other', 'scratch_1', 'log')"))
        .containsExactly("3");

    CliRun all = project.shale("push", "--dry-run");
    assertThat(all.out())
        .as("inside the default filters, other is dropped")
        .contains("DROP TABLE other");
  }

  @Test
  void aSequenceOwnedByATableOutsideTheFiltersIsLeftAsItIs() throws Exception {
    String schema =
        """
          public static final PgSequence TICKETS =
              sequence("tickets").startWith(50).ownedBy("skipped", "n");
          public static final Table KEEP = table("keep", column("id", bigint()).primaryKey());
          public static final Table SKIPPED =
              table("skipped", column("n", bigint()).defaultSql("nextval('tickets')"));
        """;
    project.pushed(schema, "");
    assertThat(project.query("SELECT pg_get_serial_sequence('skipped', 'n')"))
        .containsExactly("public.tickets");

    project.schema(schema, "tables = [\"!skipped\"]\n");
    CliRun filtered = project.shale("push");

    assertThat(filtered.out()).as(filtered.toString()).startsWith("No changes");
  }

  @Test
  void pushDoesNotCreateTheHistoryTable() throws Exception {
    project.pushed(USERS, "");
    assertThat(project.query("SELECT to_regclass('shale.migrations') IS NULL"))
        .containsExactly("t");
  }

  @Test
  void anUnreachableDatabaseIsOneLine() throws Exception {
    project.schema(USERS);
    CliRun run =
        CliRun.in(dir, "push", "--url", "postgres://app:secret@localhost:1/app?connect_timeout=2");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("error: cannot connect to localhost:1/app")
        .doesNotContain("secret");
  }
}
