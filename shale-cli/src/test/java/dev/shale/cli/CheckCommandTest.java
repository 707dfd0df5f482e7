package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.GitRepo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale check} through the real entry point: inputs, the folder guard, exit codes. */
class CheckCommandTest {
  @TempDir Path dir;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  private void schema(String extraColumn, String toml) throws IOException {
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(
        dir.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\n"
            + "public final class Schema {\n"
            + "  public static final Table USERS = table(\"users\",\n"
            + "      column(\"id\", bigint()).primaryKey(),\n"
            + extraColumn
            + "      column(\"email\", text()).notNull());\n"
            + "}\n");
    Files.writeString(dir.resolve("shale.toml"), "schema = [\"db/*.java\"]\n" + toml);
  }

  private CliRun check(String... args) {
    List<String> all = new ArrayList<>(List.of("check"));
    all.addAll(List.of(args));
    return CliRun.in(dir, all.toArray(String[]::new));
  }

  private List<Path> files(String folder) throws IOException {
    try (Stream<Path> list = Files.list(dir.resolve(folder))) {
      return list.sorted().toList();
    }
  }

  @Test
  void aProjectInStepWithItsSchemaPasses() throws Exception {
    schema("", "");
    assertThat(CliRun.in(dir, "generate").exitCode()).isZero();

    CliRun run = check();

    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void aSchemaEditedWithoutGenerateFailsUnlessNoSchema() throws Exception {
    schema("", "");
    assertThat(CliRun.in(dir, "generate").exitCode()).isZero();
    schema("      column(\"name\", text()),\n", "");

    CliRun run = check();

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("schema-changed-without-migration").contains("users.name");
    assertThat(check("--no-schema").exitCode()).isZero();
  }

  @Test
  void aMigrationWithoutItsSnapshotIsOutOfStep() throws Exception {
    schema("", "");
    assertThat(CliRun.in(dir, "generate").exitCode()).isZero();
    Path snapshot = files("snapshots").get(0);
    Files.delete(snapshot);

    CliRun run = check();

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("folder-out-of-step")
        .contains(files("migrations").get(0).getFileName().toString());
  }

  @Test
  void twoSnapshotsOnOneParentAreAFork() throws Exception {
    schema("", "");
    assertThat(CliRun.in(dir, "generate").exitCode()).isZero();
    Thread.sleep(1100);
    schema("      column(\"name\", text()),\n", "");
    assertThat(CliRun.in(dir, "generate").exitCode()).isZero();
    Path second = files("snapshots").get(1);
    String stem = second.getFileName().toString().replace(".json", "");
    String other = stem.substring(0, 14) + "_other_branch";
    String json = Files.readString(second);
    String id = json.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    Files.writeString(
        dir.resolve("snapshots/" + other + ".json"),
        json.replace(id, "00000000-0000-4000-8000-000000000001"));
    Files.copy(
        dir.resolve("migrations/" + stem + ".sql"), dir.resolve("migrations/" + other + ".sql"));

    CliRun run = check("--no-schema");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("snapshot-chain-broken").contains("--rebase");
  }

  @Test
  void foldersOfOtherToolsAreCheckedInMigrationOrder() throws Exception {
    Path sql = Files.createDirectories(dir.resolve("sql"));
    Files.writeString(sql.resolve("V2__index.sql"), "CREATE INDEX orders_idx ON orders (id);\n");
    Files.writeString(sql.resolve("V10__later.sql"), "ALTER TABLE orders DROP COLUMN note;\n");
    Files.writeString(
        sql.resolve("V1__create.sql"), "CREATE TABLE orders (id bigint, note text);\n");

    CliRun run = check("sql", "--exclude", "missing-lock-timeout", "--fail-on", "warning");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    String out = run.out();
    assertThat(out.indexOf("V2__index.sql")).isLessThan(out.indexOf("V10__later.sql"));
    assertThat(out).contains("create-index-non-concurrent").contains("drop-column");
    assertThat(out).doesNotContain("V1__create.sql:");
    assertThat(check("sql", "--fail-on", "never").exitCode()).isZero();
  }

  @Test
  void flywayFoldersRunInVersionOrderAndUndoFilesAreLeftOut() throws Exception {
    Path sql = Files.createDirectories(dir.resolve("db/migration"));
    Files.writeString(sql.resolve("V1__init.sql"), "CREATE TABLE t (id bigint PRIMARY KEY);\n");
    Files.writeString(sql.resolve("V2__add_c.sql"), "ALTER TABLE t ADD COLUMN c varchar(50);\n");
    Files.writeString(
        sql.resolve("V2_1__widen.sql"), "ALTER TABLE t ALTER COLUMN c TYPE varchar(200);\n");
    Files.writeString(sql.resolve("U2__undo.sql"), "DROP TABLE t;\n");
    Path go = Files.createDirectories(dir.resolve("go"));
    Files.writeString(go.resolve("000001_init.up.sql"), "CREATE TABLE u (id bigint);\n");
    Files.writeString(go.resolve("000001_init.down.sql"), "DROP TABLE u;\n");

    CliRun run =
        check("db/migration", "go", "--fail-on", "warning", "--exclude", "missing-lock-timeout");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("in 4 files");
  }

  @Test
  void flywayRunsAFileWithConcurrentlyOutsideItsTransaction() throws Exception {
    Files.writeString(
        dir.resolve("V9__index.sql"), "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);\n");
    CliRun run = check("V9__index.sql", "--assume-in-transaction");
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void aFileThatIsNotUtf8IsAFindingAndTheOthersAreStillChecked() throws Exception {
    Path sql = Files.createDirectories(dir.resolve("mix"));
    Files.write(
        sql.resolve("a_latin1.sql"),
        new byte[] {
          's',
          'e',
          'l',
          'e',
          'c',
          't',
          ';',
          '\r',
          '\n',
          '-',
          '-',
          ' ',
          'c',
          'a',
          'f',
          (byte) 0xe9,
          '\r',
          '\n'
        });
    Files.writeString(sql.resolve("b.sql"), "CREATE INDEX b_idx ON b (x);\n");

    CliRun run = check("mix");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains("a_latin1.sql:2:7")
        .contains("not UTF-8 text: line 2, column 7 holds the byte 0xE9")
        .contains("2 | -- caf\uFFFD")
        .contains("b_idx");
  }

  @Test
  void outputMakesItsFolderAndRefusesAFolder() throws Exception {
    Files.writeString(dir.resolve("a.sql"), "CREATE INDEX a_idx ON a (x);\n");
    CliRun run = check("a.sql", "--format", "sarif", "--output", "reports/shale.sarif");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("reports/shale.sarif"))).contains("\"2.1.0\"");
    CliRun folder = check("a.sql", "--output", "reports");
    assertThat(folder.exitCode()).isEqualTo(64);
    assertThat(folder.err()).contains("is a folder");
  }

