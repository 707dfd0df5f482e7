package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale check --trace} through the real entry point, on the test server. */
class CheckTraceCommandTest {
  @TempDir Path dir;

  @Test
  void theTraceConfirmsWhatTheRulesSayAndDropsItsDatabase() throws Exception {
    Path sql = Files.createDirectories(dir.resolve("sql"));
    Files.writeString(
        sql.resolve("V1__create.sql"),
        "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n");
    Files.writeString(
        sql.resolve("V2__index.sql"),
        "SET lock_timeout = '2s';\nCREATE INDEX accounts_email_idx ON accounts (email);\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      CliRun run = CliRun.in(dir, "check", "sql", "--trace", "--url", db.uri());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.out())
          .contains("create-index-non-concurrent")
          .contains("confirmed by trace: took SHARE on public.accounts");
      assertThat(run.out()).doesNotContain("trace-contradicts-rule");
      try (var c = db.connect();
          var rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT count(*) FROM pg_database WHERE datname LIKE 'shale_trace_%'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the trace's database is dropped").isZero();
      }
    }
  }

  @Test
  void urlWithoutTraceIsAUsageError() {
    CliRun run = CliRun.in(dir, "check", "--url", "embedded", "-");
    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err()).contains("--url is the server of --trace");
  }
}
