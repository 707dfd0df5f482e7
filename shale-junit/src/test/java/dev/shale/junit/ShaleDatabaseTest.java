package dev.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.shale.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension as a test class uses it: the fixtures below are run through the JUnit engine
 * itself, and what they saw is checked here.
 */
class ShaleDatabaseTest {
  static final List<String> SEEN = new ArrayList<>();

  /** One database for the class: the second test sees the first one's row. */
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClassFixture {
    @RegisterExtension
    static final ShaleDatabase DB = ShaleDatabase.migrated(ProjectFiles.root("migrations-example"));

    @Test
    @Order(1)
    void first(DataSource dataSource) throws SQLException {
      SEEN.add("first " + DB.jdbcUrl());
      execute(dataSource, "INSERT INTO users (email, display_name) VALUES ('a@example.com', 'A')");
      SEEN.add("users " + count(dataSource, "SELECT count(*) FROM users"));
    }

    @Test
    @Order(2)
    void second() throws SQLException {
      SEEN.add("second " + DB.jdbcUrl());
      SEEN.add("users " + count(DB.dataSource(), "SELECT count(*) FROM users"));
      SEEN.add("applied " + count(DB.dataSource(), "SELECT count(*) FROM shale.migrations"));
    }
  }

  /** A database per test: the second test does not see the first one's row. */
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerTestFixture {
    @RegisterExtension
    static final ShaleDatabase DB =
        ShaleDatabase.migrated(ProjectFiles.root("migrations-example")).perTest();

    @Test
    @Order(1)
    void first(DataSource dataSource) throws SQLException {
      SEEN.add("first " + DB.jdbcUrl());
      execute(dataSource, "INSERT INTO users (email, display_name) VALUES ('a@example.com', 'A')");
    }

    @Test
    @Order(2)
    void second(DataSource dataSource) throws SQLException {
      SEEN.add("second " + DB.jdbcUrl());
      SEEN.add("users " + count(dataSource, "SELECT count(*) FROM users"));
    }
  }

  static class MissingFolderFixture {
    @RegisterExtension
    static final ShaleDatabase DB = ShaleDatabase.migrated(Path.of("no-such-dir"));

    @Test
    void never() {}
  }

  @Test
  void perClassTheTestsShareOneMigratedDatabase() {
    SEEN.clear();
    tests(PerClassFixture.class).assertStatistics(s -> s.succeeded(2).failed(0));

    assertThat(SEEN).hasSize(5);
    assertThat(url(SEEN.get(0))).isEqualTo(url(SEEN.get(2)));
    assertThat(SEEN).contains("users 1", "applied 3");
    assertThat(SEEN.get(3)).isEqualTo("users 1");
  }

  @Test
  void perTestEachTestGetsAFreshCopy() {
    SEEN.clear();
    tests(PerTestFixture.class).assertStatistics(s -> s.succeeded(2).failed(0));

    assertThat(url(SEEN.get(0))).isNotEqualTo(url(SEEN.get(1)));
    assertThat(SEEN.get(2)).isEqualTo("users 0");
  }

  @Test
  void aMissingMigrationsFolderIsNamed() {
    assertThat(failures(MissingFolderFixture.class))
        .anySatisfy(m -> assertThat(m).contains("no-such-dir", "not found"));
  }

  static Path broken;

  static class BrokenFixture {
    @RegisterExtension static final ShaleDatabase DB = ShaleDatabase.migrated(broken);

    @Test
    void never() {}
  }

  static class BrokenAgainFixture {
    @RegisterExtension static final ShaleDatabase DB = ShaleDatabase.migrated(broken);

    @Test
    void never() {}
  }

  @Test
  void aFailingMigrationIsReportedToEveryClassThatNeedsIt(@TempDir Path dir) throws Exception {
    broken = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(
        broken.resolve("20260101000000_broken.sql"), "CREATE TABLE t (id int);\nSELEC 1;\n");
    for (Class<?> fixture : List.of(BrokenFixture.class, BrokenAgainFixture.class)) {
      assertThat(failures(fixture))
          .anySatisfy(m -> assertThat(m).contains("20260101000000_broken.sql", "SELEC"));
    }
  }

  /** Nested classes share their outer class's database. */
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class OuterFixture {
    @RegisterExtension
    static final ShaleDatabase DB = ShaleDatabase.migrated(ProjectFiles.root("migrations-example"));

    @Test
    @Order(1)
    void outer() {
      SEEN.add("outer " + DB.jdbcUrl());
    }

    @Nested
    class Inner {
      @Test
      void inner() {
        SEEN.add("inner " + DB.jdbcUrl());
      }
    }
  }

  @Test
  void nestedClassesShareTheOuterDatabase() {
    SEEN.clear();
    tests(OuterFixture.class).assertStatistics(s -> s.succeeded(2).failed(0));
    assertThat(SEEN).hasSize(2);
    assertThat(url(SEEN.get(0))).isEqualTo(url(SEEN.get(1)));
  }

  /** Every message of every failure of the fixture's run, causes included. */
  private static List<String> failures(Class<?> fixture) {
    List<String> messages = new ArrayList<>();
    run(fixture).stream()
        .flatMap(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).stream())
        .flatMap(r -> r.getThrowable().stream())
        .forEach(
            t -> {
              for (Throwable c = t; c != null; c = c.getCause()) {
                messages.add(String.valueOf(c.getMessage()));
              }
            });
    return messages;
  }

  private static Events tests(Class<?> fixture) {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(fixture))
            .execute()
            .testEvents();
    tests.failed().stream()
        .flatMap(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).stream())
        .flatMap(r -> r.getThrowable().stream())
        .forEach(
            t -> {
              throw new AssertionError("a fixture test failed", t);
            });
    return tests;
  }

  private static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .execute()
        .allEvents();
  }

  private static String url(String seen) {
    return seen.substring(seen.indexOf(' ') + 1);
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
