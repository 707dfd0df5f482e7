package dev.shale.junit;

import dev.shale.Shale;
import dev.shale.db.DockerServer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * A database migrated by Shale for a test class, or for every test:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ShaleDatabase db = ShaleDatabase.migrated(Path.of("migrations")).perTest();
 *
 * @Test
 * void findsUsers(DataSource dataSource) { ... }     // or db.dataSource(), db.jdbcUrl()
 * }</pre>
 *
 * The migrations run once per JVM into a template database on one embedded PostgreSQL (or, with
 * {@link #onDocker(String)}, a Testcontainers container); each test class, or each test with {@link
 * #perTest()}, gets a fresh copy of it, dropped afterwards. Register it as a static field.
 */
public final class ShaleDatabase
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver {
  private final Path migrations;
  private final boolean perTest;
  private final String historyTable;
  private final String dockerImage;
  private PostgresServer server;
  private String database;
  private boolean forOneTest;
  private TestAbortedException unavailable;

  private ShaleDatabase(Path migrations, boolean perTest, String historyTable, String dockerImage) {
    this.migrations = migrations;
    this.perTest = perTest;
    this.historyTable = historyTable;
    this.dockerImage = dockerImage;
  }

  /** A database with the migrations of this folder applied. */
  public static ShaleDatabase migrated(Path migrations) {
    return new ShaleDatabase(migrations, false, null, null);
  }

  /** A database with the migrations of this class-path folder applied (also inside a jar). */
  public static ShaleDatabase migratedFromClasspath(String resource) {
    return migrated(Shale.classpathFolder(resource));
  }

  /** A fresh database for every test, instead of one per test class. */
  public ShaleDatabase perTest() {
    return new ShaleDatabase(migrations, true, historyTable, dockerImage);
  }

  /** The history table, as {@code history} in shale.toml (default {@code shale.migrations}). */
  public ShaleDatabase historyTable(String qualifiedName) {
    return new ShaleDatabase(migrations, perTest, qualifiedName, dockerImage);
  }

  /**
   * A PostgreSQL container of this image (such as {@code postgres:16}) through Testcontainers,
   * instead of the embedded server. Without Testcontainers on the test class path or without a
   * Docker engine, the tests are skipped with a message that says which.
   */
  public ShaleDatabase onDocker(String image) {
    return new ShaleDatabase(migrations, perTest, historyTable, image);
  }

  /** The current test's database. */
  public DataSource dataSource() {
    return server().dataSource(current());
  }

  /** The current test's database as a JDBC URL, with user and password. */
  public String jdbcUrl() {
    return server().jdbcUrl(current());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!perTest) {
      try {
        database = TemplateDatabases.copy(start(), migrations, historyTable);
      } catch (TestAbortedException e) {
        // said on every test, where JUnit reports it as the reason each one was skipped
        unavailable = e;
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (unavailable != null) {
      throw unavailable;
    }
    // per test, or registered on an instance field, where beforeAll is not called
    if (perTest || database == null) {
      database = TemplateDatabases.copy(start(), migrations, historyTable);
      forOneTest = true;
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (forOneTest) {
      drop();
      forOneTest = false;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!perTest) {
      drop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DataSource.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    return dataSource();
  }

  private PostgresServer start() {
    if (server == null) {
      if (!Files.isDirectory(migrations)) {
        throw new IllegalStateException(
            "ShaleDatabase: migrations folder "
                + migrations.toAbsolutePath()
                + " not found (paths are relative to the folder the tests run in)");
      }
      server = dockerImage == null ? EmbeddedServer.shared() : container(dockerImage);
    }
    return server;
  }

  private static PostgresServer container(String image) {
    DockerServer.unavailable(image)
        .ifPresent(
            reason -> {
              throw new TestAbortedException(
                  "onDocker(\""
                      + image
                      + "\"): "
                      + reason
                      + "; drop onDocker(..) to use the embedded server");
            });
    return ContainerServer.shared(image);
  }

  private PostgresServer server() {
    if (server == null || database == null) {
      throw new IllegalStateException(
          "ShaleDatabase has no database outside a test: register it with @RegisterExtension on a"
              + " static field");
    }
    return server;
  }

  private String current() {
    server();
    return database;
  }

  private void drop() {
    if (database != null) {
      TemplateDatabases.drop(server, database);
      database = null;
    }
  }
}