  @Test
  void sinceChecksOnlyWhatChangedAndReadsTheRestForWhatItCreates() throws Exception {
    Path sql = Files.createDirectories(dir.resolve("sql"));
    Files.writeString(sql.resolve("V1__create.sql"), "CREATE TABLE orders (id bigint);\n");
    Files.writeString(sql.resolve("V2__old.sql"), "CREATE INDEX old_idx ON orders (id);\n");
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    Files.writeString(
        sql.resolve("V3__new.sql"),
        "CREATE TABLE items (id bigint, order_id bigint);\nCREATE INDEX new_idx ON orders (id);\n");
    Files.writeString(
        sql.resolve("V4__newer.sql"), "CREATE INDEX items_idx ON items (order_id);\n");

    CliRun run = check("sql", "--since", "HEAD", "--exclude", "missing-lock-timeout");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("new_idx").doesNotContain("old_idx").doesNotContain("items_idx");
    Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir);
    try {
      CliRun throughLink =
          CliRun.in(link, "check", "sql", "--since", "HEAD", "--exclude", "missing-lock-timeout");
      assertThat(throughLink.out()).as("the same through a symbolic link").contains("new_idx");
    } finally {
      Files.delete(link);
    }
    CliRun bad = check("sql", "--since", "no-such-branch");
    assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(64);
    assertThat(bad.err()).contains("no-such-branch").contains("no such revision");
  }

  @Test
  void standardInputIsAFileNamedDash() throws Exception {
    InputStream stdin = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
                  .getBytes(StandardCharsets.UTF_8)));
      CliRun run = check("-");
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.out()).contains("-:1:").contains("set-not-null");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void configAndFlagsChooseRulesAndFlagsWin() throws Exception {
    Files.writeString(dir.resolve("a.sql"), "CREATE INDEX a_idx ON a (x);\n");
    Files.writeString(
        dir.resolve("shale.toml"),
        "[lint]\nexclude = [\"create-index-non-concurrent\", \"missing-lock-timeout\"]\n");
    assertThat(check("a.sql").exitCode()).isZero();
    Files.writeString(dir.resolve("shale.toml"), "[lint]\nfailOn = \"never\"\n");
    assertThat(check("a.sql").exitCode()).isZero();
    assertThat(check("a.sql", "--fail-on", "error").exitCode()).isEqualTo(1);
    Files.writeString(dir.resolve("shale.toml"), "[lint]\nexclud = [\"x\"]\n");
    CliRun typo = check("a.sql");
    assertThat(typo.exitCode()).isEqualTo(1);
    assertThat(typo.err()).contains("exclud").contains("unknown key");
  }

  @Test
  void usageErrorsExit64AndNameTheProblem() throws Exception {
    CliRun missing = check("nowhere.sql");
    assertThat(missing.exitCode()).isEqualTo(64);
    assertThat(missing.err()).contains("nowhere.sql").contains("no such file");
    CliRun rule = check("--exclude", "no-such-rule", "-");
    assertThat(rule.exitCode()).isEqualTo(64);
    assertThat(rule.err()).contains("no-such-rule").contains("no rule");
    CliRun level = check("--fail-on", "sometimes", "-");
    assertThat(level.exitCode()).isEqualTo(64);
    assertThat(level.err()).contains("error, warning or never");
  }

  private void git(String... args) throws Exception {
    GitRepo.git(dir, args);
  }
}
