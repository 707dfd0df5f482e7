package dev.shale.lint.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.ConnectionSource;
import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.ScratchDatabase;
import dev.shale.lint.Finding;
import dev.shale.lint.LintInput;
import dev.shale.sql.LockMode;
import dev.shale.sql.Rule;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace of single statements on a real server: what it records for each. */
class TraceTest {
  private static final String SCHEMA =
      """
      CREATE TABLE t (id int PRIMARY KEY, n int, c varchar(10), e text);
      CREATE INDEX t_n_idx ON t (n);
      CREATE TABLE child (id int PRIMARY KEY, t_id int NOT NULL REFERENCES t,
        status text NOT NULL CHECK (status IN ('open', 'closed')));
      """;

  private static TraceResult trace(LintInput... files) {
    return trace(TraceOptions.defaults(), files);
  }

  private static TraceResult trace(TraceOptions options, LintInput... files) {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      return Trace.run(
          ConnectionSource.of(db.dataSource()),
          List.of(new LintInput("schema.sql", SCHEMA, true)),
          List.of(files),
          options);
    }
  }

  private static TracedStatement only(String sql) {
    TraceResult result = trace(new LintInput("m.sql", sql, true));
    assertThat(result.statements()).hasSize(1);
    return result.statements().get(0);
  }

  private static List<String> names(List<TracedRelation> relations) {
    return relations.stream().map(TracedRelation::toString).toList();
  }

  @Test
  void aCopyFromStdinRunsWithoutItsRowsAndTheFileGoesOn() {
    TraceResult result =
        trace(
            new LintInput(
                "dump.sql",
                "COPY t (id, n) FROM stdin;\n1\t2\n\\.\nCREATE INDEX t_c_idx ON t (c);",
                true));
    assertThat(result.statements()).hasSize(2);
    assertThat(result.statements().get(0).error()).isNull();
    assertThat(result.statements().get(1).error()).isNull();
    assertThat(result.statements().get(1).locks())
        .extracting(ObservedLock::toString)
        .contains("SHARE on public.t");
  }

  @Test
  void createIndexTakesShareAndScansTheTable() {
    TracedStatement s = only("CREATE INDEX t_c_idx ON t (c);");
    assertThat(s.error()).isNull();
    assertThat(s.locks()).extracting(ObservedLock::toString).contains("SHARE on public.t");
    assertThat(names(s.scanned())).containsExactly("public.t");
    assertThat(s.scanned().get(0).heldRows()).isTrue();
    assertThat(s.rewritten()).isEmpty();
    assertThat(s.risks())
        .containsExactly(
            "scanned public.t under SHARE", "took SHARE on public.t with no lock_timeout in force");
  }

  @Test
  void intToBigintRewritesTheTableAndItsIndexByName() {
    TracedStatement s = only("ALTER TABLE t ALTER COLUMN n TYPE bigint;");
    assertThat(s.error()).isNull();
    assertThat(s.locks())
        .extracting(ObservedLock::toString)
        .contains("ACCESS EXCLUSIVE on public.t");
    // t_n_idx is built again under a new OID: found by its name
    assertThat(names(s.rewritten())).contains("public.t", "public.t_n_idx");
  }

  @Test
  void varcharGrowthRewritesNothing() {
    TracedStatement s = only("ALTER TABLE t ALTER COLUMN c TYPE varchar(20);");
    assertThat(s.error()).isNull();
    assertThat(s.locks())
        .extracting(ObservedLock::toString)
        .contains("ACCESS EXCLUSIVE on public.t");
    assertThat(s.rewritten()).isEmpty();
    assertThat(s.scanned()).isEmpty();
  }

  @Test
  void setNotNullScans() {
    TracedStatement s = only("ALTER TABLE t ALTER COLUMN e SET NOT NULL;");
    assertThat(s.error()).as("every column got a value").isNull();
    assertThat(names(s.scanned())).containsExactly("public.t");
    assertThat(s.rewritten()).isEmpty();
  }

  @Test
  void rowsSatisfyForeignKeysAndChecks() {
    TracedStatement s =
        only("ALTER TABLE child ADD CONSTRAINT child_t_fk2 FOREIGN KEY (t_id) REFERENCES t;");
    assertThat(s.error()).isNull();
    assertThat(names(s.scanned())).contains("public.child");
    assertThat(s.scanned()).allMatch(TracedRelation::heldRows);
    assertThat(s.locks())
        .extracting(ObservedLock::toString)
        .contains("SHARE ROW EXCLUSIVE on public.child", "SHARE ROW EXCLUSIVE on public.t");
  }

  @Test
  void createIndexConcurrentlyIsSeenFromASecondSession() {
    TraceResult result =
        trace(
            new LintInput(
                "m.sql",
                "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY t_c_idx ON t (c);",
                false));
    TracedStatement s = result.statements().get(0);
    assertThat(s.error()).isNull();
    assertThat(s.observed()).isEqualTo(TracedStatement.Observation.FROM_SECOND_SESSION);
    assertThat(s.locks())
        .extracting(ObservedLock::toString)
        .containsExactly("SHARE UPDATE EXCLUSIVE on public.t");
    assertThat(names(s.scanned())).contains("public.t");
    assertThat(s.risks()).isEmpty();
  }

  @Test
  void autocommitStatementsAreWatchedInsideTheirOwnTransaction() {
    TraceResult result =
        trace(
            new LintInput(
                "m.sql",
                "-- shale:no-transaction\nCREATE INDEX t_c_idx ON t (c);\nBEGIN;\n"
                    + "ALTER TABLE t ALTER COLUMN e SET NOT NULL;\nCOMMIT;",
                false));
    assertThat(result.statements()).hasSize(4);
    assertThat(result.statements().get(0).locks())
        .extracting(ObservedLock::mode)
        .contains(LockMode.SHARE);
    assertThat(names(result.statements().get(2).scanned())).containsExactly("public.t");
  }

  @Test
  void aFailingStatementEndsItsFileAndSkipsTheLaterFiles() {
    TraceResult result =
        trace(
            new LintInput(
                "1.sql",
                "ALTER TABLE t ADD COLUMN a int;\nALTER TABLE t ADD COLUMN b int NOT NULL;\n"
                    + "ALTER TABLE t ADD COLUMN d int;",
                true),
            new LintInput("2.sql", "ALTER TABLE t ADD COLUMN f int;", true));
    assertThat(result.statements()).hasSize(2);
    TracedStatement failed = result.statements().get(1);
    assertThat(failed.error()).contains("contains null values");
    assertThat(failed.source().line()).isEqualTo(2);
    assertThat(result.notes())
        .contains(
            "1.sql:2: the statement failed, so the rest of the file was not traced",
            "2.sql: not traced, because 1.sql:2 failed");
  }

  @Test
  void aCommitThatFailsAtTheEndOfTheFileIsSaid() {
    TraceResult result =
        trace(
            new LintInput(
                "1.sql",
                "CREATE TABLE p2 (id int PRIMARY KEY);\n"
                    + "CREATE TABLE c2 (p int REFERENCES p2 DEFERRABLE INITIALLY DEFERRED);\n"
                    + "INSERT INTO c2 VALUES (42);",
                true),
            new LintInput("2.sql", "ALTER TABLE t ADD COLUMN f int;", true));
    assertThat(result.statements()).hasSize(3).noneMatch(TracedStatement::failed);
    assertThat(result.notes())
        .anyMatch(n -> n.startsWith("1.sql: the COMMIT at its end failed: ERROR: insert or update"))
        .contains("2.sql: not traced, because 1.sql (its COMMIT) failed");
  }

  @Test
  void aScratchDatabaseBesideTheUrlsIsTracedAndDropped() throws Exception {
    try (FreshDatabase fresh = TestPostgres.freshDatabase();
        Database server = Database.open(DatabaseUrl.parse(fresh.jdbcUrlWithCredentials()))) {
      String name;
      TraceResult result;
      try (ScratchDatabase scratch = ScratchDatabase.create(server, "shale_trace_", "the trace")) {
        name = scratch.name();
        result =
            Trace.run(
                scratch.database()::connect,
                List.of(new LintInput("schema.sql", SCHEMA, true)),
                List.of(
                    new LintInput(
                        "m.sql",
                        "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY t_c_idx ON t (c);",
                        false)),
                TraceOptions.defaults());
      }
      assertThat(result.statements().get(0).locks())
          .extracting(ObservedLock::toString)
          .containsExactly("SHARE UPDATE EXCLUSIVE on public.t");
      try (Connection c = fresh.connect();
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void aBriefLockUnderTheToolsLockTimeoutIsNoRiskButWorkUnderItIs() {
    TraceResult result =
        trace(
            TraceOptions.defaults().withLockTimeout(java.time.Duration.ofSeconds(5)),
            new LintInput(
                "m.sql",
                "ALTER TABLE t ADD COLUMN x int;\nCOMMIT;\nCREATE INDEX t_c_idx ON t (c);\nCOMMIT;\n"
                    + "RESET lock_timeout;\nALTER TABLE t ADD COLUMN y int;",
                true));
    List<TracedStatement> s = result.statements();
    assertThat(s.get(0).lockTimeout()).isTrue();
    assertThat(s.get(0).risks()).isEmpty();
    assertThat(s.get(2).risks()).containsExactly("scanned public.t under SHARE");
    assertThat(s.get(5).lockTimeout()).isFalse();
    assertThat(s.get(5).risks())
        .containsExactly("took ACCESS EXCLUSIVE on public.t with no lock_timeout in force");
  }

  @Test
  void tablesCreatedInTheDeployAreNotAtRisk() {
    TraceResult result =
        trace(
            new LintInput("1.sql", "CREATE TABLE fresh (id int, v text);", true),
            new LintInput("2.sql", "CREATE INDEX fresh_v ON fresh (v);", true));
    TracedStatement index = result.statements().get(1);
    assertThat(index.locks()).extracting(l -> l.relation().newInDeploy()).containsOnly(true);
    assertThat(index.risks()).isEmpty();
  }

  @Test
  void comparedWithStaticFindings() {
    LintInput file =
        new LintInput(
            "m.sql",
            "CREATE INDEX t_c_idx ON t (c);\n"
                + "ALTER TABLE t ADD COLUMN x int DEFAULT 1;\n"
                + "ALTER TABLE t ALTER COLUMN c TYPE varchar(20);\n"
                + "ALTER TABLE t ALTER COLUMN n TYPE bigint;",
            true);
    TraceResult result = trace(file);
    List<TracedStatement> s = result.statements();
    Finding index = finding(s.get(0), Rule.CREATE_INDEX_NON_CONCURRENT);
    // the varchar grows: its index is built again under a new OID on the same storage
    Finding wrongType = finding(s.get(2), Rule.CHANGE_COLUMN_TYPE);
    List<Finding> compared = TraceFindings.compare(result, List.of(index, wrongType));
    assertThat(compared)
        .extracting(f -> f.rule().id() + " " + f.span().line() + " " + f.origin())
        .containsExactly(
            "create-index-non-concurrent 1 STATIC",
            "trace-unlisted-risk 2 TRACE",
            "changing-column-type 3 STATIC",
            "trace-contradicts-rule 3 TRACE",
            "trace-unlisted-risk 4 TRACE");
    assertThat(compared.get(0).message())
        .endsWith("(confirmed by trace: took SHARE on public.t; scanned public.t)");
    assertThat(compared.get(1).message())
        .startsWith("the server took ACCESS EXCLUSIVE on public.t");
    assertThat(compared.get(3).message())
        .startsWith("changing-column-type says this statement rewrites a table or index, but on")
        .contains("it took ACCESS EXCLUSIVE on public.t");
    assertThat(TraceFindings.compare(result, List.of(wrongType), 11))
        .filteredOn(f -> f.rule() == Rule.TRACE_CONTRADICTS_RULE)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .endsWith("; the rules target PostgreSQL 11 and the trace ran on 17"));
    // its ACCESS EXCLUSIVE lock was taken by an earlier statement: the rewrite is the risk
    assertThat(compared.get(4).message())
        .startsWith(
            "the server rewrote public.t, public.t_c_idx, public.t_n_idx, public.t_pkey and"
                + " scanned public.t under ACCESS EXCLUSIVE");
  }

  private static Finding finding(TracedStatement s, Rule rule) {
    return new Finding(
        s.file(),
        s.source().span(),
        rule,
        "static message",
        null,
        s.source().sql(),
        Finding.Origin.STATIC);
  }
}
