package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.PgVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale diff} in each direction, through the real CLI, on a real database. */
class DiffCommandTest {
  @TempDir Path dir;
  private PushProject project;

  /** Text the server stores its own way: {@code a>0}, BETWEEN, a view's query, a default. */
  private static final String REWRITTEN =
      """
        public static final Table ITEMS =
            table(
                "items",
                column("id", bigint()).primaryKey(),
                column("a", integer()).check("a>0"),
                column("price", numeric(10, 2)).check("price BETWEEN 0 AND 100"),
                column("tags", text().array()).defaultSql("'{}'"),
                index("a").where("a>5"));
        public static final PgView CHEAP = view("cheap", "select id,a from items where price<10");
      """;

  @BeforeEach
  void setUp() {
    project = PushProject.in(dir);
  }

  @AfterEach
  void tearDown() {
    project.close();
  }

  /** Declares {@code fields}, generates a migration and applies it to the database. */
  private void migrated(String fields) throws Exception {
    project.schema(fields);
    CliRun generate = CliRun.in(dir, "generate", "--simple");
    assertThat(generate.exitCode()).as(generate.toString()).isZero();
    project.ok("migrate");
  }

  /**
   * {@code shale diff ARGS}, with the shadow on the test server (a scratch database there is much
   * quicker than the default, a new embedded server per run).
   */
  private CliRun diff(String... args) {
    List<String> all = new ArrayList<>(List.of("diff"));
    all.addAll(List.of(args));
    all.addAll(List.of("--shadow-url", PushNoChangesTest.shadowUrl(PgVersion.DEFAULT)));
    return project.shale(all.toArray(String[]::new));
  }

  @Test
  void textTheServerRewritesIsNoDriftInAnyDirection() throws Exception {
    migrated(REWRITTEN);
    // Roles belong to the cluster, which other databases share: one nobody declares is no drift.
    project
        .db()
        .apply(
            "DO $$ BEGIN CREATE ROLE shale_diff_bystander; EXCEPTION WHEN duplicate_object THEN NULL; END $$;");

    CliRun byDefault = project.shale("diff");

    assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
    assertThat(byDefault.out())
        .startsWith("No differences: the database (")
        .contains("matches the snapshot ");
    for (String[] direction :
        List.of(
            new String[] {"--from", "snapshot", "--to", "db"},
            new String[] {"--from", "schema", "--to", "db"},
            new String[] {"--from", "db", "--to", "schema"},
            new String[] {"--from", "schema", "--to", "snapshot"})) {
      CliRun run = diff(direction);
      assertThat(run.exitCode()).as(String.join(" ", direction) + "\n" + run).isZero();
    }
  }

  @Test
  void partitionBoundsAsTypedAreNoDrift() throws Exception {
    // The server keeps '10.50' for 10.5 on a numeric(4,2) key and '2024-02-01' for '2024-2-1'.
    migrated(
        """
          public static final Table READINGS =
              table("readings", column("level", numeric(4, 2)).notNull())
                  .partitionByRange("level");
          public static final Table READINGS_LOW =
              table("readings_low").partitionOf(() -> READINGS, valuesFrom(0).to("10.5"));
          public static final Table DAYS =
              table("days", column("day", date()).notNull()).partitionByList("day");
          public static final Table DAYS_FEB =
              table("days_feb").partitionOf(() -> DAYS, valuesIn("2024-2-1"));
        """);
    for (String[] direction :
        List.of(
            new String[] {"--from", "schema", "--to", "db"},
            new String[] {"--from", "db", "--to", "schema"},
            new String[] {"--from", "snapshot", "--to", "db"})) {
      CliRun run = diff(direction);
      assertThat(run.exitCode()).as(String.join(" ", direction) + "\n" + run).isZero();
    }
  }

  @Test
  void aChangeMadeByHandIsDriftInEachDirectionWithStatementsAndADdlDiff() throws Exception {
    migrated(REWRITTEN);
    project.db().apply("ALTER TABLE items ADD COLUMN extra text;");

    CliRun toSnapshot = diff();
    assertThat(toSnapshot.exitCode()).as(toSnapshot.toString()).isEqualTo(1);
    assertThat(toSnapshot.out())
        .contains("differs from the snapshot")
        .contains("(1 change)")
        .contains("ALTER TABLE items DROP COLUMN extra;")
        .contains("--- the database (")
        .contains("+++ the snapshot ")
        .contains("\n-  extra text");

    CliRun fromSnapshot = diff("--from", "snapshot", "--to", "db");
    assertThat(fromSnapshot.exitCode()).isEqualTo(1);
    assertThat(fromSnapshot.out())
        .startsWith("The snapshot ")
        .contains("ALTER TABLE items ADD COLUMN extra text;")
        .contains("\n+  extra text");

    CliRun fromSchema = diff("--from", "schema", "--to", "db");
    assertThat(fromSchema.exitCode()).isEqualTo(1);
    assertThat(fromSchema.out()).startsWith("The Java schema differs from the database");

    CliRun toSchema = diff("--from", "db", "--to", "schema");
    assertThat(toSchema.exitCode()).isEqualTo(1);
    assertThat(toSchema.out()).contains("DROP COLUMN extra");
  }

