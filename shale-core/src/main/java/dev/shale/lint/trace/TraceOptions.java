package dev.shale.lint.trace;

import java.time.Duration;

/**
 * How a trace runs.
 *
 * @param rowsPerTable rows put into every empty table before each file, so that validation, index
 *     builds, rewrites and scans have something to do
 * @param oneDeploy whether the files deploy together: then what one creates is new for the others
 *     (statements on it put nobody at risk); otherwise only what a file itself creates is
 * @param waitLimit how long a CONCURRENTLY statement may run before the trace gives up on it
 * @param lockTimeout the lock_timeout the tool that applies the files sets for them (shale migrate
 *     does), set for the trace's session too; null when the tool sets none
 */
public record TraceOptions(
    int rowsPerTable, boolean oneDeploy, Duration waitLimit, Duration lockTimeout) {
  public static TraceOptions defaults() {
    return new TraceOptions(3, true, Duration.ofSeconds(60), null);
  }

  /** These options with the tool's lock_timeout (null: none). */
  public TraceOptions withLockTimeout(Duration lockTimeout) {
    return new TraceOptions(rowsPerTable, oneDeploy, waitLimit, lockTimeout);
  }
}
