package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shale.testing.CatalogFingerprint;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale pull} through the real CLI, against a real PostgreSQL 17. */
class PullCommandTest {
  private static final String SCHEMA =
      """
      CREATE SCHEMA billing;
      CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
      CREATE TABLE users (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL UNIQUE,
        "createdAt" timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE internal_audit (id serial PRIMARY KEY, what text);
      CREATE TABLE billing.invoices (
        id bigserial PRIMARY KEY,
        user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
        currency billing.currency NOT NULL DEFAULT 'EUR',
        total numeric(12,2) NOT NULL CHECK (total >= 0)
      );
      CREATE INDEX invoices_user_idx ON billing.invoices (user_id) WHERE total > 0;
      COMMENT ON TABLE users IS 'People''s accounts';
      """;

  @TempDir Path project;
  private FreshDatabase db;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @BeforeEach
  void setUp() {
    db = TestPostgres.freshDatabase();
    db.apply(SCHEMA);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private void toml(String text) throws IOException {
    Files.writeString(project.resolve("shale.toml"), text);
  }

  private CliRun shale(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--url");
    all.add(db.uri());
    return CliRun.in(project, all.toArray(String[]::new));
  }

  private List<String> files(String dir) throws IOException {
    Path root = project.resolve(dir);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> project.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private List<String> query(FreshDatabase on, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = on.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  @Test
  void pullThenGenerateFindsNoChangeAndTheExportBuildsTheSameCatalog() throws Exception {
    toml(
        """
        schema = ["src/main/java/com/acme/db/*.java"]
        schemas = ["public", "billing"]
        """);
    CliRun pull = shale("pull");
    assertThat(pull.exitCode()).as(pull.toString()).isZero();
    assertThat(files("src"))
        .containsExactly(
            "src/main/java/com/acme/db/BillingSchema.java",
            "src/main/java/com/acme/db/PublicSchema.java");
    String publicSchema =
        Files.readString(project.resolve("src/main/java/com/acme/db/PublicSchema.java"));
    assertThat(publicSchema)
        .startsWith("package com.acme.db;\n")
        .contains("column(\"createdAt\", timestamptz()).notNull().defaultNow()")
        .contains(".comment(\"People's accounts\")");
    assertThat(files("migrations")).hasSize(1);
    assertThat(files("migrations").get(0)).matches("migrations/\\d{14}_initial\\.sql");
    assertThat(files("snapshots")).hasSize(1);
    assertThat(pull.out())
        .contains("Wrote src/main/java/com/acme/db/PublicSchema.java")
        .contains("Summary: 3 tables, 1 enums, 0 sequences, 0 views.");
    assertThat(pull.err()).isEmpty();

    CliRun generate = CliRun.in(project, "generate");
    assertThat(generate.exitCode()).as(generate.toString()).isZero();
    assertThat(generate.out()).contains("No schema changes.");

    CliRun export = CliRun.in(project, "export");
    assertThat(export.exitCode()).as(export.toString()).isZero();
    try (FreshDatabase copy = TestPostgres.freshDatabase()) {
      copy.apply(export.out());
      CatalogFingerprint.assertEqual(db.fingerprint(), copy.fingerprint(), "export of pull");
      // the first migration builds the same catalog too
      try (FreshDatabase migrated = TestPostgres.freshDatabase()) {
        CliRun migrate = CliRun.in(project, "migrate", "--url", migrated.uri());
        assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
        CatalogFingerprint.assertEqual(
            db.fingerprint(), migrated.fingerprint(), "first migration of pull");
      }
    }
  }

  @Test
  void anExistingJavaFileIsRefusedByNameAndForceOverwritesIt() throws Exception {
    toml("schema = [\"src/main/java/db/*.java\"]\n");
    Path file = project.resolve("src/main/java/db/PublicSchema.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "// mine\n");

    CliRun refused = shale("pull");
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err())
        .isEqualTo(
            "error: src/main/java/db/PublicSchema.java exists: run with --force to overwrite, or"
                + " choose another --out or --class\n");
    assertThat(Files.readString(file)).isEqualTo("// mine\n");
    assertThat(files("migrations")).isEmpty();
    assertThat(files("snapshots")).isEmpty();

    CliRun forced = shale("pull", "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(Files.readString(file)).startsWith("package db;\n").contains("\"users\"");
  }

  @Test
  void anUnreachableDatabaseIsOneLineAndNothingIsWritten() throws Exception {
    toml("schema = [\"src/main/java/db/*.java\"]\n");
    CliRun run = CliRun.in(project, "pull", "--url", "postgres://alice:s3cret@127.0.0.1:1/app");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "error: cannot connect to 127.0.0.1:1/app as alice: connection refused (is the"
                + " server running, and listening on that host and port?)\n");
    assertThat(run.out()).isEmpty();
    assertThat(files("src")).isEmpty();
    assertThat(files("migrations")).isEmpty();
  }

  @Test
  void filtersOutPackageAndClassChooseWhatIsWrittenWhere() throws Exception {
    toml("");
    CliRun run =
        shale(
            "pull",
            "--schemas",
            "public,billing",
            "--tables",
            "!internal_*",
            "--out",
            "gen",
            "--package",
            "org.example.model",
            "--class",
            "Database");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(files("gen")).containsExactly("gen/Database.java");
    String java = Files.readString(project.resolve("gen/Database.java"));
    assertThat(java)
        .startsWith("package org.example.model;\n")
        .contains("public final class Database {")
        .contains("public static final PgSchema BILLING = schema(\"billing\");")
        .contains("\"users\"")
        .contains("\"invoices\"")
        .doesNotContain("PgSequence")
        .doesNotContain("internal_audit");
    assertThat(run.out()).contains("Summary: 2 tables, 1 enums, 0 sequences, 0 views.");
  }

  @Test
  void theDefaultPlaceIsTheFolderOfTheFirstSchemaGlobAndItsPackage() throws Exception {
    toml(
        """
        schema = ["modules/app/src/main/java/org/acme/schema/**/*.java", "other/*.java"]
        """);
    CliRun run = shale("pull", "--tables", "users");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(files("modules"))
        .containsExactly("modules/app/src/main/java/org/acme/schema/PublicSchema.java");
    assertThat(
            Files.readString(
                project.resolve("modules/app/src/main/java/org/acme/schema/PublicSchema.java")))
        .startsWith("package org.acme.schema;\n");

    // without a schema glob: src/main/java/db, package db
    Path other = Files.createDirectories(project.resolve("second"));
    Files.writeString(other.resolve("shale.toml"), "");
    CliRun plain = CliRun.in(other, "pull", "--url", db.uri(), "--tables", "users");
    assertThat(plain.exitCode()).as(plain.toString()).isZero();
    assertThat(Files.readString(other.resolve("src/main/java/db/PublicSchema.java")))
        .startsWith("package db;\n");
  }

  @Test
  void baselineRecordsTheFirstMigrationSoMigrateAppliesOnlyLaterOnes() throws Exception {
    toml("schema = [\"src/main/java/db/*.java\"]\nschemas = [\"public\", \"billing\"]\n");
    CliRun pull = shale("pull", "--baseline");
    assertThat(pull.exitCode()).as(pull.toString()).isZero();
    String stem = files("migrations").get(0).replaceAll("^migrations/|\\.sql$", "");
    assertThat(pull.out()).contains("Recorded " + stem + " as applied in shale.migrations.");
    assertThat(query(db, "SELECT name || ':' || success FROM shale.migrations"))
        .containsExactly(stem + ":true");

    // a later change, generated from the Java schema as a user would
    Path java = project.resolve("src/main/java/db/PublicSchema.java");
    Files.writeString(
        java,
        Files.readString(java)
            .replace(
                "column(\"email\", text()).notNull().unique(),",
                "column(\"email\", text()).notNull().unique(),\n"
                    + "          column(\"nickname\", text()),"));
    CliRun generate = CliRun.in(project, "generate", "--name", "add_nickname");
    assertThat(generate.exitCode()).as(generate.toString()).isZero();
    assertThat(files("migrations")).hasSize(2);

    CliRun migrate = shale("migrate");
    assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
    assertThat(query(db, "SELECT name FROM shale.migrations ORDER BY name"))
        .hasSize(2)
        .last()
        .asString()
        .endsWith("_add_nickname");
    assertThat(
            query(
                db,
                "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'users' AND column_name = 'nickname'"))
        .containsExactly("nickname");

    // pulling the baselined database again finds the history table outside the schema
    Files.writeString(
        project.resolve("shale.toml"),
        "schema = [\"src/main/java/db/*.java\"]\nschemas = [\"*\"]\n"
            + "migrations = \"m2\"\nsnapshots = \"s2\"\n");
    CliRun again = shale("pull", "--out", "again");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(String.join("\n", files("again"))).doesNotContain("Shale");
    assertThat(Files.readString(project.resolve("again/PublicSchema.java")))
        .contains("nickname")
        .doesNotContain("migrations");
  }

  @Test
  void aMigrationsFolderThatIsNotEmptyIsRefusedBeforeConnecting() throws Exception {
    toml("schema = [\"src/main/java/db/*.java\"]\n");
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(
        project.resolve("migrations/20260101000000_create_a.sql"), "CREATE TABLE a (id int);\n");
    CliRun run = CliRun.in(project, "pull", "--url", "postgres://alice:s3cret@127.0.0.1:1/app");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "error: migrations already holds 1 migration(s): pull writes the first migration of a"
                + " project. Pull into a new project (-C DIR), or point migrations and snapshots in"
                + " shale.toml at empty folders; nothing was written\n");
    assertThat(files("src")).isEmpty();
  }

  @Test
  void nothingToPullIsOneLineAndNothingIsWritten() throws Exception {
    toml("schema = [\"db/*.java\"]\n");
    CliRun run = shale("pull", "--schemas", "Billing");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("error: nothing to pull: ")
        .contains("in schemas [Billing]")
        .contains("schema names are case-sensitive")
        .doesNotContain("Exception");
    assertThat(Files.exists(project.resolve("db"))).isFalse();
    assertThat(Files.exists(project.resolve("migrations"))).isFalse();
  }

  @Test
  void anOutThatIsAFileIsAUsageErrorBeforeConnecting() throws Exception {
    toml("schema = [\"db/*.java\"]\n");
    Files.writeString(project.resolve("afile"), "x");
    CliRun run =
        CliRun.in(project, "pull", "--out", "afile/sub", "--url", "postgres://u@127.0.0.1:1/db");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(64);
    assertThat(run.err())
        .isEqualTo(
            "error: --out afile/sub: afile is a file, not a folder; give the folder the Java files go to\n");
  }

  @Test
  void baselineOnADatabaseWithHistoryIsRefusedBeforeWriting() throws Exception {
    toml("schema = [\"db/*.java\"]\n");
    db.apply(
        "CREATE SCHEMA shale; CREATE TABLE shale.migrations (name text PRIMARY KEY, checksum text,"
            + " applied_at timestamptz DEFAULT now(), execution_ms bigint, applied_by text DEFAULT"
            + " current_user, success boolean); INSERT INTO shale.migrations (name, checksum,"
            + " execution_ms, success) VALUES ('20250101000000_init', 'x', 1, true);");
    CliRun run = shale("pull", "--baseline");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("shale.migrations already records 1 migration(s)")
        .contains("Nothing was written");
    assertThat(Files.exists(project.resolve("db"))).isFalse();
    assertThat(Files.exists(project.resolve("migrations"))).isFalse();
  }

  @Test
  void anotherToolsMigrationInTheFolderIsRefusedAndTheNextStepsAreSaid() throws Exception {
    toml("schema = [\"db/*.java\"]\n");
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(project.resolve("migrations/V1__init.sql"), "SELECT 1;\n");
    CliRun refused = shale("pull");
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(64);
    assertThat(refused.err()).contains("already holds 1 migration(s)");
    Files.delete(project.resolve("migrations/V1__init.sql"));
    CliRun run = shale("pull");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .doesNotContain("Next: add")
        .contains("record that migration as applied with `shale baseline --to ");
  }

  @Test
  void unmanagedObjectsAreNamedInOneWarning() throws Exception {
    db.apply(
        """
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW."createdAt" = now(); RETURN NEW; END $$;
        CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
        CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int);
        """);
    toml("schema = [\"src/main/java/db/*.java\"]\n");
    CliRun run = shale("pull");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "warning: 1 object that Shale does not manage (left as they are, not part of the"
                + " schema): aggregate public.total(integer)\n");
    assertThat(Files.readString(project.resolve("src/main/java/db/PublicSchema.java")))
        .as("the trigger and its function are declared")
        .contains("function(\"touch\")")
        .contains("trigger(\"users_touch\").before().onUpdate().forEachRow().execute(\"touch\")");
  }

  @Test
  void onATerminalPullSaysWhatItIsDoing() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")),
        "util-linux script is needed for a pseudo-terminal");
    toml("schema = [\"src/main/java/db/*.java\"]\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        String.join(
            " ",
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.shale.cli.Main",
            "--no-color",
            "-C",
            project.toString(),
            "pull",
            "--url",
            db.uri());
    Process process =
        new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("Reading ")
        .containsPattern(
            "Read 2 tables, 0 enums, 0 sequences, 0 views in \\d+ ms; writing the Java schema");
  }
}
