package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.DatabaseUrl;
import dev.shale.db.TransactionPooler;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import dev.shale.testing.TransactionPoolerProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate} needs one server session from start to end (its advisory lock, its settings, the
 * statements of a no-transaction migration): a connection pooler in transaction mode is refused by
 * its address when the address says so (Supabase's port 6543, Neon's {@code -pooler} hosts), and
 * otherwise as soon as the session changes under the lock connection, before anything runs. The
 * pooler here is a real one on the wire protocol, in front of the embedded server.
 */
class TransactionPoolerTest {
  @TempDir Path project;

  @BeforeEach
  void setUp() throws Exception {
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(
        project.resolve("migrations/20260101000000_create_a.sql"), "CREATE TABLE a (id int);\n");
    Files.writeString(project.resolve("shale.toml"), "migrations = \"migrations\"\n");
  }

  @Test
  void poolerAddressesInTransactionModeAreKnownByTheirHostAndPort() {
    assertThat(
            TransactionPooler.byAddress(
                DatabaseUrl.parse(
                    "postgres://postgres.abc:pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres")))
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .startsWith("Supabase's pooler on port 6543 (transaction mode)")
                    .contains("the same host on port 5432")
                    .contains("db.<project-ref>.supabase.co:5432"));
    assertThat(
            TransactionPooler.byAddress(
                DatabaseUrl.parse(
                    "postgres://postgres.abc:pw@aws-0-eu-central-1.pooler.supabase.com:5432/postgres")))
        .isEmpty();
    assertThat(
            TransactionPooler.byAddress(
                DatabaseUrl.parse(
                    "postgresql://alex:pw@ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech/db"
                        + "?sslmode=require")))
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .contains("Neon's pooled endpoint")
                    .endsWith(
                        "Use the direct endpoint: ep-cool-darkness-123456.us-east-2.aws.neon.tech"));
    assertThat(
            TransactionPooler.byAddress(
                DatabaseUrl.parse(
                    "jdbc:postgresql://ep-cool-darkness-123456.us-east-2.aws.neon.tech:5432/db")))
        .isEmpty();
    assertThat(TransactionPooler.byAddress(DatabaseUrl.parse("postgres://localhost:6543/db")))
        .isEmpty();
  }

  @Test
  void migrateAndBaselineRefuseAPoolerAddressBeforeConnectingAndStatusDoesNot() {
    String url =
        "postgres://postgres.abc:secret@aws-0-eu-central-1.pooler.supabase.com:6543/postgres";
    CliRun migrate = CliRun.in(project, "migrate", "--url", url);
    assertThat(migrate.exitCode()).as(migrate.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(migrate.err())
        .startsWith("error: `shale migrate` needs one database session throughout, but Supabase's")
        .doesNotContain("secret");
    CliRun baseline =
        CliRun.in(project, "baseline", "--to", "20260101000000_create_a", "--url", url);
    assertThat(baseline.exitCode()).as(baseline.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(baseline.err()).contains("`shale baseline` needs one database session");
    CliRun push = CliRun.in(project, "push", "--url", url);
    assertThat(push.exitCode()).as(push.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(push.err())
        .startsWith("error: `shale push` needs one database session throughout, but Supabase's")
        .contains("port 5432")
        .doesNotContain("secret");
  }

  @Test
  void pushThroughAPoolerInTransactionModeIsRefusedAndChangesNothing() throws Exception {
    TableSchema.write(project, java.util.List.of("a"));
    try (FreshDatabase db = TestPostgres.freshDatabase();
        TransactionPoolerProxy pooler =
            TransactionPoolerProxy.start("localhost", TestPostgres.port(), true)) {
      CliRun run = CliRun.in(project, "push", "--url", viaPooler(db, pooler));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.err()).contains("connection pooler in transaction mode");
      assertThat(tableExists(db)).isFalse();
    }
  }

  @Test
  void aPoolerInTransactionModeIsFoundByItsSessionsAndNothingRuns() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase();
        TransactionPoolerProxy pooler =
            TransactionPoolerProxy.start("localhost", TestPostgres.port(), true)) {
      CliRun run = CliRun.in(project, "migrate", "--url", viaPooler(db, pooler));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.err())
          .contains("the server session changed between two statements on one connection")
          .contains("connection pooler in transaction mode")
          .contains("Use a direct connection to PostgreSQL, or a pooler in session mode");
      assertThat(tableExists(db)).isFalse();
    }
  }

  @Test
  void thePoolerInSessionModeKeepsTheSessionAndMigrateRuns() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase();
        TransactionPoolerProxy pooler =
            TransactionPoolerProxy.start("localhost", TestPostgres.port(), false)) {
      CliRun run = CliRun.in(project, "migrate", "--url", viaPooler(db, pooler));
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(tableExists(db)).isTrue();
    }
  }

  private static String viaPooler(FreshDatabase db, TransactionPoolerProxy pooler) {
    return db.uri().replace(":" + TestPostgres.port() + "/", ":" + pooler.port() + "/")
        + "?sslmode=disable";
  }

  private static boolean tableExists(FreshDatabase db) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT to_regclass('public.a') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}
