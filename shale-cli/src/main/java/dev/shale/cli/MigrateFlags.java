package dev.shale.cli;

import dev.shale.config.DurationText;
import dev.shale.config.MigrateSettings;
import dev.shale.db.MigrateOptions;
import java.time.Duration;
import java.util.Objects;
import picocli.CommandLine.Option;

/** The flags of {@code migrate}, over the {@code [migrate]} section of shale.toml. */
final class MigrateFlags {
  @Option(names = "--target", paramLabel = "NAME", description = "Stop after this migration.")
  String target;

  @Option(
      names = "--allow-out-of-order",
      description = "Apply pending migrations older than the newest applied one.")
  boolean allowOutOfOrder;

  @Option(
      names = "--skip-validation",
      description = "Go on although applied migrations were changed or deleted (warns loudly).")
  boolean skipValidation;

  @Option(
      names = "--retry-failed",
      description = "Run failed no-transaction migrations again, from their first statement.")
  boolean retryFailed;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      description = "lock_timeout per statement (default 5s; 0 for none).")
  String lockTimeout;

  @Option(
      names = "--statement-timeout",
      paramLabel = "DURATION",
      description = "statement_timeout per statement (default 1h; 0 for none).")
  String statementTimeout;

  @Option(
      names = "--lock-retries",
      paramLabel = "N",
      description = "Retries of a migration that hit the lock timeout (default 3).")
  Integer lockRetries;

  @Option(
      names = "--retry-backoff",
      paramLabel = "DURATION",
      description = "Wait before the first retry, doubled for each next one (default 2s).")
  String retryBackoff;

  @Option(
      names = "--lock-wait",
      paramLabel = "DURATION",
      description = "How long to wait for another migrate to finish (default 10min).")
  String lockWait;

  MigrateOptions options(MigrateSettings settings) {
    return new MigrateOptions(
        pick(
            "--lock-timeout",
            lockTimeout,
            settings.lockTimeout(),
            MigrateOptions.DEFAULT_LOCK_TIMEOUT),
        pick(
            "--statement-timeout",
            statementTimeout,
            settings.statementTimeout(),
            MigrateOptions.DEFAULT_STATEMENT_TIMEOUT),
        retries(lockRetries, settings.lockRetries()),
        pick(
            "--retry-backoff",
            retryBackoff,
            settings.retryBackoff(),
            MigrateOptions.DEFAULT_RETRY_BACKOFF),
        pick("--lock-wait", lockWait, settings.lockWait(), MigrateOptions.DEFAULT_LOCK_WAIT),
        target,
        allowOutOfOrder,
        skipValidation,
        retryFailed);
  }

  private static int retries(Integer given, Integer configured) {
    if (given != null && (given < 0 || given > MigrateOptions.MAX_LOCK_RETRIES)) {
      throw new IllegalArgumentException(
          "--lock-retries "
              + given
              + ": give how often to retry after a lock timeout, from 0 to "
              + MigrateOptions.MAX_LOCK_RETRIES);
    }
    return Objects.requireNonNullElse(
        given, Objects.requireNonNullElse(configured, MigrateOptions.DEFAULT_LOCK_RETRIES));
  }

  static Duration pick(String flag, String given, Duration configured, Duration fallback) {
    if (given != null) {
      try {
        return DurationText.parse(given);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(flag + ": " + e.getMessage());
      }
    }
    return configured != null ? configured : fallback;
  }
}
