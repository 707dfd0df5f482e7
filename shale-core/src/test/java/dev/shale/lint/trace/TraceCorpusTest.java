package dev.shale.lint.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.ConnectionSource;
import dev.shale.lint.Finding;
import dev.shale.lint.LintCorpus;
import dev.shale.lint.LintInput;
import dev.shale.lint.LintSettings;
import dev.shale.sql.Rule;
import dev.shale.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /** The tablespace the set-tablespace files move relations to: it needs a directory. */
  private static final String SPACE = "corpus_space";

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
          "ALTER TABLE users DROP COLUMN plan;",
          "attach-partition-scan/unsafe-check-on-other-column.sql",
          "DROP TABLE measurements;",
          "add-exclusion-constraint/unsafe.sql",
          "CREATE EXTENSION btree_gist;");

  /** Files that cannot agree with a trace on PostgreSQL 17, and why. */
  private static final Map<String, String> NOT_TRACED =
      Map.of(
          "adding-stored-generated-column/unsafe-no-stored-before-18.sql",
          "PostgreSQL 17 refuses a generated column without STORED; the rule reports what 18 does");

  @Test
  void theTraceAgreesWithEveryRuleThatSaysWhatTheServerDoes() throws Exception {
    Queue<LintCorpus> files = new ConcurrentLinkedQueue<>();
    for (LintCorpus file : LintCorpus.all()) {
      if (asserts(file) && !NOT_TRACED.containsKey(name(file))) {
        files.add(file);
      }
    }
    int count = files.size();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    String template = "trace_fixture_" + COUNTER.incrementAndGet();
    Path space = Files.createTempDirectory("shale-corpus-space");
    admin("DROP TABLESPACE IF EXISTS " + SPACE);
    admin("CREATE TABLESPACE " + SPACE + " LOCATION '" + space.toAbsolutePath() + "'");
    admin("CREATE DATABASE " + template + " TEMPLATE " + TestPostgres.TEMPLATE);
    try {
      List<String> notes = new ArrayList<>();
      try (Connection c = TestPostgres.dataSource(template).getConnection()) {
        TestPostgres.apply(c, Files.readString(LintCorpus.ROOT.resolve("fixture.sql")));
        // once here rather than in every file's trace
        Seeder.fill(c, TraceOptions.defaults().rowsPerTable(), notes);
      }
      assertThat(notes).as("every fixture table takes rows").isEmpty();
      // a copy of the template for each file, on two workers
      ExecutorService workers = Executors.newFixedThreadPool(2);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        done.add(
            workers.submit(
                () -> {
                  for (LintCorpus file = files.poll(); file != null; file = files.poll()) {
                    problems.addAll(trace(file, template));
                  }
                  return null;
                }));
      }
      workers.shutdown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      admin("DROP DATABASE IF EXISTS " + template + " WITH (FORCE)");
      admin("DROP TABLESPACE IF EXISTS " + SPACE);
      Files.deleteIfExists(space);
    }
    List<String> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    assertThat(sorted).isEmpty();
    assertThat(count).isGreaterThanOrEqualTo(5);
  }

  private static List<String> trace(LintCorpus file, String template) throws SQLException {
    String name = name(file);
    String db = "trace_corpus_" + COUNTER.incrementAndGet();
    admin("CREATE DATABASE " + db + " TEMPLATE " + template + " STRATEGY FILE_COPY");
    try {
      List<LintInput> before =
          SETUP.containsKey(name)
              ? List.of(new LintInput("setup.sql", SETUP.get(name), true))
              : List.of();
      TraceResult trace =
          Trace.run(
              ConnectionSource.of(TestPostgres.dataSource(db)),
              before,
              file.inputs(),
              new TraceOptions(
                  3,
                  false,
                  TraceOptions.defaults().waitLimit(),
                  file.settings().toolLockTimeout() ? Duration.ofSeconds(5) : null));
      return problems(name, trace, file.lint());
    } finally {
      admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String name(LintCorpus file) {
    return LintCorpus.ROOT.relativize(file.file()).toString();
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

  private static List<String> problems(String name, TraceResult trace, List<Finding> findings) {
    List<Finding> compared = TraceFindings.compare(trace, findings);
    List<String> problems = new ArrayList<>();
    for (String note : trace.notes()) {
      if (note.contains(": no rows put into ")) {
        problems.add(name + ": " + note);
      }
    }
    for (Finding f : compared) {
      if (f.rule() == Rule.TRACE_CONTRADICTS_RULE) {
        problems.add(name + ":" + f.span().line() + ": " + f.message());
      }
    }
    Set<TracedStatement> expectedToFail = new HashSet<>();
    for (Finding f : findings) {
      RuleEffects effects = RuleEffects.of(f.rule());
      TracedStatement t = TraceFindings.statementOf(trace, f);
      if (t != null
          && (f.rule() == Rule.SYNTAX_ERROR
              || effects != null && (effects.fails() || effects.mayFail()))) {
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
      if (f.origin() != Finding.Origin.STATIC
          || effects == null
          || !effects.observable() && !effects.fails()) {
        continue;
      }
      TracedStatement t = TraceFindings.statementOf(trace, f);
      if (t == null && failed || t != null && t.failed() && expectedToFail.contains(t)) {
        continue; // at or after a statement that failed as a rule said it would
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
}
