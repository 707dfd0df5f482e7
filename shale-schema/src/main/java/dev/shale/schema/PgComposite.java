package dev.shale.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A composite type: {@code compositeType("address").field("street", text()).field("zip",
 * varchar(10))}. Fields may use enums, domains and other composites ({@code OTHER.type()}). A
 * column of it is {@code column("home", ADDRESS)}; a function argument takes {@code
 * ADDRESS.type()}.
 */
public final class PgComposite implements UserType {
  /** One field as declared. */
  public record Field(String name, DataType type) {}

  private final String schema;
  private final String name;
  private final List<Field> fields = new ArrayList<>();

  PgComposite(String schema, String name) {
    this.schema = schema;
    this.name = name;
  }

  /** A field, after the ones declared before it. */
  public PgComposite field(String name, DataType type) {
    String call = "composite type " + this.name + ": field(name, type)";
    fields.add(
        new Field(
            Args.notNull(name, call),
            Args.notNull(
                type,
                call
                    + " (if its type is a field, declare it above the composite: Java initializes"
                    + " static fields in order)")));
    return this;
  }

  /** A field of an enum, domain or composite type. */
  public PgComposite field(String name, UserType type) {
    return field(
        name,
        Args.notNull(
                type,
                "composite type "
                    + this.name
                    + ": field "
                    + name
                    + ": its type is still null here: declare it above the composite")
            .type());
  }

  @Override
  public DataType type() {
    return DataType.of(this);
  }

  @Override
  public String schema() {
    return schema;
  }

  @Override
  public String name() {
    return name;
  }

  public List<Field> fields() {
    return List.copyOf(fields);
  }

  @Override
  public String toString() {
    return "composite type " + schema + "." + name;
  }
}
