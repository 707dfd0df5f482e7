package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.PgVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale status}'s drift line: the database against its newest applied snapshot. */
class StatusDriftTest {
  @TempDir Path dir;
  private PushProject project;
  private String shadow;

  private static final String SCHEMA =
      """
        public static final Table ITEMS =
            table(
                "items",
                column("id", bigint()).primaryKey(),
                column("a", integer()).check("a>0").defaultSql("1"),
                index("a").where("a BETWEEN 1 AND 9"));
        public static final PgView SOME = view("some_items", "select id from items where a>1");
      """;

  @BeforeEach
  void setUp() throws Exception {
    project = PushProject.in(dir);
    shadow = PushNoChangesTest.shadowUrl(PgVersion.DEFAULT);
    project.schema(SCHEMA);
    assertThat(CliRun.in(dir, "generate", "--simple").exitCode()).isZero();
    project.ok("migrate");
  }

  @AfterEach
  void tearDown() {
    project.close();
  }

  private String snapshot() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("snapshots"))) {
      return "snapshots/" + files.findFirst().orElseThrow().getFileName();
    }
  }

  @Test
  void aDatabaseAsItsMigrationsBuiltItHasNoDriftLine() {
    CliRun run = project.ok("status", "--shadow-url", shadow);
    assertThat(run.out()).contains("1 applied.").doesNotContain("Drift");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aChangeByHandIsOneLineAndNeedsAttention() throws Exception {
    project.db().apply("ALTER TABLE items ADD COLUMN extra text;");

    CliRun run = project.shale("status", "--shadow-url", shadow);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("Drift:")))
        .containsExactly(
            "Drift: the database differs from "
                + snapshot()
                + ", the schema its newest applied migration should have built (1 change: drop"
                + " column items.extra); run `shale diff --snapshot "
                + snapshot().substring("snapshots/".length()).replace(".json", "")
                + "` to see them");
    JsonNode json =
        new ObjectMapper()
            .readTree(project.shale("status", "--json", "--shadow-url", shadow).out());
    assertThat(json.get("needsAttention").asBoolean()).isTrue();
    assertThat(json.get("drift").get("snapshot").asText()).isEqualTo(snapshot());
    assertThat(json.get("drift").get("changes").get(0).asText()).contains("extra");
  }

  @Test
  void whenTheComparisonFailsStatusWarnsAndStillReports() {
    project.db().apply("ALTER TABLE items ALTER COLUMN a SET DEFAULT 2;");

    CliRun run =
        project.shale(
            "status", "--shadow-url", "postgres://nobody@localhost:1/x?connect_timeout=2");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("1 applied.").doesNotContain("Drift");
    assertThat(run.err())
        .startsWith("warning: could not check the database for drift: ")
        .contains("localhost:1");
  }

  @Test
  void aCorruptSnapshotIsAWarningToo() throws Exception {
    Files.writeString(dir.resolve(snapshot()), "{");

    CliRun run = project.shale("status", "--shadow-url", shadow);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).startsWith("warning: could not check the database for drift: ");
  }
}
