package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.sql.parse.SqlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With --assume-in-transaction, each tool's own way: Prisma, and Diesel when its metadata.toml
 * turns its transaction off, send a file as one query string (an implicit transaction only for
 * several statements).
 */
class ToolConventionsTest {
  @TempDir Path dir;

  private static final String CONCURRENTLY = "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);";

  private Path file(String relative, String text) throws Exception {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    return path;
  }

  private static List<String> ids(LintInput input) {
    return new Linter(LintSettings.defaults())
        .lint(input).stream().map(f -> f.rule().id()).toList();
  }

  @Test
  void prismaRunsALoneStatementOutsideAnyTransaction() throws Exception {
    Path prisma = file("prisma/migrations/20240101000000_idx/migration.sql", CONCURRENTLY);
    // golang-migrate and sqlx share this naming, and sqlx wraps each file in a transaction
    Path upSql = file("db/000012_idx.up.sql", CONCURRENTLY);
    Path other = file("sql/idx.sql", CONCURRENTLY);
    assertThat(ToolConventions.oneQueryString(prisma)).isTrue();
    assertThat(ToolConventions.oneQueryString(upSql)).isFalse();
    assertThat(ToolConventions.oneQueryString(other)).isFalse();

    LintInput alone = new LintInput("migration.sql", CONCURRENTLY, true, false, true);
    assertThat(alone.inToolTransaction(SqlParser.parse(alone.name(), alone.text()))).isFalse();
    assertThat(ids(alone)).doesNotContain("concurrently-in-transaction");
    LintInput two =
        new LintInput(
            "migration.sql", "ALTER TABLE t ADD COLUMN b int;\n" + CONCURRENTLY, true, false, true);
    assertThat(ids(two)).contains("concurrently-in-transaction");
  }

  @Test
  void dieselWithoutItsTransactionSendsTheFileAsOneBatch() throws Exception {
    Path off = file("migrations/2024-01-01-000000_idx/up.sql", CONCURRENTLY);
    file(
        "migrations/2024-01-01-000000_idx/metadata.toml",
        "# created by hand\nrun_in_transaction = false\n");
    Path on = file("migrations/2024-01-02-000000_col/up.sql", "ALTER TABLE t ADD b int;");
    file("migrations/2024-01-02-000000_col/metadata.toml", "run_in_transaction = true\n");
    assertThat(ToolConventions.oneQueryString(off)).isTrue();
    assertThat(ToolConventions.oneQueryString(on)).isFalse();
    assertThat(ToolConventions.oneQueryString(file("other/up.sql", CONCURRENTLY))).isFalse();
  }
}