  @Test
  void theJsonShape() throws Exception {
    migrated(REWRITTEN);
    project.db().apply("ALTER TABLE items ADD COLUMN extra text;");

    CliRun run = diff("--json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("from", "to", "equal", "changes", "statements", "ddlDiff");
    assertThat(json.get("from").asText()).startsWith("the database (");
    assertThat(json.get("to").asText()).startsWith("the snapshot ");
    assertThat(json.get("equal").asBoolean()).isFalse();
    assertThat(json.get("changes").get(0).asText()).contains("drop column").contains("extra");
    assertThat(json.get("statements").get(0).asText())
        .isEqualTo("ALTER TABLE items DROP COLUMN extra");
    assertThat(json.get("ddlDiff").asText()).contains("-  extra text");

    project.db().apply("ALTER TABLE items DROP COLUMN extra;");
    JsonNode equal = new ObjectMapper().readTree(diff("--json").out());
    assertThat(equal.get("equal").asBoolean()).isTrue();
    assertThat(equal.get("changes")).isEmpty();
    assertThat(equal.get("statements")).isEmpty();
    assertThat(equal.get("ddlDiff").asText()).isEmpty();
  }

  @Test
  void theSchemaAheadOfItsSnapshotIsADifferenceWithoutADatabase() throws Exception {
    migrated(REWRITTEN);
    project.schema(
        REWRITTEN.replace(
            "\"id\", bigint()).primaryKey(),",
            "\"id\", bigint()).primaryKey(), column(\"b\", text()),"));

    CliRun run = CliRun.in(dir, "diff", "--from", "snapshot", "--to", "schema");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("ALTER TABLE items ADD COLUMN b text;");
  }

  @Test
  void snapshotNamesTheSnapshotToCompare() throws Exception {
    migrated(REWRITTEN);
    String first;
    try (var files = java.nio.file.Files.list(dir.resolve("snapshots"))) {
      first = files.map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
    project.schema(
        REWRITTEN.replace(
            "\"id\", bigint()).primaryKey(),",
            "\"id\", bigint()).primaryKey(), column(\"b\", text()),"));
    CliRun generate = CliRun.in(dir, "generate", "--simple");
    assertThat(generate.exitCode()).as(generate.toString()).isZero();

    CliRun newest = CliRun.in(dir, "diff", "--from", "snapshot", "--to", "schema");
    CliRun named =
        CliRun.in(dir, "diff", "--from", "snapshot", "--to", "schema", "--snapshot", first);

    assertThat(newest.exitCode()).as(newest.toString()).isZero();
    assertThat(named.exitCode()).as(named.toString()).isEqualTo(1);
    assertThat(named.out()).contains("ALTER TABLE items ADD COLUMN b text;");
  }

  @Test
  void filtersLeaveOtherTablesOut() throws Exception {
    migrated(REWRITTEN);
    project
        .db()
        .apply(
            "CREATE TABLE scratch (id int); CREATE SCHEMA audit; CREATE TABLE audit.log (id int);");

    CliRun all = diff();
    assertThat(all.exitCode()).isEqualTo(1);
    assertThat(all.out()).contains("DROP TABLE scratch").doesNotContain("audit");

    assertThat(diff("--tables", "!scratch").exitCode()).isZero();
    assertThat(diff("--tables", "items").exitCode()).isZero();
    CliRun schemas = diff("--schemas", "public,audit", "--tables", "!scratch");
    assertThat(schemas.exitCode()).isEqualTo(1);
    assertThat(schemas.out()).contains("DROP TABLE audit.log").doesNotContain("scratch");

    project.schema(REWRITTEN, "tables = [\"!scratch\"]\n");
    assertThat(diff().exitCode()).as("shale.toml's filter").isZero();
  }

  @Test
  void clearErrors() throws Exception {
    project.schema(REWRITTEN);

    CliRun noSnapshot = diff();
    assertThat(noSnapshot.exitCode()).as(noSnapshot.toString()).isEqualTo(1);
    assertThat(noSnapshot.err())
        .isEqualTo(
            "error: there is no snapshot in snapshots to compare with: run `shale generate`"
                + " first, or compare --from db --to schema\n");

    CliRun badSource = diff("--from", "live");
    assertThat(badSource.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badSource.err()).contains("--from").contains("db, snapshot, schema");

    CliRun same = diff("--from", "schema", "--to", "schema");
    assertThat(same.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(same.err()).contains("--from and --to are both schema");

    CliRun unreachable =
        CliRun.in(
            dir,
            "diff",
            "--from",
            "db",
            "--to",
            "schema",
            "--url",
            "postgres://app:secret@localhost:1/app?connect_timeout=2");
    assertThat(unreachable.exitCode()).isEqualTo(1);
    assertThat(unreachable.err().strip().lines()).hasSize(1);
    assertThat(unreachable.err()).startsWith("error: cannot connect to localhost:1/app");
  }
}
