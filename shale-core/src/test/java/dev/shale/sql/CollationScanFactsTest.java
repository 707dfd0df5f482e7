package dev.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.Change;
import dev.shale.diff.SchemaDiff;
import dev.shale.testing.GoldenCase;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A collation change claims a scan exactly when the server reads the table for it: the online plan
 * of the golden case {@code collation_change_scans_only_when_read_again} runs statement by
 * statement on a table with rows, and the sequential scans that each collation change adds to
 * {@code pg_stat_xact_user_tables} (read in its own transaction, before and after it) are compared
 * with its Risk.
 */
class CollationScanFactsTest {
  private static final Path CASE =
      GoldenCase.CASES.resolve("collation_change_scans_only_when_read_again");

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @Test
  void aCollationChangeScansOnlyWhenAnIndexOrCheckReadsTheColumn() throws Exception {
    GoldenCase golden = GoldenCase.load(CASE);
    List<MigrationPlanner.Step> plan =
        MigrationPlanner.plan(golden.before(), golden.after(), golden.changes(), golden.options());
    Map<String, Boolean> claimed = new LinkedHashMap<>();
    Map<String, Boolean> measured = new LinkedHashMap<>();
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connect()) {
      TestPostgres.apply(
          c, MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(golden.before()))));
      TestPostgres.apply(
          c,
          "INSERT INTO p SELECT 'x' || g FROM generate_series(1, 200) g;\n"
              + "INSERT INTO t SELECT g, 'x' || g, 'x' || g, 'x' || g, 'x' || g, 'x' || g,"
              + " 'x' || g FROM generate_series(1, 200) g;");
      for (MigrationPlanner.Step step : plan) {
        for (Statement statement : step.statements()) {
          if (!(statement.change() instanceof Change.AlterColumnType alter)) {
            try (var st = c.createStatement()) {
              st.execute(statement.sql());
            }
            continue;
          }
          c.setAutoCommit(false);
          long before = seqScans(c);
          try (var st = c.createStatement()) {
            st.execute(statement.sql());
          }
          long after = seqScans(c);
          c.commit();
          c.setAutoCommit(true);
          claimed.put(alter.column(), statement.risk().scan());
          measured.put(alter.column(), after > before);
        }
      }
    }
    assertThat(claimed).hasSize(6);
    assertThat(claimed).isEqualTo(measured);
    List<String> scanned =
        measured.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    assertThat(scanned).containsExactlyInAnyOrder("lowered", "filtered");
  }

  private static long seqScans(Connection c) throws Exception {
    try (var st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_xact_user_tables"
                    + " WHERE relname = 't'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
