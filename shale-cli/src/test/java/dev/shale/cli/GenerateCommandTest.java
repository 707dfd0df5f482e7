package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate and export through the real entry point, on real files. */
class GenerateCommandTest {
  @TempDir Path project;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  private void schema(String body) throws IOException {
    Files.createDirectories(project.resolve("db"));
    Files.writeString(
        project.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\npublic final class Schema {\n"
            + body
            + "\n}\n",
        StandardCharsets.UTF_8);
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
  }

  private List<Path> files(String dir) throws IOException {
    Path path = project.resolve(dir);
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(path)) {
      return s.sorted().toList();
    }
  }

  private static final String USERS =
      "  public static final Table USERS = table(\"users\",\n"
          + "      column(\"id\", bigint()).generatedAlwaysAsIdentity().primaryKey(),\n"
          + "      column(\"%s\", text()),\n"
          + "      column(\"email\", text()).notNull().unique());";

  @Test
  void firstGenerateWritesMigrationAndSnapshotAndTheSqlRuns() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(files("migrations")).hasSize(1);
    assertThat(files("snapshots")).hasSize(1);
    Path sql = files("migrations").get(0);
    assertThat(sql.getFileName().toString()).matches("\\d{14}_create_users\\.sql");
    assertThat(files("snapshots").get(0).getFileName().toString())
        .isEqualTo(sql.getFileName().toString().replace(".sql", ".json"));
    assertThat(run.out()).contains("create table public.users");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(Files.readString(sql));
      assertThat(db.fingerprint()).contains("users_email_key");
    }
  }

  @Test
  void setOverridesTheConfigFileBeforeOrAfterTheCommand() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun run =
        CliRun.in(
            project,
            "--set",
            "migrations=db/migrations",
            "generate",
            "--set=snapshots=db/snapshots");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(files("db/migrations")).hasSize(1);
    assertThat(files("db/snapshots")).hasSize(1);
    assertThat(files("migrations")).isEmpty();

    CliRun unknown = CliRun.in(project, "generate", "--set", "failOn=warning");
    assertThat(unknown.exitCode()).as(unknown.toString()).isNotZero();
    assertThat(unknown.err()).contains("--set failOn", "migrations");
  }

  @Test
  void unchangedSchemaWritesNothing() throws Exception {
    schema(USERS.formatted("avatar_url"));
    assertThat(CliRun.in(project, "generate").exitCode()).isZero();
    CliRun again = CliRun.in(project, "generate");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("No schema changes.");
    assertThat(files("migrations")).hasSize(1);
    assertThat(files("snapshots")).hasSize(1);
  }

  @Test
  void renameWithoutTerminalExitsTwoWithTheFlagsAndWritesNothing() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    schema(USERS.formatted("photo_url"));
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains("--rename column:users.avatar_url=users.photo_url")
        .contains("--create column:users.photo_url")
        .contains("Nothing was written");
    assertThat(files("migrations")).hasSize(1);
  }

  @Test
  void renameAnswerProducesRenameColumn() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    schema(USERS.formatted("photo_url"));
    CliRun run =
        CliRun.in(project, "generate", "--rename", "column:users.avatar_url=users.photo_url");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    String sql = Files.readString(files("migrations").get(1));
    assertThat(sql)
        .contains("ALTER TABLE users RENAME COLUMN avatar_url TO photo_url;")
        .doesNotContain("DROP COLUMN");
    assertThat(sql).contains("-- shale: renaming-column");
  }

  @Test
  void createAnswerDropsAndAddsAndFlagsSuspectedRename() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    schema(USERS.formatted("photo_url"));
    CliRun run = CliRun.in(project, "generate", "--create", "column:users.photo_url");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    String sql = Files.readString(files("migrations").get(1));
    assertThat(sql).contains("DROP COLUMN avatar_url").contains("ADD COLUMN photo_url text");
    assertThat(sql).contains("-- shale: drop-add-suspected-rename");
    assertThat(run.out()).contains("YES").contains("drop-add-suspected-rename");
  }

  @Test
  void compileErrorNamesFileLineAndColumn() throws Exception {
    schema("  public static final Table T = table(\"t\", column(\"id\", nosuchtype()));");
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("does not compile")
        .containsPattern("Schema\\.java:5:\\d+: cannot find symbol");
    assertThat(files("migrations")).isEmpty();
  }

  @Test
  void invalidSchemaListsEveryProblem() throws Exception {
    schema(
        "  public static final PgEnum MOOD = enumType(\"mood\", \"ok\", \"sad\");\n"
            + "  public static final Table T = table(\"t\", column(\"id\", integer()).references(\"missing\", \"id\"),"
            + " column(\"id\", text()), index(\"nope\"), column(\"n\", integer()).defaultValue(\"abc\"),"
            + " column(\"m\", MOOD).defaultValue(\"happy\"));");
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("5 problems")
        .contains("column n: default 'abc' cannot be cast to integer")
        .contains("column m: default 'happy' is not a value of enum public.mood [ok, sad]")
        .contains("declares column id twice")
        .contains("index on unknown column nope")
        .contains("references unknown table public.missing");
  }

  @Test
  void corruptSnapshotIsNamedAndNothingIsWritten() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    Path snapshot = files("snapshots").get(0);
    Files.writeString(
        snapshot,
        "{\"format\": 1, \"dialect\": \"postgresql\", \"id\": \"x\", \"schema\": {\"tables\": [}");
    schema(USERS.formatted("photo_url"));
    CliRun run = CliRun.in(project, "generate", "--create", "column:users.photo_url");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(snapshot.getFileName().toString())
        .contains("corrupt")
        .contains("line 1");
    assertThat(files("migrations")).hasSize(1);
  }

  @Test
  void futureSnapshotFormatAsksForAnUpgrade() throws Exception {
    schema(USERS.formatted("avatar_url"));
    Files.createDirectories(project.resolve("snapshots"));
    Files.writeString(
        project.resolve("snapshots/20200101000000_x.json"),
        "{\"format\": 99, \"dialect\": \"postgresql\"}\n");
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(project.resolve("migrations/20200101000000_x.sql"), "SELECT 1;\n");
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("format 99").contains("upgrade Shale");
  }

  @Test
  void customMigrationCarriesTheSnapshotOver() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    CliRun run = CliRun.in(project, "generate", "--custom", "--name", "Backfill Emails");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<Path> snapshots = files("snapshots");
    assertThat(snapshots).hasSize(2);
    assertThat(files("migrations").get(1).getFileName().toString())
        .endsWith("_backfill_emails.sql");
    String first = Files.readString(snapshots.get(0));
    String second = Files.readString(snapshots.get(1));
    assertThat(second.substring(second.indexOf("\"schema\"")))
        .isEqualTo(first.substring(first.indexOf("\"schema\"")));
    assertThat(CliRun.in(project, "generate").out()).contains("No schema changes.");
  }

  @Test
  void badRenameFlagIsAUsageError() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun run = CliRun.in(project, "generate", "--rename", "colum:users.a=users.b");
    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err()).contains("unknown object kind 'colum'");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.raw("generate", "--frobnicate");
    assertThat(run.exitCode()).isEqualTo(64);
  }

  @Test
  void versionAndHelp() {
    assertThat(CliRun.raw("--version").out()).startsWith("shale ");
    CliRun help = CliRun.raw("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("generate")
        .contains("export")
        .contains("--config")
        .contains("-C");
  }

  @Test
  void unknownConfigKeyIsNamed() throws Exception {
    schema(USERS.formatted("avatar_url"));
    Files.writeString(
        project.resolve("shale.toml"), "schema = [\"db/*.java\"]\nmigration = \"x\"\n");
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("shale.toml").contains("unknown key 'migration'");
  }

  @Test
  void missingSchemaConfigSaysWhatToWrite() {
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no schema to read").contains("no shale.toml in");
  }

  @Test
  void exportPrintsRunnableDdl() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun run = CliRun.in(project, "export");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("CREATE TABLE users (");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(run.out());
    }
  }

  @Test
  void filesAreReadableByOthersAsAnyNewFile() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    for (Path file :
        Stream.concat(files("migrations").stream(), files("snapshots").stream()).toList()) {
      assertThat(Files.getPosixFilePermissions(file))
          .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }
  }

  @Test
  void migrationsAndSnapshotsOutOfStepAreRefused() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    Path migration = files("migrations").get(0);
    Files.delete(migration);
    schema(
        USERS.formatted("avatar_url")
            + "\n  public static final Table T = table(\"t\", column(\"id\", integer()));");
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("out of step")
        .contains("has no migration")
        .contains(migration.getFileName().toString());
    assertThat(files("snapshots")).hasSize(1);
  }

  @Test
  void strayFilesInTheSnapshotsFolderAreIgnored() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    Files.writeString(project.resolve("snapshots/zzz_backup.json"), "not json");
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.out()).as(run.toString()).contains("No schema changes.");
  }

  @Test
  void answersThatMatchNothingAreUsageErrors() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun.in(project, "generate");
    schema(USERS.formatted("photo_url"));
    CliRun wrongTarget =
        CliRun.in(project, "generate", "--rename", "column:users.avatar_url=users.nope");
    assertThat(wrongTarget.exitCode()).isEqualTo(64);
    assertThat(wrongTarget.err()).contains("the new schema has no column users.nope");
    CliRun both =
        CliRun.in(
            project,
            "generate",
            "--create",
            "column:users.photo_url",
            "--rename",
            "column:users.avatar_url=users.photo_url");
    assertThat(both.exitCode()).isEqualTo(64);
    assertThat(both.err()).contains("contradict");
    assertThat(files("migrations")).hasSize(1);
  }

  @Test
  void dryRunPrintsOnlySqlOnStandardOutput() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun run = CliRun.in(project, "generate", "--dry-run");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("-- Migration ").doesNotContain("rewrite/scan");
    assertThat(run.err()).contains("rewrite/scan");
    assertThat(files("migrations")).isEmpty();
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(run.out());
    }
  }

  @Test
  void globalOptionsWorkAfterTheCommandAndBadDirectoriesAreUsageErrors() throws Exception {
    schema(USERS.formatted("avatar_url"));
    CliRun run = CliRun.raw("generate", "--no-color", "-C", project.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    CliRun missing = CliRun.raw("-C", project.resolve("nope").toString(), "generate");
    assertThat(missing.exitCode()).isEqualTo(64);
    assertThat(missing.err()).contains("no such directory");
  }

  @Test
  void globsMayStartWithDotSlashAndAnUnsetUrlVariableDoesNotMatterToGenerate() throws Exception {
    schema(USERS.formatted("avatar_url"));
    Files.writeString(
        project.resolve("shale.toml"),
        "schema = [\"./db/../db/*.java\"]\nurl = \"${env.SHALE_TEST_UNSET_URL}\"\n");
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Files.writeString(
        project.resolve("shale.toml"), "schema = [\"${env.SHALE_TEST_UNSET_DIR}/*.java\"]\n");
    CliRun unset = CliRun.in(project, "generate");
    assertThat(unset.exitCode()).isEqualTo(1);
    assertThat(unset.err()).contains("schema uses ${env.SHALE_TEST_UNSET_DIR}");
  }

  @Test
  void emptyAndNonAsciiNamesAreRefused() throws Exception {
    schema(USERS.formatted("avatar_url"));
    assertThat(CliRun.in(project, "generate", "--name", "日本").exitCode()).isEqualTo(64);
    assertThat(files("migrations")).isEmpty();
  }
}
