package dev.shale.schema;

/** A type the schema declares and columns, fields and arguments use: enum, domain, composite. */
public sealed interface UserType permits PgEnum, PgDomain, PgComposite {
  String schema();

  String name();

  /** This type as a column, field or argument type. */
  DataType type();

  /** An array of this type. */
  default DataType array() {
    return type().array();
  }
}
