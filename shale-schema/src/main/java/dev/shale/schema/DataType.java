package dev.shale.schema;

import java.util.Objects;

/**
 * A column's data type as written in the schema: a built-in PostgreSQL type, a user type (enum,
 * domain, composite), or a raw custom type, with any number of array dimensions.
 */
public final class DataType {
  private final String sqlName;
  private final UserType userType;
  private final int arrayDimensions;

  DataType(String sqlName, UserType userType, int arrayDimensions) {
    this.sqlName = sqlName;
    this.userType = userType;
    this.arrayDimensions = arrayDimensions;
  }

  static DataType builtin(String sqlName) {
    return new DataType(Objects.requireNonNull(sqlName), null, 0);
  }

  static DataType of(UserType userType) {
    return new DataType(null, Objects.requireNonNull(userType), 0);
  }

  /** This type as a one-dimension-deeper array: {@code text().array()} is {@code text[]}. */
  public DataType array() {
    return new DataType(sqlName, userType, arrayDimensions + 1);
  }

  /** The type's SQL name as written (for built-in and custom types); null for a user type. */
  public String sqlName() {
    return sqlName;
  }

  /** The enum this type refers to, or null. */
  public PgEnum enumType() {
    return userType instanceof PgEnum e ? e : null;
  }

  /** The enum, domain or composite type this type refers to, or null. */
  public UserType userType() {
    return userType;
  }

  public int arrayDimensions() {
    return arrayDimensions;
  }

  @Override
  public String toString() {
    String base = userType != null ? userType.schema() + "." + userType.name() : sqlName;
    return base + "[]".repeat(arrayDimensions);
  }
}
