package dev.shale.spring;

import dev.shale.Shale;
import dev.shale.db.MigrateOptions;
import dev.shale.db.MigrateResult;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the pending migrations when the application context creates it: before any bean that uses
 * the database, which Spring Boot makes depend on it (see {@link
 * ShaleDatabaseInitializerDetector}).
 */
public class ShaleMigrationInitializer implements InitializingBean {
  private final DataSource dataSource;
  private final ShaleProperties properties;
  private MigrateResult result;

  public ShaleMigrationInitializer(DataSource dataSource, ShaleProperties properties) {
    this.dataSource = dataSource;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    Shale.Migration migration = Shale.migrator(dataSource, folder(properties.locations()));
    ShaleProperties p = properties;
    if (p.historyTable() != null) {
      migration = migration.historyTable(p.historyTable());
    }
    if (p.lockTimeout() != null) {
      migration = migration.lockTimeout(p.lockTimeout());
    }
    if (p.statementTimeout() != null) {
      migration = migration.statementTimeout(p.statementTimeout());
    }
    if (p.lockRetries() != null || p.retryBackoff() != null) {
      migration =
          migration.lockRetries(
              p.lockRetries() == null ? MigrateOptions.DEFAULT_LOCK_RETRIES : p.lockRetries(),
              p.retryBackoff() == null ? MigrateOptions.DEFAULT_RETRY_BACKOFF : p.retryBackoff());
    }
    if (p.lockWait() != null) {
      migration = migration.lockWait(p.lockWait());
    }
    if (p.target() != null) {
      migration = migration.target(p.target());
    }
    result = migration.allowOutOfOrder(p.outOfOrder()).migrate();
  }

  /** What the start-up migrate applied. */
  public MigrateResult result() {
    return result;
  }

  static Path folder(String location) {
    if (location.startsWith("classpath:")) {
      String resource = location.substring("classpath:".length()).replaceFirst("^/+", "");
      return Shale.classpathFolder(resource);
    }
    Path path = Path.of(location.startsWith("filesystem:") ? location.substring(11) : location);
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException(
          "shale.locations="
              + location
              + ": no such folder ("
              + path.toAbsolutePath()
              + "); create it, point shale.locations at the migrations, or set"
              + " shale.enabled=false");
    }
    return path;
  }
}
