package dev.shale.sql.parse;

import java.util.List;

/**
 * A column's type, normalized so that rules can compare two spellings: built-in types under the
 * name {@code format_type} prints ({@code varchar(10)} is {@code character varying} with modifier
 * 10, {@code int4} is {@code integer}, {@code timestamptz} is {@code timestamp with time zone}, a
 * {@code pg_catalog.} qualifier dropped), other types under their folded, possibly qualified name.
 * {@code serial}, {@code bigserial} and {@code smallserial} stay as such (they are not types but
 * shorthands that rules look for).
 *
 * @param name the normalized name, without modifiers or array brackets
 * @param modifiers the type modifiers as written, e.g. {@code [10]} or {@code [12, 2]}; for {@code
 *     interval} its fields ({@code day to second}) come first
 * @param arrayDimensions the number of {@code []} (or {@code ARRAY}) suffixes
 */
public record ColumnType(String name, List<String> modifiers, int arrayDimensions) {

  public ColumnType {
    modifiers = List.copyOf(modifiers);
  }

  /** The type as {@code format_type} would print it, e.g. {@code numeric(12,2)[]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    String mods = modifiers.isEmpty() ? "" : "(" + String.join(",", modifiers) + ")";
    if (name.equals("interval")
        && !modifiers.isEmpty()
        && Character.isLetter(modifiers.get(0).charAt(0))) {
      List<String> precision = modifiers.subList(1, modifiers.size());
      out.append("interval ").append(modifiers.get(0));
      out.append(precision.isEmpty() ? "" : "(" + String.join(",", precision) + ")");
    } else if (name.endsWith(" with time zone") || name.endsWith(" without time zone")) {
      int space = name.indexOf(' ');
      out.append(name, 0, space).append(mods).append(name.substring(space));
    } else {
      out.append(name).append(mods);
    }
    out.append("[]".repeat(arrayDimensions));
    return out.toString();
  }
}
