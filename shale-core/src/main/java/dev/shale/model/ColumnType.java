package dev.shale.model;

/**
 * A column type in canonical form. {@code name} is the base type as PostgreSQL's format_type prints
 * it ({@code character varying(255)}, {@code timestamp(3) with time zone}) or the pseudo-types
 * {@code serial}, {@code smallserial}, {@code bigserial}; {@code schema} is set only for
 * user-defined types (enums); {@code dimensions} is 1 for an array, else 0: PostgreSQL ignores the
 * number of brackets declared ({@code integer[][]} and {@code integer[]} are the same type), so the
 * model keeps one.
 */
public record ColumnType(String schema, String name, int dimensions) {
  public ColumnType {
    if (dimensions < 0) {
      throw new IllegalArgumentException("negative array dimensions: " + dimensions);
    }
    dimensions = Math.min(dimensions, 1);
    name = schema == null ? withNumericScale(name) : name;
  }

  /**
   * {@code numeric(p)} as {@code numeric(p,0)}, as format_type prints it: snapshots written before
   * the loader spelled it so still hold the short form, which must not read as another type.
   */
  private static String withNumericScale(String name) {
    if (!name.startsWith("numeric(") || !name.endsWith(")") || name.indexOf(',') >= 0) {
      return name;
    }
    String precision = name.substring("numeric(".length(), name.length() - 1).strip();
    return precision.matches("[1-9][0-9]{0,2}|1000") ? "numeric(" + precision + ",0)" : name;
  }

  public static ColumnType builtin(String name) {
    return new ColumnType(null, name, 0);
  }

  public boolean isUserDefined() {
    return schema != null;
  }

  public boolean isArray() {
    return dimensions > 0;
  }

  public boolean isSerial() {
    return schema == null && dimensions == 0 && name.endsWith("serial");
  }

  public QualifiedName userType() {
    return schema == null ? null : new QualifiedName(schema, name);
  }

  @Override
  public String toString() {
    return (schema == null ? name : schema + "." + name) + "[]".repeat(dimensions);
  }
}
