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
 * Mistakes on the command line are usage errors (64) with a message naming the flag, refused before
 * any connection: the database URL points at a port that counts the connections it is offered.
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

  @Test
  void durationsNameTheFlagTheUnitsAndTheLimit() {
    assertThat(refused("migrate", "--lock-timeout", "25d").err())
        .isEqualTo(
            "error: --lock-timeout: '25d' is more than 24 days, the longest PostgreSQL takes for"
                + " a timeout (2147483647ms): write 24d or less\n");
    assertThat(refused("migrate", "--statement-timeout", "5m").err())
        .isEqualTo(
            "error: --statement-timeout: '5m' is not a duration ('m' could be minutes or months:"
                + " write 5min): write a whole number and a unit: ms, s, min, h or d (500ms, 5s,"
                + " 10min, 1h, 2d; 0 for none), at most 24 days\n");
    assertThat(refused("migrate", "--lock-wait", "99999999999999999999ms").err())
        .startsWith("error: --lock-wait: '99999999999999999999ms' is more than 24 days");
    assertThat(refused("migrate", "--retry-backoff", "5").err())
        .startsWith("error: --retry-backoff: '5' has no unit: write 5ms or 5s (a whole number");
    // 24 days is accepted: what stops this run is the target, checked after the durations
    assertThat(refused("migrate", "--lock-wait", "24d", "--target", "nope").err())
        .startsWith("error: --target nope:");
  }

  @Test
  void lockRetriesOutOfRangeNamesTheFlag() {
    assertThat(refused("migrate", "--lock-retries", "-1").err())
        .isEqualTo(
            "error: --lock-retries -1: give how often to retry after a lock timeout, from 0 to"
                + " 100\n");
  }

  @Test
  void aBadPortInAJdbcUrlIsAUsageErrorWithoutTheDriversWarning() {
    CliRun run = CliRun.in(project, "status", "--url", "jdbc:postgresql://127.0.0.1:99999/app");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(64);
    assertThat(run.err())
        .isEqualTo(
            "error: bad port in jdbc:postgresql://127.0.0.1:99999/app: use a number from 1 to"
                + " 65535\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpForACommandThatDoesNotExistIsAUsageError() {
    CliRun unknown = CliRun.raw("help", "nosuch");
    assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(64);
    assertThat(unknown.err())
        .startsWith(
            "error: unknown command 'nosuch': the commands are init, generate, migrate, status,"
                + " pull, push, diff, check, baseline, export, studio, completion, help\n");
    assertThat(unknown.out()).isEmpty();

    CliRun extra = CliRun.raw("help", "migrate", "nosuch");
    assertThat(extra.exitCode()).as(extra.toString()).isEqualTo(64);
    assertThat(extra.err()).startsWith("error: help takes one command, not migrate nosuch\n");

    CliRun migrate = CliRun.raw("help", "migrate");
    assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
    assertThat(migrate.out()).startsWith("Usage: shale migrate ");
    CliRun shale = CliRun.raw("help");
    assertThat(shale.exitCode()).as(shale.toString()).isZero();
    assertThat(shale.out()).startsWith("Usage: shale ").contains("Commands:");
  }

  @Test
  void aMistypedOptionOrCommandIsOneErrorLineWithSuggestionsNotTheWholeUsage() {
    CliRun option = CliRun.raw("generate", "--renmae", "column:a.b=a.c");
    assertThat(option.exitCode()).isEqualTo(64);
    assertThat(option.err())
        .isEqualTo(
            "error: unknown option --renmae (did you mean --rebase or --rename?)\n"
                + "Run 'shale generate --help' for usage.\n");

    CliRun command = CliRun.raw("xyzzy");
    assertThat(command.exitCode()).isEqualTo(64);
    assertThat(command.err())
        .isEqualTo("error: unknown command 'xyzzy'\nRun 'shale --help' for usage.\n");

    CliRun argument = CliRun.raw("status", "extra");
    assertThat(argument.exitCode()).isEqualTo(64);
    assertThat(argument.err()).startsWith("error: unexpected argument 'extra'\n");
  }
}
