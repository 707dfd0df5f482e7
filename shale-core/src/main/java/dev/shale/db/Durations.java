package dev.shale.db;

import java.time.Duration;

/** Durations as people read them, and as PostgreSQL settings take them. */
public final class Durations {
  private Durations() {}

  /** {@code 250 ms}, {@code 5 s}, {@code 2.5 s}, {@code 10 min}, {@code 1 h}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms % 3_600_000 == 0) {
      return ms / 3_600_000 + " h";
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + " min";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  /** The value for {@code SET lock_timeout = …}: milliseconds, 0 for none. */
  static String setting(Duration d) {
    return "'" + d.toMillis() + "ms'";
  }
}
