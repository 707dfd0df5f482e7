package dev.shale.schema;

import java.util.List;

/** An enum type: {@code enumType("role", "admin", "author", "reader")}. */
public final class PgEnum implements UserType {
  private final String schema;
  private final String name;
  private final List<String> values;

  PgEnum(String schema, String name, List<String> values) {
    this.schema = schema;
    this.name = name;
    this.values = List.copyOf(values);
  }

  /** The enum as a column type; {@code column("role", ROLE)} does the same. */
  @Override
  public DataType type() {
    return DataType.of(this);
  }

  /** An array of this enum. */
  @Override
  public DataType array() {
    return type().array();
  }

  @Override
  public String schema() {
    return schema;
  }

  @Override
  public String name() {
    return name;
  }

  public List<String> values() {
    return values;
  }

  String qualifiedName() {
    return schema + "." + name;
  }

  @Override
  public String toString() {
    return "enum " + qualifiedName();
  }
}
