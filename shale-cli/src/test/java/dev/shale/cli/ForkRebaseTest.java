package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotChain;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.testing.GitRepo;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A branch merge forks the snapshot chain: {@code generate} refuses, {@code generate --rebase}
 * resolves it; {@code migrate} and {@code status} are not affected. The fork is made the way teams
 * make it: two git branches that each ran {@code shale generate}, merged with git.
 */
class ForkRebaseTest {
  @TempDir Path project;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  private static final String AUDIT_COLUMN = "      column(\"ip\", inet()),\n";
  private static final String INVOICE_COLUMN = "      column(\"due_on\", date()),\n";

  /** What branch b adds to the invoices table besides due_on (nothing unless a test says so). */
  private String invoiceExtra = "";

  private void schema(boolean auditIp, boolean invoiceDueOn) throws IOException {
    Files.createDirectories(project.resolve("db"));
    Files.writeString(
        project.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\n"
            + "import dev.shale.schema.*;\n\n"
            + "public final class Schema {\n"
            + "  public static final Table AUDIT_EVENTS = table(\"audit_events\",\n"
            + "      column(\"id\", bigint()).generatedAlwaysAsIdentity().primaryKey(),\n"
            + (auditIp ? AUDIT_COLUMN : "")
            + "      column(\"action\", text()).notNull());\n\n"
            + "  public static final Table USERS = table(\"users\",\n"
            + "      column(\"id\", bigint()).generatedAlwaysAsIdentity().primaryKey(),\n"
            + "      column(\"email\", text()).notNull().unique());\n\n"
            + "  public static final Table INVOICES = table(\"invoices\",\n"
            + "      column(\"id\", bigint()).generatedAlwaysAsIdentity().primaryKey(),\n"
            + (invoiceDueOn ? INVOICE_COLUMN : "")
            + "      column(\"total\", numeric(10, 2)).notNull()"
            + (invoiceDueOn ? invoiceExtra : "")
            + ");\n"
            + "}\n",
        StandardCharsets.UTF_8);
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
  }

  private String git(String... args) throws Exception {
    return GitRepo.git(project, args);
  }

  private void commitAll(String message) throws Exception {
    git("add", "-A");
    git("commit", "-q", "-m", message);
  }

  /** A new git repository whose main branch has the first migration; returns its stem. */
  private String initialCommit() throws Exception {
    schema(false, false);
    git("init", "-q");
    generateOk();
    commitAll("initial");
    return stems("migrations").get(0);
  }

  private CliRun generate(String... args) {
    List<String> all = new ArrayList<>(List.of("generate"));
    all.addAll(List.of(args));
    return CliRun.in(project, all.toArray(String[]::new));
  }

