package dev.shale.lint.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.ConnectionSource;
import dev.shale.lint.Finding;
import dev.shale.lint.LintCorpus;
import dev.shale.lint.LintInput;
import dev.shale.lint.LintSettings;
import dev.shale.sql.Rule;
import dev.shale.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Every file of the labelled corpus whose expected rules say what the server does (a lock, a
 * rewrite, a scan, a failure: {@link RuleEffects}) runs on PostgreSQL 17 with the trace, on {@code
 * lint/fixture.sql} with rows in every table, and the trace must agree: no static finding is
 * contradicted, every such finding is confirmed, and the only statements that fail are those a rule
 * says fail.
 */
class TraceCorpusTest {
  private static final AtomicLong COUNTER = new AtomicLong();

  /**
   * What some files need on top of the fixture, because other files need the opposite (one adds the
   * column another expects to exist).
   */
  private static final Map<String, String> SETUP =
      Map.of(
          "set-generated-expression/unsafe.sql",
          "ALTER TABLE orders ADD COLUMN fee numeric DEFAULT 0,"
              + " ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED;",
          "drop-index-non-concurrent/unsafe.sql",
          "CREATE INDEX orders_customer_idx ON orders (customer_id);",
          "reindex-non-concurrent/unsafe.sql",
          "CREATE INDEX orders_customer_idx ON orders (customer_id);",
          "adding-required-field/unsafe.sql",
          "ALTER TABLE users DROP COLUMN plan;");

  /** Files that cannot agree with a trace on PostgreSQL 17, and why. */
  private static final Map<String, String> NOT_TRACED =
      Map.of(
          "adding-stored-generated-column/unsafe-no-stored-before-18.sql",
          "PostgreSQL 17 refuses a generated column without STORED; the rule reports what 18 does");

  @Test
  void theTraceAgreesWithEveryRuleThatSaysWhatTheServerDoes() throws Exception {
    String template = "trace_fixture_" + COUNTER.incrementAndGet();
    String fixture = Files.readString(LintCorpus.ROOT.resolve("fixture.sql"));
    admin("CREATE DATABASE " + template + " TEMPLATE " + TestPostgres.TEMPLATE);
    List<String> problems = new ArrayList<>();
    int traced = 0;
    try {
      List<String> notes = new ArrayList<>();
      try (Connection c = TestPostgres.dataSource(template).getConnection()) {
        TestPostgres.apply(c, fixture);
        // once here rather than in every file's trace
        Seeder.fill(c, TraceOptions.defaults().rowsPerTable(), notes);
      }
      assertThat(notes).as("every fixture table takes rows").isEmpty();
      for (LintCorpus file : LintCorpus.all()) {
        String name = LintCorpus.ROOT.relativize(file.file()).toString();
        if (!asserts(file) || NOT_TRACED.containsKey(name)) {
          continue;
        }
        traced++;
        long t0 = System.nanoTime();
        problems.addAll(check(file, name, template));
        System.out.println("TIME " + name + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
      }
    } finally {
      admin("DROP DATABASE IF EXISTS " + template + " WITH (FORCE)");
    }
    System.out.println("traced " + traced + " corpus files");
    assertThat(problems).isEmpty();
    assertThat(traced).isGreaterThanOrEqualTo(5);
  }

  /**
   * Whether the file expects a rule with effects a trace sees, and targets a version whose verdicts
   * PostgreSQL 17 shares (the default, 14, or 17 itself).
   */
  private static boolean asserts(LintCorpus file) {
    int pg = file.settings().pgVersion();
    if (pg != LintSettings.DEFAULT_PG_VERSION && pg != 17) {
      return false;
    }
    return file.expected().stream()
        .map(Rule::byId)
        .anyMatch(r -> r != null && RuleEffects.of(r) != null);
  }

  private static List<String> check(LintCorpus file, String name, String template)
      throws SQLException, IOException {
    String db = "trace_corpus_" + COUNTER.incrementAndGet();
    long t0 = System.nanoTime();
    admin("CREATE DATABASE " + db + " TEMPLATE " + template + " STRATEGY FILE_COPY");
    System.out.println("CREATE " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    try {
      List<LintInput> before =
          SETUP.containsKey(name)
              ? List.of(new LintInput("setup.sql", SETUP.get(name), true))
              : List.of();
      TraceResult trace =
          Trace.run(
              ConnectionSource.of(TestPostgres.dataSource(db)),
              before,
              List.of(new LintInput(name, file.text(), file.inTransaction())),
              TraceOptions.defaults());
      System.out.println("TRACE " + (System.nanoTime() - t0) / 1_000_000 + " ms");
      List<Finding> findings = file.lint();
      List<Finding> compared = TraceFindings.compare(trace, findings);
      return problems(name, trace, findings, compared);
    } finally {
      admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
    }
  }

  private static List<String> problems(
      String name, TraceResult trace, List<Finding> findings, List<Finding> compared) {
    List<String> problems = new ArrayList<>();
    for (Finding f : compared) {
      if (f.rule() == Rule.TRACE_CONTRADICTS_RULE) {
        problems.add(name + ":" + f.span().line() + ": " + f.message());
      }
    }
    Set<TracedStatement> expectedToFail = new HashSet<>();
    for (Finding f : findings) {
      RuleEffects effects = RuleEffects.of(f.rule());
      TracedStatement t = TraceFindings.statementOf(trace, f);
      if (t != null && (f.rule() == Rule.SYNTAX_ERROR || effects != null && effects.fails())) {
        expectedToFail.add(t);
      }
    }
    boolean failed = false;
    for (TracedStatement t : trace.statements()) {
      if (t.failed() && !expectedToFail.contains(t)) {
        problems.add(
            name + ":" + t.source().line() + ": failed, and no rule says it fails: " + t.error());
      }
      failed |= t.failed();
    }
    for (Finding f : compared) {
      RuleEffects effects = RuleEffects.of(f.rule());
      if (f.origin() != Finding.Origin.STATIC || effects == null) {
        continue;
      }
      TracedStatement t = TraceFindings.statementOf(trace, f);
      if (t == null && failed) {
        continue; // after the statement that failed as a rule said
      }
      if (!f.message().contains("(confirmed by trace: ")) {
        problems.add(
            name
                + ":"
                + f.span().line()
                + ": "
                + f.rule().id()
                + " not confirmed by the trace: "
                + t);
      }
    }
    return problems;
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
