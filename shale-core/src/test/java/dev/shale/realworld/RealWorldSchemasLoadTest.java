package dev.shale.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PgVersion;
import dev.shale.testing.TestPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Every schema of the real-world corpus loads into a fresh database on every tested PostgreSQL
 * version it supports, and holds exactly the objects its {@code counts.properties} records.
 */
class RealWorldSchemasLoadTest {

  /** The kinds of object the corpus exists for: each must appear in at least one schema. */
  private static final List<String> KINDS_THE_CORPUS_COVERS =
      List.of(
          "extensions",
          "domains",
          "composite_types",
          "enums",
          "range_types",
          "functions",
          "procedures",
          "triggers",
          "event_triggers",
          "rls_tables",
          "policies",
          "partitioned_tables",
          "partitions",
          "exclusion_constraints",
          "collations",
          "unlogged_tables",
          "tables_with_storage_parameters",
          "views",
          "views_with_options",
          "materialized_views",
          "not_valid_constraints",
          "grants",
          "default_privileges");

  static Stream<Arguments> schemasOnEachVersion() {
    List<Arguments> args = new ArrayList<>();
    for (PgVersion v : TestPostgres.versions()) {
      for (RealWorldCorpus.Entry e : RealWorldCorpus.entries()) {
        // a schema that needs a newer server is not run on this one
        if (v.atLeast(e.minPgVersion())) {
          args.add(Arguments.of(v, e));
        }
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("schemasOnEachVersion")
  void loadsAndHoldsTheRecordedObjects(PgVersion version, RealWorldCorpus.Entry entry)
      throws SQLException {
    try (var db = TestPostgres.freshDatabase(version);
        Connection c = db.connectSimple()) {
      long t0 = System.nanoTime();
      Optional<String> prelude = entry.prelude();
      if (prelude.isPresent()) {
        run(c, entry + "/prelude.sql", prelude.get());
      }
      run(c, entry + "/schema.sql", entry.schema());
      long millis = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf("%s on %s: loaded in %d ms%n", entry, version, millis);

      assertEquals(entry.expectedCounts(), counts(c), entry + " on " + version);
    }
  }

  @Test
  void anEmptyDatabaseCountsOnlyItsPublicSchema() throws SQLException {
    try (var db = TestPostgres.freshDatabase();
        Connection c = db.connect()) {
      Map<String, Long> counts = counts(c);
      assertEquals(1L, counts.get("schemas"));
      counts.forEach((kind, n) -> assertTrue(kind.equals("schemas") || n == 0, kind + " = " + n));
    }
  }

  @Test
  void everyEntryIsDocumentedAndRecordsEveryKind() throws SQLException {
    List<String> kinds;
    try (var db = TestPostgres.freshDatabase();
        Connection c = db.connect()) {
      kinds = List.copyOf(counts(c).keySet());
    }
    List<RealWorldCorpus.Entry> entries = RealWorldCorpus.entries();
    assertFalse(entries.isEmpty(), "no corpus entries under " + RealWorldCorpus.root());
    for (RealWorldCorpus.Entry e : entries) {
      assertTrue(Files.isRegularFile(e.dir().resolve("SOURCE.md")), e + " has no SOURCE.md");
      assertEquals(kinds, List.copyOf(e.expectedCounts().keySet()), e + "/counts.properties");
      assertFalse(e.schema().isBlank(), e + " has an empty schema");
    }
  }

  @Test
  void theCorpusHoldsEveryKindItIsFor() {
    Map<String, Long> total = new LinkedHashMap<>();
    for (RealWorldCorpus.Entry e : RealWorldCorpus.entries()) {
      e.expectedCounts().forEach((kind, n) -> total.merge(kind, n, Long::sum));
    }
    for (String kind : KINDS_THE_CORPUS_COVERS) {
      assertTrue(total.getOrDefault(kind, 0L) > 0, "no schema of the corpus has any " + kind);
    }
  }

  private static Map<String, Long> counts(Connection c) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(RealWorldCorpus.countsQuery())) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  /**
   * Runs a whole script as psql would without {@code -1}: one simple-protocol query, so that the
   * {@code COMMIT}s some schemas hold between their migrations take effect. A failure names the
   * server's message and the failing line, not the whole (possibly 15,000-line) script.
   */
  private static void run(Connection c, String what, String sql) {
    try (Statement st = c.createStatement()) {
      st.setEscapeProcessing(false);
      st.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError(what + " does not load: " + describe(sql, e), e);
    }
  }

  private static String describe(String sql, SQLException e) {
    ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    if (m == null) {
      return e.getMessage();
    }
    StringBuilder b = new StringBuilder(m.getMessage());
    if (m.getWhere() != null) {
      b.append(" (").append(m.getWhere()).append(')');
    }
    int pos = m.getPosition();
    if (pos > 0 && pos <= sql.length()) {
      int start = sql.lastIndexOf('\n', pos - 1) + 1;
      int end = sql.indexOf('\n', pos - 1);
      long line = sql.substring(0, start).chars().filter(ch -> ch == '\n').count() + 1;
      b.append(" at line ")
          .append(line)
          .append(": ")
          .append(sql, start, end < 0 ? sql.length() : end);
    }
    return b.toString();
  }
}
