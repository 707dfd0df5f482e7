package dev.shale.spring;

import dev.shale.Shale;
import dev.shale.config.DurationText;
import dev.shale.db.MigrateOptions;
import dev.shale.db.MigrateResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
      migration = migration.lockTimeout(duration("lock-timeout", p.lockTimeout()));
    }
    if (p.statementTimeout() != null) {
      migration = migration.statementTimeout(duration("statement-timeout", p.statementTimeout()));
    }
    if (p.lockRetries() != null || p.retryBackoff() != null) {
      migration =
          migration.lockRetries(
              p.lockRetries() == null ? MigrateOptions.DEFAULT_LOCK_RETRIES : p.lockRetries(),
              p.retryBackoff() == null
                  ? MigrateOptions.DEFAULT_RETRY_BACKOFF
                  : duration("retry-backoff", p.retryBackoff()));
    }
    if (p.lockWait() != null) {
      migration = migration.lockWait(duration("lock-wait", p.lockWait()));
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

  /** A duration as shale.toml writes it, or an error that names the property. */
  private static Duration duration(String property, String text) {
    try {
      return DurationText.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("shale." + property + ": " + e.getMessage(), e);
    }
  }

  static Path folder(String location) {
    if (location.startsWith("classpath:")) {
      String resource = location.substring("classpath:".length()).replaceFirst("^/+", "");
      try {
        return Shale.classpathFolder(resource);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "shale.locations="
                + location
                + ": "
                + e.getMessage()
                + "; put the migrations in src/main/resources/"
                + resource
                + ", point shale.locations at them, or set shale.enabled=false",
            e);
      }
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
