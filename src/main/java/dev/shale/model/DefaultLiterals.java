package dev.shale.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a literal default can become a value of its column's type, as PostgreSQL would when
 * the column is created: {@code 'abc'} for an integer, or a value an enum does not have, fails
 * there, so it is reported with the rest of the schema's problems instead.
 */
public final class DefaultLiterals {
  private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final Pattern UUID =
      Pattern.compile(
          "\\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}}?");
  private static final Set<String> BOOLEAN_WORDS =
      Set.of("t", "true", "y", "yes", "on", "1", "f", "false", "n", "no", "off", "0");

  private DefaultLiterals() {}

  /**
   * Why {@code expression} cannot be a default of {@code type}, or null when it can or when it is
   * not a plain literal (an expression is left to PostgreSQL).
   */
  public static String problem(String expression, ColumnType type, List<String> enumValues) {
    if (type.isArray()) {
      return null;
    }
    String text = expression.strip();
    String value;
    var quoted = QUOTED.matcher(text);
    if (quoted.matches()) {
      value = quoted.group(1).replace("''", "'");
    } else if (NUMBER.matcher(text).matches()) {
      value = text;
    } else {
      return null;
    }
    if (enumValues != null) {
      return enumValues.contains(value)
          ? null
          : "'" + value + "' is not a value of enum " + type + " " + enumValues;
    }
    String base = TypeNames.serialBase(type.name()).replaceAll("\\(.*", "").strip();
    boolean valid =
        switch (base) {
          case "smallint" -> fitsLong(value, Short.MIN_VALUE, Short.MAX_VALUE);
          case "integer" -> fitsLong(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
          case "bigint" -> fitsLong(value, Long.MIN_VALUE, Long.MAX_VALUE);
          case "numeric", "real", "double precision" -> isNumber(value);
          case "boolean" -> BOOLEAN_WORDS.contains(value.strip().toLowerCase(Locale.ROOT));
          case "uuid" -> UUID.matcher(value.strip()).matches();
          default -> true;
        };
    return valid ? null : text + " cannot be cast to " + type;
  }

  private static boolean fitsLong(String value, long min, long max) {
    try {
      long parsed = Long.parseLong(value.strip());
      return parsed >= min && parsed <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isNumber(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("nan") || v.equals("infinity") || v.equals("-infinity")) {
      return true;
    }
    try {
      new BigDecimal(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
