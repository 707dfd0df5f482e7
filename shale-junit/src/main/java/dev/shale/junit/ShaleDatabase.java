package dev.shale.junit;

import dev.shale.Shale;
import dev.shale.db.DockerServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * A database migrated by Shale for a test class, or for every test:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ShaleDatabase DB = ShaleDatabase.migrated(Path.of("migrations")).perTest();
 *
 * @Test
 * void findsUsers(DataSource dataSource) { ... }     // or DB.dataSource(), DB.jdbcUrl()
 * }</pre>
 *
 * The migrations run once per JVM into a template database on one embedded PostgreSQL (or, with
 * {@link #onDocker(String)}, a Testcontainers container); each test class, or each test with {@link
 * #perTest()}, gets a fresh copy of it, dropped when the class or test ends. Nested classes share
 * their outer class's database. Databases are kept in JUnit's extension context, so tests and
 * classes may run in parallel.
 */
public final class ShaleDatabase
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(ShaleDatabase.class);

  private final Supplier<Path> migrations;
  private final boolean perTest;
  private final String historyTable;
  private final String dockerImage;
  private final ThreadLocal<Copy> current = new ThreadLocal<>();

  /** A copy of the template, dropped when the JUnit context that holds it closes. */
  private record Copy(PostgresServer server, String name)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      TemplateDatabases.drop(server, name);
    }
  }

  private ShaleDatabase(
      Supplier<Path> migrations, boolean perTest, String historyTable, String dockerImage) {
    this.migrations = migrations;
    this.perTest = perTest;
    this.historyTable = historyTable;
    this.dockerImage = dockerImage;
  }

  /** A database with the migrations of this folder applied. */
  public static ShaleDatabase migrated(Path migrations) {
    return new ShaleDatabase(() -> migrations, false, null, null);
  }

  /**
   * A database with the migrations of this class-path folder applied (also inside a jar); a missing
   * folder fails the tests that use it, saying so.
   */
  public static ShaleDatabase migratedFromClasspath(String resource) {
    return new ShaleDatabase(() -> Shale.classpathFolder(resource), false, null, null);
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
   * instead of the embedded server; add {@code org.testcontainers:testcontainers} to the test class
   * path. Where no Docker engine answers, the tests are skipped with a message that says so.
   */
  public ShaleDatabase onDocker(String image) {
    return new ShaleDatabase(migrations, perTest, historyTable, image);
  }

  /** The running test's database (in a test, or in its before/after methods). */
  public DataSource dataSource() {
    Copy copy = running();
    return copy.server().dataSource(copy.name());
  }

  /** The running test's database as a JDBC URL, with user and password. */
  public String jdbcUrl() {
    Copy copy = running();
    return copy.server().jdbcUrl(copy.name());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!perTest && find(context) == null) {
      try {
        store(context).put(this, copy());
      } catch (TestAbortedException e) {
        // said again by beforeEach, where JUnit reports it as the reason each test was skipped
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // per test, or registered on an instance field, where beforeAll is not called
    Copy copy = perTest ? null : find(context);
    if (copy == null) {
      copy = copy();
      store(context).put(this, copy);
    }
    current.set(copy);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    current.remove();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DataSource.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Copy copy = find(context);
    if (copy == null) {
      throw new IllegalStateException(
          "ShaleDatabase has no database for " + context.getDisplayName());
    }
    return copy.server().dataSource(copy.name());
  }

  private Copy find(ExtensionContext context) {
    return store(context).get(this, Copy.class);
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(NAMESPACE);
  }

  private Copy running() {
    Copy copy = current.get();
    if (copy == null) {
      throw new IllegalStateException(
          "ShaleDatabase has no database outside a test: register it with @RegisterExtension, and"
              + " ask for it in a test or in its @BeforeEach/@AfterEach methods");
    }
    return copy;
  }

  private Copy copy() {
    Path folder = migrations.get();
    PostgresServer server = server(folder);
    return new Copy(server, TemplateDatabases.copy(server, folder, historyTable));
  }

  private PostgresServer server(Path migrations) {
    if (!Files.isDirectory(migrations)) {
      throw new IllegalStateException(
          "ShaleDatabase: migrations folder "
              + migrations.toAbsolutePath()
              + " not found (paths are relative to the folder the tests run in)");
    }
    if (dockerImage == null) {
      return EmbeddedServer.shared();
    }
    if (!DockerServer.testcontainersPresent()) {
      throw new IllegalStateException(
          "onDocker(\""
              + dockerImage
              + "\") needs org.testcontainers:testcontainers on the test class path");
    }
    DockerServer.unavailable(dockerImage)
        .ifPresent(
            reason -> {
              throw new TestAbortedException(
                  "onDocker(\""
                      + dockerImage
                      + "\"): "
                      + reason
                      + "; drop onDocker(..) to use the embedded server");
            });
    return ContainerServer.shared(dockerImage);
  }
}
