package dev.shale.diff;

import dev.shale.model.ColumnType;
import dev.shale.model.TypeNames;
import java.util.List;
import java.util.Set;

/**
 * Whether PostgreSQL can change a column's type without a USING clause (an implicit or assignment
 * cast exists).
 */
public final class Casts {
  private static final Set<String> NUMBERS =
      Set.of("smallint", "integer", "bigint", "real", "double precision", "numeric");
  private static final Set<String> STRINGS =
      Set.of("text", "character varying", "character", "bpchar");
  private static final Set<String> DATETIMES =
      Set.of("date", "timestamp without time zone", "timestamp with time zone");
  private static final Set<String> TIMES = Set.of("time without time zone", "time with time zone");

  /** Families of types that PostgreSQL casts to no type outside the family but strings. */
  private static final List<Set<String>> CLOSED_FAMILIES =
      List.of(
          Set.of("uuid"),
          Set.of("bytea"),
          Set.of(
              "date",
              "timestamp without time zone",
              "timestamp with time zone",
              "time without time zone",
              "time with time zone",
              "interval"),
          Set.of("inet", "cidr", "macaddr", "macaddr8"));

  private Casts() {}

  /** Whether ALTER COLUMN … TYPE needs no USING clause: an implicit or assignment cast exists. */
  public static boolean automatic(ColumnType from, ColumnType to) {
    if (from.dimensions() != to.dimensions()) {
      return !to.isArray() && !to.isUserDefined() && STRINGS.contains(base(to));
    }
    if (to.isUserDefined() || from.isUserDefined()) {
      return !to.isUserDefined() && STRINGS.contains(base(to));
    }
    String a = base(from);
    String b = base(to);
    if (a.equals(b)) {
      return true;
    }
    if (STRINGS.contains(b)) {
      return true;
    }
    return (NUMBERS.contains(a) && NUMBERS.contains(b))
        || (DATETIMES.contains(a) && DATETIMES.contains(b))
        || (TIMES.contains(a) && TIMES.contains(b));
  }

  /**
   * Whether PostgreSQL changes the type without rewriting the table or rebuilding its indexes: a
   * wider varchar, varchar to text, a wider numeric with the same scale, more time precision.
   */
  public static boolean binaryCoercible(ColumnType from, ColumnType to) {
    if (from.isUserDefined() || to.isUserDefined() || from.dimensions() != to.dimensions()) {
      return false;
    }
    String a = from.name();
    String b = to.name();
    if (a.startsWith("character varying") && (b.equals("text") || b.equals("character varying"))) {
      return true;
    }
    if (a.equals("text") && b.equals("character varying")) {
      return true;
    }
    int[] ma = modifiers(a);
    int[] mb = modifiers(b);
    if (!base(from).equals(base(to)) || ma == null) {
      return false;
    }
    if (mb == null) {
      return base(to).equals("character varying") || base(to).equals("numeric");
    }
    return switch (base(to)) {
      case "character varying" -> mb[0] >= ma[0];
      case "numeric" ->
          ma.length == mb.length && mb[0] >= ma[0] && (ma.length == 1 || ma[1] == mb[1]);
      case "timestamp without time zone",
              "timestamp with time zone",
              "time without time zone",
              "time with time zone" ->
          mb[0] >= ma[0];
      default -> false;
    };
  }

  private static int[] modifiers(String type) {
    int open = type.indexOf('(');
    if (open < 0) {
      return null;
    }
    String[] parts = type.substring(open + 1, type.indexOf(')')).split(",");
    int[] values = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Integer.parseInt(parts[i].trim());
    }
    return values;
  }

  /**
   * Whether a value of {@code from} reaches {@code to} only through its text form: {@code from} is
   * a scalar of a family PostgreSQL casts to no other type but strings (uuid, bytea, date and time,
   * network addresses), and {@code to} is a scalar outside it.
   */
  public static boolean onlyThroughText(ColumnType from, ColumnType to) {
    if (from.isUserDefined() || to.isUserDefined() || from.isArray() || to.isArray()) {
      return false;
    }
    String a = base(from);
    String b = base(to);
    return !STRINGS.contains(b)
        && CLOSED_FAMILIES.stream().anyMatch(f -> f.contains(a) && !f.contains(b));
  }

  /** Whether the type is a string type (text, varchar, char), which casts to any type. */
  public static boolean textual(ColumnType type) {
    return !type.isUserDefined() && STRINGS.contains(base(type));
  }

  /** The type without modifiers: {@code character varying(20)} is {@code character varying}. */
  public static String base(ColumnType type) {
    String name = TypeNames.serialBase(type.name());
    String stripped = name.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").trim();
    return stripped;
  }
}
