package dev.shale.schema;

import java.util.Objects;

/**
 * A column's data type as written in the schema: a built-in PostgreSQL type, a user enum, or a raw
 * custom type, with any number of array dimensions.
 */
public final class DataType {
  private final String sqlName;
  private final PgEnum enumType;
  private final int arrayDimensions;

  DataType(String sqlName, PgEnum enumType, int arrayDimensions) {
    this.sqlName = sqlName;
    this.enumType = enumType;
    this.arrayDimensions = arrayDimensions;
  }

  static DataType builtin(String sqlName) {
    return new DataType(Objects.requireNonNull(sqlName), null, 0);
  }

  static DataType of(PgEnum enumType) {
    return new DataType(null, Objects.requireNonNull(enumType), 0);
  }

  /** This type as a one-dimension-deeper array: {@code text().array()} is {@code text[]}. */
  public DataType array() {
    return new DataType(sqlName, enumType, arrayDimensions + 1);
  }

  /** The type's SQL name as written (for built-in and custom types); null for an enum. */
  public String sqlName() {
    return sqlName;
  }

  /** The enum this type refers to, or null. */
  public PgEnum enumType() {
    return enumType;
  }

  public int arrayDimensions() {
    return arrayDimensions;
  }

  @Override
  public String toString() {
    String base = enumType != null ? enumType.qualifiedName() : sqlName;
    return base + "[]".repeat(arrayDimensions);
  }
}
