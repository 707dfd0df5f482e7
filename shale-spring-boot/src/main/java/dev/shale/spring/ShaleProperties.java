package dev.shale.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shale.*}: whether and where from Shale migrates at start-up, and the {@code [migrate]}
 * settings of shale.toml. Durations are written as in shale.toml ({@code 5s}, {@code 500ms}, {@code
 * 10min}, {@code 1h}; a number needs its unit). Unset durations and counts keep the migrator's
 * defaults.
 *
 * @param enabled run the migrations at start-up (default true)
 * @param locations the migrations folder: {@code classpath:db/migrations} (the default; also inside
 *     the application's jar) or {@code filesystem:/path}
 * @param historyTable the history table (default {@code shale.migrations})
 * @param lockTimeout lock_timeout for each statement
 * @param statementTimeout statement_timeout for each statement
 * @param lockRetries retries of a statement after a lock timeout
 * @param retryBackoff the first wait before a retry, then doubling
 * @param lockWait how long to wait for another instance's migrate (the advisory lock)
 * @param target migrate up to and including this migration only
 * @param outOfOrder apply migrations older than the newest applied one
 */
@ConfigurationProperties("shale")
public record ShaleProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("classpath:db/migrations") String locations,
    String historyTable,
    String lockTimeout,
    String statementTimeout,
    Integer lockRetries,
    String retryBackoff,
    String lockWait,
    String target,
    @DefaultValue("false") boolean outOfOrder) {}
