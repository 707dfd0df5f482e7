package dev.shale.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a literal default can become a value of its column's type, as PostgreSQL would when
 * the column is created or a row takes the default: {@code 'abc'} for an integer, a value an enum
 * does not have, {@code true} for an integer, {@code 1} for a boolean, {@code 'abcdef'} for a
 * varchar(3) or {@code 'someday'} for a date fail there, so they are reported with the rest of the
 * schema's problems instead. Conservative: what it cannot judge, it accepts.
 */
public final class DefaultLiterals {
  private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final Pattern BOOLEAN = Pattern.compile("(?i)true|false");
  private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-fA-F]{32}");
  private static final Pattern INTEGER_INPUT =
      Pattern.compile("[-+]?(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\\d[\\d_]*)");
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4,})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern CLOCK =
      Pattern.compile("(?:^|[ T])(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?");
  private static final Pattern MODIFIERS = Pattern.compile("\\(.*?\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** {@link #baseName} answers: thousands of columns share a few type names. */
  private static final Map<String, String> BASE_NAMES = new ConcurrentHashMap<>();

  private static final Set<String> DATE_TIME_WORDS =
      Set.of(
          "now",
          "today",
          "tomorrow",
          "yesterday",
          "infinity",
          "+infinity",
          "-infinity",
          "epoch",
          "allballs");
  private static final Set<String> FLOAT_WORDS =
      Set.of("nan", "infinity", "+infinity", "-infinity", "inf", "+inf", "-inf");

  /** Built-in types that neither a number nor a boolean can become. */
  private static final Set<String> NOT_FROM_NUMBER_OR_BOOLEAN =
      Set.of(
          "uuid",
          "date",
          "time without time zone",
          "time with time zone",
          "timestamp without time zone",
          "timestamp with time zone",
          "interval",
          "json",
          "jsonb",
          "bytea",
          "inet",
          "cidr",
          "macaddr",
          "macaddr8");

  private static final Set<String> NUMBER_TYPES =
      Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision");

  private DefaultLiterals() {}

  /** The value of a quoted literal ({@code 'it''s'} is {@code it's}), or null for anything else. */
  public static String quotedValue(String expression) {
    Matcher quoted = QUOTED.matcher(expression.strip());
    return quoted.matches() ? quoted.group(1).replace("''", "'") : null;
  }

  /**
   * Why {@code expression} cannot be a default of {@code type}, or null when it can or when it is
   * not a plain literal (an expression is left to PostgreSQL). {@code enumValues} are the values of
   * the column's enum, or null when the column is not of an enum type.
   */
  public static String problem(String expression, ColumnType type, List<String> enumValues) {
    if (type.isArray()) {
      return null;
    }
    String text = expression.strip();
    String quoted = quotedValue(text);
    boolean number = quoted == null && NUMBER.matcher(text).matches();
    boolean bool = quoted == null && BOOLEAN.matcher(text).matches();
    if (quoted == null && !number && !bool) {
      return null;
    }
    if (enumValues != null) {
      if (quoted == null) {
        return text + " is a " + (number ? "number" : "boolean") + ", not a value of enum " + type;
      }
      return enumValues.contains(quoted)
          ? null
          : "'" + quoted + "' is not a value of enum " + type + " " + enumValues;
    }
    if (type.isUserDefined()) {
      return null;
    }
    String full = TypeNames.serialBase(type.name());
    String base = TypeNames.memo(BASE_NAMES, full, DefaultLiterals::baseName);
    if (number) {
      return numberProblem(text, base, type);
    }
    if (bool) {
      return NUMBER_TYPES.contains(base) || NOT_FROM_NUMBER_OR_BOOLEAN.contains(base)
          ? text + " is a boolean; a " + type + " column cannot take it"
          : null;
    }
    return quotedProblem(text, quoted, full, base, type);
  }

  /**
   * The type name without modifiers: {@code character varying} for {@code character varying(20)}.
   */
  private static String baseName(String full) {
    return SPACES.matcher(MODIFIERS.matcher(full).replaceAll("")).replaceAll(" ").strip();
  }

  private static String numberProblem(String text, String base, ColumnType type) {
    if (base.equals("boolean")) {
      return text + " is a number; a boolean default is true or false";
    }
    if (NOT_FROM_NUMBER_OR_BOOLEAN.contains(base)) {
      return text + " is a number; a " + type + " column cannot take it";
    }
    if (TypeNames.isInteger(base)) {
      // A decimal number becomes an integer by rounding (an assignment cast), if it fits.
      BigInteger rounded = new BigDecimal(text).setScale(0, RoundingMode.HALF_UP).toBigInteger();
      if (!fits(rounded, base)) {
        return text + " is out of range for " + type;
      }
    }
    return null;
  }

  private static String quotedProblem(
      String text, String value, String full, String base, ColumnType type) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    boolean valid =
        switch (base) {
          case "smallint", "integer", "bigint" -> isIntegerInput(v, base);
          case "numeric", "real", "double precision" -> isNumber(v);
          case "boolean" -> isBoolean(v);
          case "uuid" -> isUuid(v);
          case "date",
                  "timestamp without time zone",
                  "timestamp with time zone",
                  "time without time zone",
                  "time with time zone" ->
              isDateTime(v, base.startsWith("time ") || base.equals("time"));
          default -> true;
        };
    if (!valid) {
      return text + " cannot be cast to " + type;
    }
    if (base.equals("character varying") || base.equals("character")) {
      Matcher length = Pattern.compile("\\((\\d+)\\)").matcher(full);
      if (length.find() && tooLong(value, Integer.parseInt(length.group(1)))) {
        return text
            + " is longer than "
            + type
            + " allows ("
            + value.codePointCount(0, value.length())
            + " characters)";
      }
    }
    return null;
  }

  /** Longer than n characters, not counting trailing spaces beyond n (PostgreSQL drops those). */
  private static boolean tooLong(String value, int n) {
    if (value.codePointCount(0, value.length()) <= n) {
      return false;
    }
    String beyond = value.substring(value.offsetByCodePoints(0, n));
    return !beyond.chars().allMatch(c -> c == ' ');
  }

  private static boolean fits(BigInteger value, String integerType) {
    return value.compareTo(BigInteger.valueOf(TypeNames.minValue(integerType))) >= 0
        && value.compareTo(BigInteger.valueOf(TypeNames.maxValue(integerType))) <= 0;
  }

  /** Integer input: decimal, or (PostgreSQL 16+) 0x, 0o, 0b prefixes and underscores. */
  private static boolean isIntegerInput(String v, String integerType) {
    if (!INTEGER_INPUT.matcher(v).matches()) {
      return false;
    }
    boolean negative = v.startsWith("-");
    String digits = v.replaceFirst("^[-+]", "").replace("_", "");
    int radix = 10;
    if (digits.length() > 2 && digits.charAt(0) == '0' && Character.isLetter(digits.charAt(1))) {
      radix =
          switch (digits.charAt(1)) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
          };
      digits = digits.substring(2);
    }
    if (digits.isEmpty()) {
      return false;
    }
    BigInteger parsed = new BigInteger(digits, radix);
    return fits(negative ? parsed.negate() : parsed, integerType);
  }

  private static boolean isNumber(String v) {
    if (FLOAT_WORDS.contains(v)) {
      return true;
    }
    try {
      new BigDecimal(v.replaceAll("(?<=\\d)_(?=\\d)", ""));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Boolean input: 1, 0, or any prefix of true, false, yes, no; on and off need two letters. */
  private static boolean isBoolean(String v) {
    if (v.equals("1") || v.equals("0")) {
      return true;
    }
    if (v.isEmpty()) {
      return false;
    }
    return "true".startsWith(v)
        || "false".startsWith(v)
        || "yes".startsWith(v)
        || "no".startsWith(v)
        || (v.length() >= 2 && ("on".startsWith(v) || "off".startsWith(v)));
  }

  private static boolean isUuid(String v) {
    String digits = v;
    if (digits.startsWith("{") && digits.endsWith("}")) {
      digits = digits.substring(1, digits.length() - 1);
    }
    return HEX_DIGITS.matcher(digits.replace("-", "")).matches();
  }

  /**
   * Clearly not a date or time: no digit at all and not one of the special words, or an ISO date or
   * a clock time with a field out of range. Anything else is left to PostgreSQL.
   */
  private static boolean isDateTime(String v, boolean timeOnly) {
    if (DATE_TIME_WORDS.contains(v)) {
      return true;
    }
    if (v.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    Matcher date = ISO_DATE.matcher(v);
    if (!timeOnly && date.find()) {
      try {
        int month = Integer.parseInt(date.group(2));
        int day = Integer.parseInt(date.group(3));
        if (month < 1 || month > 12 || day < 1) {
          return false;
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(date.group(1)), month);
        if (day > yearMonth.lengthOfMonth()) {
          return false;
        }
      } catch (NumberFormatException | DateTimeException e) {
        return true;
      }
    }
    Matcher clock = CLOCK.matcher(v);
    if (clock.find()) {
      int hour = Integer.parseInt(clock.group(1));
      int minute = Integer.parseInt(clock.group(2));
      int second = clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
      return hour <= 24 && minute <= 59 && second <= 60;
    }
    return true;
  }
}
