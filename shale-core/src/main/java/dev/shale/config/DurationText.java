package dev.shale.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in {@code shale.toml} and on the command line: {@code 500ms}, {@code 5s},
 * {@code 10min}, {@code 1h}, {@code 2d}.
 */
public final class DurationText {
  private static final Pattern DURATION =
      Pattern.compile("(\\d+)\\s*(ms|s|min|h|d)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MINUTES_OR_MONTHS =
      Pattern.compile("(\\d+)\\s*m", Pattern.CASE_INSENSITIVE);

  /** PostgreSQL's limit for {@code lock_timeout} and {@code statement_timeout}: about 24.8 days. */
  private static final Duration MAX = Duration.ofMillis(Integer.MAX_VALUE);

  private static final String UNITS =
      "a whole number and a unit: ms, s, min, h or d (500ms, 5s, 10min, 1h, 2d; 0 for none),"
          + " at most 24 days";

  private DurationText() {}

  /**
   * Parses a whole number with a unit ({@code ms}, {@code s}, {@code min}, {@code h}, {@code d}),
   * at most 24 days (PostgreSQL's limit for timeouts); a bare number is refused (PostgreSQL reads
   * one as milliseconds, people as seconds), except {@code 0}.
   *
   * @throws IllegalArgumentException saying what is accepted
   */
  public static Duration parse(String text) {
    String given = text == null ? "" : text.strip();
    Matcher m = DURATION.matcher(given);
    if (!m.matches()) {
      Matcher minutes = MINUTES_OR_MONTHS.matcher(given);
      String hint =
          minutes.matches()
              ? " ('m' could be minutes or months: write " + minutes.group(1) + "min)"
              : "";
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration" + hint + ": write " + UNITS);
    }
    String digits = m.group(1);
    if (m.group(2) == null && !digits.matches("0+")) {
      throw new IllegalArgumentException(
          "'" + text + "' has no unit: write " + digits + "ms or " + digits + "s (" + UNITS + ")");
    }
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
    // more than 10 digits is more than 24 days even in milliseconds (and would overflow below)
    Duration duration =
        digits.replaceFirst("^0+(?=\\d)", "").length() > 10
            ? MAX.plusMillis(1)
            : switch (unit) {
              case "ms" -> Duration.ofMillis(Long.parseLong(digits));
              case "min" -> Duration.ofMinutes(Long.parseLong(digits));
              case "h" -> Duration.ofHours(Long.parseLong(digits));
              case "d" -> Duration.ofDays(Long.parseLong(digits));
              default -> Duration.ofSeconds(Long.parseLong(digits));
            };
    if (duration.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is more than 24 days, the longest PostgreSQL takes for a timeout"
              + " (2147483647ms): write 24d or less");
    }
    return duration;
  }
}
