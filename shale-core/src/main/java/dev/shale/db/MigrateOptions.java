package dev.shale.db;

import java.time.Duration;

/**
 * How {@code migrate} runs. Durations of zero mean "no limit" for the two timeouts.
 *
 * @param lockTimeout PostgreSQL {@code lock_timeout} for every statement: a statement that waits
 *     longer for a lock fails instead of queueing the application's queries behind it
 * @param statementTimeout PostgreSQL {@code statement_timeout} for every statement
 * @param lockRetries how often a transactional migration that hit the lock timeout is run again
 * @param retryBackoff the wait before the first retry; it doubles with each further retry
 * @param lockWait how long to wait for another {@code migrate} to finish (the advisory lock)
 * @param target apply up to and including this migration, or null for all
 * @param allowOutOfOrder apply pending migrations older than the newest applied one
 * @param skipValidation go on although applied migrations were changed or deleted
 * @param retryFailed run failed (no-transaction) migrations again from their first statement
 */
public record MigrateOptions(
    Duration lockTimeout,
    Duration statementTimeout,
    int lockRetries,
    Duration retryBackoff,
    Duration lockWait,
    String target,
    boolean allowOutOfOrder,
    boolean skipValidation,
    boolean retryFailed) {

  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofHours(1);
  public static final int DEFAULT_LOCK_RETRIES = 3;
  public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(2);
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);
  public static final int MAX_LOCK_RETRIES = 100;
  private static final Duration MAX_DURATION = Duration.ofMillis(Integer.MAX_VALUE);

  public MigrateOptions {
    requireNotNegative("lock timeout", lockTimeout);
    requireNotNegative("statement timeout", statementTimeout);
    requireNotNegative("retry backoff", retryBackoff);
    requireNotNegative("lock wait", lockWait);
    if (lockRetries < 0 || lockRetries > MAX_LOCK_RETRIES) {
      throw new IllegalArgumentException(
          "lock retries must be from 0 to " + MAX_LOCK_RETRIES + ", not " + lockRetries);
    }
  }

  /**
   * Whether {@code migrate} sets a lock_timeout for every statement, given the configured one
   * (null: the default): what {@code check} needs to know about the tool that applies the files.
   */
  public static boolean setsLockTimeout(Duration configured) {
    return (configured == null ? DEFAULT_LOCK_TIMEOUT : configured).compareTo(Duration.ZERO) > 0;
  }

  /** The defaults: lock timeout 5 s, statement timeout 1 h, 3 retries from 2 s, wait 10 min. */
  public static MigrateOptions defaults() {
    return new MigrateOptions(
        DEFAULT_LOCK_TIMEOUT,
        DEFAULT_STATEMENT_TIMEOUT,
        DEFAULT_LOCK_RETRIES,
        DEFAULT_RETRY_BACKOFF,
        DEFAULT_LOCK_WAIT,
        null,
        false,
        false,
        false);
  }

  private static void requireNotNegative(String what, Duration duration) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException(what + " must be zero or more, not " + duration);
    }
    if (duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          what + " must be at most 24 days (PostgreSQL's limit for timeouts), not " + duration);
    }
  }
}
