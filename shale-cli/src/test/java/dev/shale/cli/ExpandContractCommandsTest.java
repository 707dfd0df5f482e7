package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.GitRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code status}, {@code diff}, {@code check} and the migration names say of expand and
 * contract, through the real CLI on a real database with rows.
 */
class ExpandContractCommandsTest {
  @TempDir Path dir;
  private PushProject project;

  private static final String BEFORE =
      """
        public static final Table ORDERS =
            table(
                "orders",
                column("id", bigint()).primaryKey(),
                column("amount", integer()).notNull(),
                column("name", text()));
      """;

  private static final String EXPANDED =
      """
        public static final Table ORDERS =
            table(
                "orders",
                column("id", bigint()).primaryKey(),
                column("amount", bigint()).notNull().replaces("amount"),
                column("full_name", text()).notNull().replaces("name"));
      """;

  private static final String CONTRACTED =
      """
        public static final Table ORDERS =
            table(
                "orders",
                column("id", bigint()).primaryKey(),
                column("amount", bigint()).notNull(),
                column("full_name", text()).notNull());
      """;

  @BeforeEach
  void setUp() throws Exception {
    project = PushProject.in(dir);
    project.schema(BEFORE);
    assertThat(CliRun.in(dir, "generate", "--name", "init").exitCode()).isZero();
    project.ok("migrate");
    project.db().apply("INSERT INTO orders SELECT g, g, 'n' || g FROM generate_series(1, 3000) g;");
  }

  @AfterEach
  void tearDown() {
    project.close();
  }

  private void generate(String schema) throws Exception {
    project.schema(schema);
    CliRun run = CliRun.in(dir, "generate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void theReviewWarnsWhenANotNullNewColumnMayMeetNulls() throws Exception {
    project.schema(EXPANDED);
    CliRun run = CliRun.in(dir, "generate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "hint: orders.full_name is NOT NULL: from the first migration on, a row whose name"
                + " gives NULL cannot be updated")
        .doesNotContain("hint: orders.amount_new is NOT NULL");
  }

  @Test
  void statusShowsEachExpandedPairSinceItsExpandUntilTheContract() throws Exception {
    generate(EXPANDED);
    project.ok("migrate");

    CliRun status = project.ok("status");
    String expand = firstMigration("expand_orders_amount");
    assertThat(status.out().lines().filter(l -> l.startsWith("Expanded, not contracted:")))
        .hasSize(2)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Expanded, not contracted: public.orders.amount → amount_new (then")
                    .contains("(" + expand + ")")
                    .contains("works with the new type of amount"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Expanded, not contracted: public.orders.name → full_name, since")
                    .contains("uses full_name"));
    JsonNode json = new ObjectMapper().readTree(project.ok("status", "--json").out());
    assertThat(json.get("expanded")).hasSize(2);
    assertThat(json.get("expanded").get(0).get("since").asText()).isEqualTo(expand);
    assertThat(
            project.query("SELECT count(*) FROM orders WHERE amount_new IS DISTINCT FROM amount"))
        .containsExactly("0");
    assertThat(project.ok("diff", "--from", "schema", "--to", "db").out())
        .startsWith("No differences");

    generate(CONTRACTED);
    assertThat(firstMigration("contract_orders_amount")).isNotNull();
    project.ok("migrate");
    assertThat(project.ok("status").out()).doesNotContain("Expanded");
    assertThat(project.query("SELECT sum(amount) FROM orders")).containsExactly("4501500");
    assertThat(project.ok("diff", "--from", "schema", "--to", "db").out())
        .startsWith("No differences");
  }

  @Test
  void goingBackToTheOldColumnsAbandonsTheExpandUnderItsOwnName() throws Exception {
    generate(EXPANDED);
    project.ok("migrate");
    generate(BEFORE);
    assertThat(firstMigration("abandon_orders_amount")).isNotNull();
    project.ok("migrate");
    assertThat(project.ok("status").out()).doesNotContain("Expanded");
    assertThat(project.query("SELECT sum(amount) FROM orders")).containsExactly("4501500");
    assertThat(project.ok("diff", "--from", "schema", "--to", "db").out())
        .startsWith("No differences");
  }

  @Test
  void checkFlagsAContractInTheSameDeployAsItsExpandAndNothingWhenItShipsLater() throws Exception {
    GitRepo.git(dir, "init", "-q");
    GitRepo.git(dir, "add", "-A");
    GitRepo.git(dir, "commit", "-q", "-m", "init");
    generate(EXPANDED);
    GitRepo.git(dir, "add", "-A");
    GitRepo.git(dir, "commit", "-q", "-m", "expand");
    generate(CONTRACTED);

    CliRun sameDeploy = CliRun.in(dir, "check", "--since", "HEAD~1");
    assertThat(sameDeploy.out()).contains("warning[contract-column]");
    assertThat(sameDeploy.out()).doesNotContain("[drop-column]", "[renaming-column]");

    CliRun later = CliRun.in(dir, "check", "--since", "HEAD");
    assertThat(later.out())
        .doesNotContain(
            "contract-column",
            "[drop-column]",
            "[renaming-column]",
            "[drop-object]",
            "[drop-add-suspected-rename]");
  }

  @Test
  void theTraceRunsTheBatchedBackfillOutsideATransaction() throws Exception {
    generate(EXPANDED);
    generate(CONTRACTED);

    CliRun trace = CliRun.in(dir, "check", "--trace", "--url", project.db().uri());

    assertThat(trace.exitCode()).as(trace.toString()).isZero();
    assertThat(trace.out() + trace.err()).doesNotContain("failed", "not traced");
  }

  @Test
  void pushExpandsAndContractsAsWell() throws Exception {
    project.schema(EXPANDED);
    project.ok("push");
    assertThat(project.query("SELECT count(*) FROM orders WHERE full_name IS DISTINCT FROM name"))
        .containsExactly("0");
    assertThat(project.ok("push").out()).contains("No changes");

    project.schema(CONTRACTED);
    assertThat(project.ok("push").out()).contains("contract orders.amount into amount");
    assertThat(project.query("SELECT sum(amount) || ' ' || count(full_name) FROM orders"))
        .containsExactly("4501500 3000");
    assertThat(project.ok("diff", "--from", "schema", "--to", "db").out())
        .startsWith("No differences");
  }

  @Test
  void aReplacedColumnTheTableDoesNotHaveIsRefusedWithItsName() throws Exception {
    project.schema(EXPANDED.replace("replaces(\"name\")", "replaces(\"nmae\")"));
    CliRun run = CliRun.in(dir, "generate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("public.orders.full_name replaces \"nmae\", which the table does not have");
  }

  private String firstMigration(String namePart) throws Exception {
    try (var files = java.nio.file.Files.list(dir.resolve("migrations"))) {
      return files
          .map(f -> f.getFileName().toString().replace(".sql", ""))
          .filter(n -> n.contains(namePart))
          .sorted()
          .findFirst()
          .orElse(null);
    }
  }
}
