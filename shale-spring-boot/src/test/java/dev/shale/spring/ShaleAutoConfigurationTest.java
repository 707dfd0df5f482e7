package dev.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.spring.bare.BareApplication;
import dev.shale.spring.library.Book;
import dev.shale.spring.library.BookRepository;
import dev.shale.spring.library.LibraryApplication;
import dev.shale.spring.library.Shelf;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A real Spring Boot application context on a real PostgreSQL (embedded). */
class ShaleAutoConfigurationTest {
  @TempDir Path dir;

  private static ConfigurableApplicationContext start(
      Class<?> application, FreshDatabase db, String... properties) {
    return new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=" + db.jdbcUrlWithCredentials())
        .properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off")
        .properties(properties)
        .run();
  }

  @Test
  void theApplicationStartsAfterShaleMigratedAndServesQueries() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase();
        ConfigurableApplicationContext context = start(LibraryApplication.class, db)) {
      // created while the context started: JDBC and jOOQ beans come after the migration, and
      // Hibernate validated its entity against the migrated table
      Shelf shelf = context.getBean(Shelf.class);
      assertThat(shelf.countedByJdbc()).isEqualTo(2);
      assertThat(shelf.countedByJooq()).isEqualTo(2);
      assertThat(context.getBean(BookRepository.class).findAllByOrderByTitle())
          .extracting(Book::getTitle)
          .containsExactly("Dune", "Emma");
      assertThat(context.getBean(ShaleMigrationInitializer.class).result().applied()).hasSize(2);
      assertThat(count(db, "SELECT count(*) FROM shale.migrations WHERE success")).isEqualTo(2);
    }
  }

  @Test
  void aSecondStartAppliesNothing() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      start(LibraryApplication.class, db).close();
      try (ConfigurableApplicationContext again = start(LibraryApplication.class, db)) {
        assertThat(again.getBean(ShaleMigrationInitializer.class).result().applied()).isEmpty();
        assertThat(again.getBean(Shelf.class).countedByJdbc()).isEqualTo(2);
      }
    }
  }

  @Test
  void shalePropertiesChooseTheFolderAndTheHistoryTable() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(
        folder.resolve("20260101000000_create_authors.sql"), "CREATE TABLE authors (name text);\n");
    try (FreshDatabase db = TestPostgres.freshDatabase();
        ConfigurableApplicationContext context =
            start(
                BareApplication.class,
                db,
                "shale.locations=filesystem:" + folder,
                "shale.history-table=app.schema_history",
                "shale.lock-timeout=2s",
                "shale.lock-retries=1")) {
      assertThat(count(db, "SELECT count(*) FROM app.schema_history")).isEqualTo(1);
      assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'authors'"))
          .isEqualTo(1);
      assertThat(context.getBean(ShaleProperties.class).lockTimeout()).isEqualTo("2s");
    }
  }

  @Test
  void aDurationWithoutItsUnitIsNamed() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThatThrownBy(() -> start(BareApplication.class, db, "shale.lock-timeout=5"))
          .satisfies(e -> assertThat(messages(e)).contains("shale.lock-timeout", "5ms or 5s"));
    }
  }

  @Test
  void disabledShaleLeavesTheDatabaseAlone() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase();
        ConfigurableApplicationContext context =
            start(BareApplication.class, db, "shale.enabled=false")) {
      assertThat(context.getBeansOfType(ShaleMigrationInitializer.class)).isEmpty();
      assertThat(count(db, "SELECT count(*) FROM pg_namespace WHERE nspname = 'shale'")).isZero();
    }
  }

  @Test
  void aFailingMigrationStopsTheStartWithShalesReport() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(
        folder.resolve("20260101000000_broken.sql"), "CREATE TABLE t (id int);\nSELEC 1;\n");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThatThrownBy(
              () -> start(BareApplication.class, db, "shale.locations=filesystem:" + folder))
          .satisfies(e -> assertThat(messages(e)).contains("20260101000000_broken.sql", "SELEC 1"));
      assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 't'")).isZero();
    }
  }

  @Test
  void aMissingFolderIsNamedWithWhatToDo() throws Exception {
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      assertThatThrownBy(
              () ->
                  start(
                      BareApplication.class,
                      db,
                      "shale.locations=filesystem:" + dir.resolve("nothing")))
          .satisfies(
              e ->
                  assertThat(messages(e))
                      .contains("shale.locations=filesystem:", "shale.enabled=false"));
    }
  }

  /** Every message of the exception and its causes, as Spring Boot prints them. */
  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  private static long count(FreshDatabase db, String sql) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
