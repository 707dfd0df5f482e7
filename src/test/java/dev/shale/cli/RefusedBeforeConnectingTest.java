package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes on the command line are refused with a message naming the flag, before any connection:
 * the database URL points at a port that counts the connections it is offered.
 */
class RefusedBeforeConnectingTest {
  @TempDir Path project;
  private LocalEndpoint database;

  @BeforeEach
  void setUp() throws Exception {
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(
        project.resolve("migrations/20260101000000_create_a.sql"), "CREATE TABLE a (id int);\n");
    Files.writeString(project.resolve("shale.toml"), "migrations = \"migrations\"\n");
    database = LocalEndpoint.start(socket -> {});
  }

  @AfterEach
  void tearDown() throws Exception {
    database.close();
  }

  /** Runs shale against the counting port; asserts a usage error (64) and no connection. */
  private CliRun refused(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--url");
    all.add("postgres://app@127.0.0.1:" + database.port() + "/app");
    CliRun run = CliRun.in(project, all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(64);
    assertThat(database.connections()).as("connections offered to the database").isZero();
    return run;
  }

  @Test
  void statusAndBaselineRefuseTheThrowawayEmbeddedServer() {
    CliRun status = CliRun.in(project, "status", "--url", "embedded");
    assertThat(status.exitCode()).as(status.toString()).isEqualTo(64);
    assertThat(status.err())
        .startsWith("error: `embedded` starts a new, empty PostgreSQL for each run")
        .contains("`shale status` would only ever show every migration as pending")
        .contains("It is for trying out `shale migrate`; give the URL of the database you mean");

    CliRun baseline =
        CliRun.in(project, "baseline", "--to", "20260101000000_create_a", "--url", "embedded");
    assertThat(baseline.exitCode()).as(baseline.toString()).isEqualTo(64);
    assertThat(baseline.err()).contains("`shale baseline` would only record a baseline that is");
  }

  @Test
  void aTargetThatIsNoMigrationIsRefusedOffline() {
    assertThat(refused("migrate", "--target", "nope").err())
        .isEqualTo(
            "error: --target nope: no migration file has that name (give a file stem without"
                + " .sql, such as 20260101000000_create_a)\n");
    assertThat(refused("migrate", "--dry-run", "--target", "create_a").err())
        .isEqualTo(
            "error: --target create_a: no migration file has that name (did you mean"
                + " 20260101000000_create_a?)\n");
    assertThat(refused("migrate", "--target", "migrations/20260101000000_create_a.sql").err())
        .contains("(did you mean 20260101000000_create_a?)");
    assertThat(refused("baseline", "--to", "nope").err())
        .startsWith("error: --to nope: no migration file has that name");
  }
}
