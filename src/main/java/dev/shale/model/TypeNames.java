package dev.shale.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
          Map.entry("timestamp", "timestamp without time zone"),
          Map.entry("timestamptz", "timestamp with time zone"),
          Map.entry("time", "time without time zone"),
          Map.entry("timetz", "time with time zone"));

  private static final Pattern WITH_MODIFIER =
      Pattern.compile("^([a-z0-9_ ]+?)\\s*\\(\\s*([0-9]+)\\s*(?:,\\s*([0-9]+)\\s*)?\\)(.*)$");

  private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");

  private TypeNames() {}

  /** The canonical spelling of a built-in or custom type name, without array brackets. */
  public static String canonical(String raw) {
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
      case "decimal", "numeric" -> "numeric(" + args + ")";
      case "timestamp" -> "timestamp(" + args + ")" + zone;
      case "timestamptz" -> "timestamp(" + args + ") with time zone";
      case "time" -> "time(" + args + ")" + zone;
      case "timetz" -> "time(" + args + ") with time zone";
      default -> base + "(" + args + ")" + (rest.isEmpty() ? "" : " " + rest);
    };
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
