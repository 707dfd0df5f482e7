package dev.shale.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in {@code shale.toml} and on the command line: {@code 500ms}, {@code 5s}.
 */
public final class DurationText {
  private static final Pattern DURATION =
      Pattern.compile("(\\d+)\\s*(ms|s|min|h)?", Pattern.CASE_INSENSITIVE);

  private DurationText() {}

  /**
   * Parses a whole number with a unit ({@code ms}, {@code s}, {@code min}, {@code h}); a bare
   * number is refused (PostgreSQL reads one as milliseconds, people as seconds), except {@code 0}.
   *
   * @throws IllegalArgumentException saying what is accepted
   */
  public static Duration parse(String text) {
    Matcher m = DURATION.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration: write e.g. 500ms, 5s, 10min or 1h (0 for none)");
    }
    if (m.group(2) == null && !m.group(1).matches("0+")) {
      throw new IllegalArgumentException(
          "'" + text + "' has no unit: write " + m.group(1) + "ms or " + m.group(1) + "s");
    }
    if (m.group(1).length() > 9) {
      throw new IllegalArgumentException("'" + text + "' is too long a duration");
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(java.util.Locale.ROOT);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "min" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
