package dev.shale.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Canonical spelling of PostgreSQL type names, as format_type() prints them. */
public final class TypeNames {
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("int", "integer"),
          Map.entry("int4", "integer"),
          Map.entry("int2", "smallint"),
          Map.entry("int8", "bigint"),
          Map.entry("serial4", "serial"),
          Map.entry("serial2", "smallserial"),
          Map.entry("serial8", "bigserial"),
          Map.entry("float4", "real"),
          Map.entry("float8", "double precision"),
          Map.entry("float", "double precision"),
          Map.entry("bool", "boolean"),
          Map.entry("decimal", "numeric"),
          Map.entry("varchar", "character varying"),
          Map.entry("char", "character(1)"),
          Map.entry("character", "character(1)"),
          Map.entry("bpchar", "bpchar"),
          Map.entry("varbit", "bit varying"),
          Map.entry("bit", "bit(1)"),
          Map.entry("timestamp", "timestamp without time zone"),
          Map.entry("timestamptz", "timestamp with time zone"),
          Map.entry("time", "time without time zone"),
          Map.entry("timetz", "time with time zone"));

  private static final Pattern WITH_MODIFIER =
      Pattern.compile("^([a-z0-9_ ]+?)\\s*\\(\\s*([0-9]+)\\s*(?:,\\s*([0-9]+)\\s*)?\\)(.*)$");

  private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");

  /**
   * Answers of {@link #canonical} and {@link #modifierProblem} (pure functions of a name): a schema
   * spells its thousands of columns with a few dozen type names.
   */
  private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

  private static final Map<String, Optional<String>> MODIFIER_PROBLEMS = new ConcurrentHashMap<>();

  /** Beyond this many names a memo stops growing (only a pathological schema gets there). */
  private static final int MEMO_LIMIT = 4096;

  private TypeNames() {}

  static <V> V memo(Map<String, V> memo, String key, Function<String, V> compute) {
    V known = memo.get(key);
    if (known == null) {
      known = compute.apply(key);
      if (memo.size() < MEMO_LIMIT) {
        memo.put(key, known);
      }
    }
    return known;
  }

  /** The canonical spelling of a built-in or custom type name, without array brackets. */
  public static String canonical(String raw) {
    return memo(CANONICAL, raw, TypeNames::spell);
  }

  private static String spell(String raw) {
    String text = raw.trim().replaceAll("\\s+", " ");
    if (text.contains("\"")) {
      return text;
    }
    text = text.toLowerCase(Locale.ROOT);
    Matcher modifier = WITH_MODIFIER.matcher(text);
    if (modifier.matches()) {
      String base = modifier.group(1).trim();
      String args = modifier.group(2) + (modifier.group(3) == null ? "" : "," + modifier.group(3));
      String rest = modifier.group(4).trim();
      return withModifier(base, args, rest);
    }
    return switch (text) {
      case "timestamp with time zone",
              "timestamp without time zone",
              "time with time zone",
              "time without time zone" ->
          text;
      default -> ALIASES.getOrDefault(text, text);
    };
  }

  private static String withModifier(String base, String args, String rest) {
    String zone =
        switch (rest) {
          case "with time zone" -> " with time zone";
          default -> " without time zone";
        };
    return switch (base) {
      case "varchar", "character varying" -> "character varying(" + args + ")";
      case "char", "character", "bpchar" -> "character(" + args + ")";
      case "decimal", "numeric" -> "numeric(" + numericModifier(args) + ")";
      case "timestamp" -> "timestamp(" + args + ")" + zone;
      case "timestamptz" -> "timestamp(" + args + ") with time zone";
      case "time" -> "time(" + args + ")" + zone;
      case "timetz" -> "time(" + args + ") with time zone";
      case "varbit", "bit varying" -> "bit varying(" + args + ")";
      case "float" -> floatType(args);
      default -> base + "(" + args + ")" + (rest.isEmpty() ? "" : " " + rest);
    };
  }

  /**
   * format_type prints the scale even when it was left out ({@code numeric(20)} is {@code
   * numeric(20,0)}); a precision PostgreSQL refuses stays as written, for the problem's message.
   */
  private static String numericModifier(String args) {
    if (args.contains(",") || args.length() > 4) {
      return args;
    }
    int precision = Integer.parseInt(args);
    return precision >= 1 && precision <= 1000 ? args + ",0" : args;
  }

  /** float(p) is real for p up to 24 and double precision up to 53, as the grammar decides. */
  private static String floatType(String args) {
    if (!args.contains(",")) {
      int precision = Integer.parseInt(args);
      if (precision >= 1 && precision <= 24) {
        return "real";
      }
      if (precision >= 25 && precision <= 53) {
        return "double precision";
      }
    }
    return "float(" + args + ")";
  }

  private static final Pattern ANY_MODIFIER =
      Pattern.compile("^(.*?)\\s*\\(\\s*(-?[0-9]+)\\s*(?:,\\s*(-?[0-9]+)\\s*)?\\)(.*)$");

  /** The longest varchar(n) or character(n) PostgreSQL accepts. */
  public static final int MAX_STRING_LENGTH = 10_485_760;

  /** The longest bit(n) or bit varying(n) PostgreSQL accepts. */
  public static final int MAX_BIT_LENGTH = 83_886_080;

  /**
   * Why PostgreSQL would refuse (or silently change) the type modifier of {@code canonical}, a name
   * as {@link #canonical} returns it, or null when it is fine or has none: varchar(n) and
   * character(n) need 1 ≤ n ≤ 10485760, numeric(p, s) 1 ≤ p ≤ 1000 and -1000 ≤ s ≤ 1000 (a scale
   * outside 0..p needs PostgreSQL 15, see {@link #needsPostgres15}), time, timestamp and interval
   * precision 0 to 6, bit(n) 1 ≤ n ≤ 83886080, float(p) 1 ≤ p ≤ 53.
   */
  public static boolean needsPostgres15(String canonical) {
    Matcher m = ANY_MODIFIER.matcher(canonical);
    if (!m.matches() || !m.group(1).strip().equals("numeric") || m.group(3) == null) {
      return false;
    }
    try {
      long precision = Long.parseLong(m.group(2));
      long scale = Long.parseLong(m.group(3));
      return scale < 0 || scale > precision;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  public static String modifierProblem(String canonical) {
    return memo(MODIFIER_PROBLEMS, canonical, c -> Optional.ofNullable(findModifierProblem(c)))
        .orElse(null);
  }

  private static String findModifierProblem(String canonical) {
    Matcher m = ANY_MODIFIER.matcher(canonical);
    if (!m.matches()) {
      return null;
    }
    String base = m.group(1).strip();
    long first;
    Long second;
    try {
      first = Long.parseLong(m.group(2));
      second = m.group(3) == null ? null : Long.parseLong(m.group(3));
    } catch (NumberFormatException e) {
      return canonical + ": the type modifier is out of range";
    }
    switch (base) {
      case "character varying", "character" -> {
        if (second != null) {
          return canonical + ": " + base + " takes one length";
        }
        if (first < 1 || first > MAX_STRING_LENGTH) {
          return canonical
              + ": the length of "
              + base
              + " must be between 1 and "
              + MAX_STRING_LENGTH;
        }
      }
      case "numeric" -> {
        if (first < 1 || first > 1000) {
          return canonical + ": the precision of numeric must be between 1 and 1000";
        }
        if (second != null && (second < -1000 || second > 1000)) {
          return canonical + ": the scale of numeric must be between -1000 and 1000";
        }
      }
      case "time", "timestamp", "interval" -> {
        if (second != null) {
          return canonical + ": " + base + " takes one precision";
        }
        if (first < 0 || first > 6) {
          return canonical
              + ": the precision of "
              + base
              + " must be between 0 and 6 (PostgreSQL"
              + (first > 6 ? " would silently reduce it to 6)" : " refuses it)");
        }
      }
      case "bit", "bit varying" -> {
        if (second != null || first < 1 || first > MAX_BIT_LENGTH) {
          return canonical + ": the length of " + base + " must be between 1 and " + MAX_BIT_LENGTH;
        }
      }
      case "float" -> {
        return canonical + ": the precision of float must be between 1 and 53";
      }
      default -> {
        return null;
      }
    }
    return null;
  }

  public static boolean isInteger(String canonical) {
    return INTEGER_TYPES.contains(canonical);
  }

  /** The type a serial pseudo-type stands for. */
  public static String serialBase(String serial) {
    return switch (serial) {
      case "smallserial" -> "smallint";
      case "serial" -> "integer";
      case "bigserial" -> "bigint";
      default -> serial;
    };
  }

  /** The range of an integer type, for sequence option defaults. */
  public static long maxValue(String integerType) {
    return switch (integerType) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }

  public static long minValue(String integerType) {
    return switch (integerType) {
      case "smallint" -> Short.MIN_VALUE;
      case "integer" -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
  }
}
