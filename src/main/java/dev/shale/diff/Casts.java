package dev.shale.diff;

import dev.shale.model.ColumnType;
import dev.shale.model.TypeNames;
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

  /** The type without modifiers: {@code character varying(20)} is {@code character varying}. */
  public static String base(ColumnType type) {
    String name = TypeNames.serialBase(type.name());
    String stripped = name.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").trim();
    return stripped;
  }
}
