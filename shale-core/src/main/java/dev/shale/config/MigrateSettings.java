package dev.shale.config;

import java.time.Duration;

/**
 * The {@code [migrate]} section of {@code shale.toml}; a null field was not set (the command's
 * default applies).
 *
 * @param lockTimeout {@code lockTimeout}
 * @param statementTimeout {@code statementTimeout}
 * @param lockRetries {@code lockRetries}
 * @param retryBackoff {@code retryBackoff}
 * @param lockWait {@code lockWait}
 */
public record MigrateSettings(
    Duration lockTimeout,
    Duration statementTimeout,
    Integer lockRetries,
    Duration retryBackoff,
    Duration lockWait) {

  public static final MigrateSettings NONE = new MigrateSettings(null, null, null, null, null);
}