  private CliRun generateOk(String... args) {
    CliRun run = generate(args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  private List<String> stems(String dir) throws IOException {
    Path path = project.resolve(dir);
    try (Stream<Path> files = Files.list(path)) {
      return files
          .map(MigrationFolder::stem)
          .filter(stem -> stem.matches("\\d{14}_.*"))
          .sorted()
          .toList();
    }
  }

  /** Waits until the clock is past {@code stem}'s stamp, so the next generate stamps later. */
  private static void awaitPast(String stem) throws InterruptedException {
    java.time.Instant stamp =
        java.time.LocalDateTime.parse(
                stem.substring(0, 14),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            .toInstant(java.time.ZoneOffset.UTC);
    while (!java.time.Instant.now().isAfter(stamp.plusSeconds(1))) {
      Thread.sleep(50);
    }
  }

  /** The stems of a forked project: [initial, branch a's migration, branch b's migration]. */
  private List<String> forkedByAMerge(String... branchBGenerateArgs) throws Exception {
    String initial = initialCommit();

    git("checkout", "-q", "-b", "a");
    schema(true, false);
    awaitPast(initial);
    generateOk();
    commitAll("audit_events.ip");
    String a = stems("migrations").get(1);

    git("checkout", "-q", "main");
    git("checkout", "-q", "-b", "b");
    schema(false, true);
    awaitPast(a);
    generateOk(branchBGenerateArgs);
    commitAll("invoices.due_on");
    String b = stems("migrations").get(1);

    git("checkout", "-q", "a");
    git("merge", "-q", "--no-edit", "b");
    assertThat(Files.readString(project.resolve("db/Schema.java")))
        .contains(AUDIT_COLUMN)
        .contains(INVOICE_COLUMN);
    assertThat(stems("migrations")).startsWith(initial, a, b);
    assertThat(a).endsWith("_add_audit_events_ip");
    assertThat(a.substring(0, 14)).isLessThan(b.substring(0, 14));
    return List.of(initial, a, b);
  }

  private Map<String, String> folderContents() throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (String dir : List.of("migrations", "snapshots")) {
      try (Stream<Path> files = Files.list(project.resolve(dir))) {
        for (Path file : files.toList()) {
          contents.put(dir + "/" + file.getFileName(), Files.readString(file));
        }
      }
    }
    return contents;
  }

  private void assertLinearChain() throws IOException {
    List<String> stems = stems("snapshots");
    String prevId = Snapshot.ROOT_ID;
    for (String stem : stems) {
      Snapshot snapshot = SnapshotJson.read(project.resolve("snapshots/" + stem + ".json"));
      assertThat(snapshot.prevId()).as(stem + " follows the one before it").isEqualTo(prevId);
      prevId = snapshot.id();
    }
    assertThat(stems("migrations")).isEqualTo(stems);
    MigrationFolder folder =
        new MigrationFolder(project.resolve("migrations"), project.resolve("snapshots"));
    assertThat(SnapshotChain.read(folder, project).problems()).isEmpty();
  }

  private static List<String> columns(FreshDatabase db, String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_name = '"
                    + table
                    + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    return columns;
  }

  @Test
  void aBranchWhosePlanHadSeveralMigrationsIsRecognizedAndRebasedWhole() throws Exception {
    invoiceExtra = ",\n      index(\"total\")";
    String initial = initialCommit();
    git("checkout", "-q", "-b", "a");
    schema(true, false);
    awaitPast(initial);
    generateOk();
    commitAll("audit_events.ip");
    String a = stems("migrations").get(1);
    git("checkout", "-q", "main");
    git("checkout", "-q", "-b", "b");
    schema(false, true);
    awaitPast(a);
    generateOk();
    commitAll("invoices.due_on and an index");
    List<String> branchB = stems("migrations").subList(1, 3);
    assertThat(branchB.get(1)).endsWith("_concurrently");
    git("checkout", "-q", "a");
    git("merge", "-q", "--no-edit", "b");
    assertThat(stems("migrations")).hasSize(4);

    CliRun rebased = generateOk("--rebase");
    assertThat(rebased.out())
        .contains("Removed migrations/" + branchB.get(0) + ".sql")
        .contains("migrations/" + branchB.get(1) + ".sql");
    List<String> after = stems("migrations");
    assertThat(after).hasSize(4).startsWith(initial, a);
    assertThat(after.get(3)).endsWith("_concurrently");
    assertLinearChain();
    assertThat(generateOk().out()).contains("No schema changes.");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      CliRun migrate = CliRun.in(project, "migrate", "--url", db.uri());
      assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
      assertThat(columns(db, "invoices")).contains("due_on");
    }
  }

  @Test
  void mergedBranchesAreRefusedThenRebasedIntoALinearChainThatMigrates() throws Exception {
    List<String> stems = forkedByAMerge();
    String a = stems.get(1);
    String b = stems.get(2);
    assertThat(b).endsWith("_add_invoices_due_on");

    CliRun refused = generate();
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err())
        .contains("the chain forks: 2 snapshots have one parent, snapshots/" + stems.get(0))
        .contains("migrations/" + a + ".sql")
        .contains("migrations/" + b + ".sql")
        .contains("To fix it, run: shale generate --rebase\n")
        .contains("shale generate --rebase " + a)
        .contains("Nothing was written.");
    assertThat(stems("migrations")).containsExactly(stems.toArray(String[]::new));

    CliRun rebased = generateOk("--rebase");
    List<String> after = stems("migrations");
    assertThat(after).hasSize(3).startsWith(stems.get(0), a).doesNotContain(b);
    String moved = after.get(2);
    assertThat(moved).endsWith("_add_invoices_due_on");
    assertThat(moved.substring(0, 14)).isGreaterThan(b.substring(0, 14));
    assertThat(rebased.err())
        .contains("Rebasing migrations/" + b + ".sql onto migrations/" + a + ".sql")
        .contains("warning: rebase only migrations that no database has applied yet");
    assertThat(rebased.out())
        .contains("Wrote migrations/" + moved + ".sql and snapshots/" + moved + ".json")
        .contains("Removed migrations/" + b + ".sql, snapshots/" + b + ".json (rebased).");
    String sql = Files.readString(project.resolve("migrations/" + moved + ".sql"));
    assertThat(sql).contains("ADD COLUMN due_on date").doesNotContain("ip");
    assertLinearChain();

    assertThat(generateOk().out()).contains("No schema changes.");

    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      CliRun migrated = CliRun.in(project, "migrate", "--url", db.uri());
      assertThat(migrated.exitCode()).as(migrated.toString()).isZero();
      assertThat(migrated.out()).contains("Applied 3 migrations");
      assertThat(columns(db, "audit_events")).containsExactlyInAnyOrder("id", "action", "ip");
      assertThat(columns(db, "invoices")).containsExactlyInAnyOrder("id", "total", "due_on");
    }
  }

  @Test
  void rebaseStemChoosesTheBranchAndNameOverridesTheReusedName() throws Exception {
    List<String> stems = forkedByAMerge();
    String a = stems.get(1);
    String b = stems.get(2);
    CliRun run = generateOk("--rebase", "migrations/" + a + ".sql", "--name", "audit ip");
    List<String> after = stems("migrations");
    assertThat(after).hasSize(3).startsWith(stems.get(0), b).doesNotContain(a);
    assertThat(after.get(2)).endsWith("_audit_ip");
    assertThat(Files.readString(project.resolve("migrations/" + after.get(2) + ".sql")))
        .contains("ALTER TABLE audit_events ADD COLUMN ip inet;")
        .doesNotContain("due_on");
    assertThat(run.out()).contains("Removed migrations/" + a + ".sql");
    assertLinearChain();
    assertThat(generateOk().out()).contains("No schema changes.");
  }

  @Test
  void aNameGivenOnTheBranchIsKept() throws Exception {
    List<String> stems = forkedByAMerge("--name", "billing due dates");
    assertThat(stems.get(2)).endsWith("_billing_due_dates");
    generateOk("--rebase");
    List<String> after = stems("migrations");
    assertThat(after).hasSize(3).startsWith(stems.get(0), stems.get(1));
    assertThat(after.get(2)).endsWith("_billing_due_dates").isNotEqualTo(stems.get(2));
    assertLinearChain();
  }

  @Test
  void aNameGivenToAPlanOfSeveralMigrationsIsKeptByEachStep() throws Exception {
    invoiceExtra = ",\n      index(\"total\")";
    List<String> stems = forkedByAMerge("--name", "billing due dates");
    List<String> branchB = stems("migrations").subList(2, 4);
    assertThat(branchB.get(0)).endsWith("_billing_due_dates");
    assertThat(branchB.get(1)).endsWith("_billing_due_dates_concurrently");
    generateOk("--rebase");
    List<String> after = stems("migrations");
    assertThat(after).hasSize(4).startsWith(stems.get(0), stems.get(1));
    assertThat(after.get(2)).endsWith("_billing_due_dates").isNotEqualTo(branchB.get(0));
    assertThat(after.get(3)).endsWith("_billing_due_dates_concurrently");
    assertLinearChain();
  }

  @Test
  void twoFirstMigrationsAreRebasedOntoOneAnother() throws Exception {
    schema(false, false);
    git("init", "-q");
    commitAll("schema, no migrations yet");
    git("checkout", "-q", "-b", "a");
    schema(true, false);
    generateOk();
    String a = stems("migrations").get(0);
    commitAll("a");
    git("checkout", "-q", "-b", "b", "main");
    schema(false, true);
    awaitPast(a);
    generateOk();
    String b = stems("migrations").get(0);
    commitAll("b");
    git("checkout", "-q", "a");
    git("merge", "-q", "--no-edit", "b");

    CliRun refused = generate();
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("2 snapshots are first snapshots")
        .contains("migrations/" + a + ".sql")
        .contains("migrations/" + b + ".sql");

    generateOk("--rebase");
    List<String> after = stems("migrations");
    assertThat(after).hasSize(2).startsWith(a);
    assertThat(after.get(1))
        .as("a derived name is derived again from what the migration now does")
        .endsWith("_add_invoices_due_on");
    assertThat(Files.readString(project.resolve("migrations/" + after.get(1) + ".sql")))
        .contains("ALTER TABLE invoices ADD COLUMN due_on date;")
        .doesNotContain("CREATE TABLE");
    assertLinearChain();
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      CliRun migrated = CliRun.in(project, "migrate", "--url", db.uri());
      assertThat(migrated.exitCode()).as(migrated.toString()).isZero();
      assertThat(columns(db, "invoices")).contains("due_on");
      assertThat(columns(db, "audit_events")).contains("ip");
    }
  }

  @Test
  void migrateAndStatusAreNotAffectedByAFork() throws Exception {
    forkedByAMerge();
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      CliRun migrated = CliRun.in(project, "migrate", "--url", db.uri());
      assertThat(migrated.exitCode()).as(migrated.toString()).isZero();
      assertThat(migrated.out()).contains("Applied 3 migrations");
      CliRun status = CliRun.in(project, "status", "--url", db.uri());
      assertThat(status.exitCode()).as(status.toString()).isZero();
      assertThat(status.out()).contains("applied").doesNotContain("fork");
      assertThat(columns(db, "audit_events")).contains("ip");
      assertThat(columns(db, "invoices")).contains("due_on");
    }
  }

  @Test
  void aHandEditedMigrationIsNotRebasedAndNothingChanges() throws Exception {
    List<String> stems = forkedByAMerge();
    String a = stems.get(1);
    String b = stems.get(2);
    Path bSql = project.resolve("migrations/" + b + ".sql");
    Files.writeString(
        bSql,
        Files.readString(bSql) + "\nUPDATE invoices SET due_on = now() + interval '30 days';\n");
    Map<String, String> before = folderContents();

    CliRun run = generate("--rebase");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("cannot rebase")
        .contains(
            "migrations/"
                + b
                + ".sql: its statement 2, `UPDATE invoices SET due_on = now() + interval '30"
                + " days'`, is not one Shale writes")
        .contains("Nothing was changed.")
        .contains("Rebase the other branch instead")
        .contains("shale generate --rebase " + a)
        .contains("shale generate --custom --name NAME");
    assertThat(folderContents()).isEqualTo(before);

    generateOk("--rebase", a);
    List<String> after = stems("migrations");
    assertThat(after).hasSize(3).startsWith(stems.get(0), b);
    assertThat(after.get(2)).endsWith("_add_audit_events_ip");
    assertLinearChain();
  }

  @Test
  void aCustomMigrationOnTheBranchIsNotRebased() throws Exception {
    initialCommit();
    git("checkout", "-q", "-b", "a");
    schema(true, false);
    generateOk();
    commitAll("a");
    git("checkout", "-q", "main");
    git("checkout", "-q", "-b", "b");
    generateOk("--custom", "--name", "backfill");
    String custom = stems("migrations").get(1);
    Path file = project.resolve("migrations/" + custom + ".sql");
    Files.writeString(file, Files.readString(file) + "DELETE FROM audit_events;\n");
    commitAll("b");
    git("checkout", "-q", "a");
    git("merge", "-q", "--no-edit", "b");
    Map<String, String> before = folderContents();

    CliRun run = generate("--rebase", custom);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("migrations/" + custom + ".sql: its statement 1, `DELETE FROM audit_events`")
        .contains("made with --custom");
    assertThat(folderContents()).isEqualTo(before);
  }

  @Test
  void aRenameOnTheBranchIsRecognizedAsGeneratedAndAskedAgain() throws Exception {
    List<String> stems = forkedByAMerge();
    // Branch c renames users.email, generated with --rename; then c is merged as well.
    git("checkout", "-q", "-b", "c", "main");
    String users = "column(\"email\", text())";
    Path source = project.resolve("db/Schema.java");
    Files.writeString(source, Files.readString(source).replace(users, "column(\"mail\", text())"));
    awaitPast(stems.get(2));
    generateOk("--rename", "column:users.email=users.mail");
    String c = stems("migrations").get(1);
    commitAll("rename");
    git("checkout", "-q", "a");
    git("merge", "-q", "--no-edit", "c");
    Map<String, String> before = folderContents();

    CliRun refused = generate();
    assertThat(refused.err()).contains("3 snapshots have one parent");

    CliRun noTerminal = generate("--rebase");
    assertThat(noTerminal.exitCode()).as(noTerminal.toString()).isEqualTo(2);
    assertThat(noTerminal.err()).contains("--rename column:users.email=users.mail");
    assertThat(folderContents()).as("nothing is lost on failure").isEqualTo(before);

    CliRun rebased = generateOk("--rebase", "--rename", "column:users.email=users.mail");
    assertThat(rebased.out())
        .contains("Removed migrations/" + stems.get(2) + ".sql")
        .contains("migrations/" + c + ".sql");
    List<String> after = stems("migrations");
    assertThat(after).hasSize(3).startsWith(stems.get(0), stems.get(1));
    String sql = Files.readString(project.resolve("migrations/" + after.get(2) + ".sql"));
    assertThat(sql).contains("RENAME COLUMN email TO mail").contains("ADD COLUMN due_on");
    assertLinearChain();
    assertThat(generateOk().out()).contains("No schema changes.");
  }

  @Test
  void dryRunRemovesNothingAndAChangeBothBranchesMadeLeavesNothingToGenerate() throws Exception {
    String last = initialCommit();
    for (String branch : List.of("a", "b")) {
      git("checkout", "-q", "-b", branch, "main");
      schema(true, false);
      awaitPast(last);
      generateOk();
      last = stems("migrations").get(1);
      commitAll(branch);
    }
    git("checkout", "-q", "a");
    git("merge", "-q", "--no-edit", "b");
    List<String> stems = stems("migrations");
    assertThat(stems).hasSize(3);
    Map<String, String> before = folderContents();

    CliRun dry = generateOk("--rebase", "--dry-run");
    assertThat(dry.out()).contains("No schema changes.");
    assertThat(folderContents()).isEqualTo(before);

    CliRun run = generateOk("--rebase");
    assertThat(run.out())
        .contains("No schema changes.")
        .contains("Removed migrations/" + stems.get(2) + ".sql");
    assertThat(stems("migrations")).containsExactly(stems.get(0), stems.get(1));
    assertLinearChain();
  }

  @Test
  void rebaseOnALinearChainAndAStemOffTheBranchesAreUsageErrors() throws Exception {
    schema(false, false);
    generateOk();
    CliRun linear = generate("--rebase");
    assertThat(linear.exitCode()).isEqualTo(64);
    assertThat(linear.err()).contains("does not fork, so there is nothing to rebase");
    CliRun custom = generate("--rebase", "--custom");
    assertThat(custom.exitCode()).isEqualTo(64);
    assertThat(custom.err()).contains("--rebase and --custom do not go together");
  }

  @Test
  void aStemBeforeTheForkIsAUsageErrorNamingTheBranches() throws Exception {
    List<String> stems = forkedByAMerge();
    CliRun run = generate("--rebase", stems.get(0));
    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err())
        .contains("comes before the fork")
        .contains(stems.get(1) + ", " + stems.get(2));
    CliRun unknown = generate("--rebase", "20990101000000_nope");
    assertThat(unknown.exitCode()).isEqualTo(64);
    assertThat(unknown.err()).contains("no migration of that name");
  }
}
