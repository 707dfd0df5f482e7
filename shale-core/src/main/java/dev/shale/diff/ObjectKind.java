package dev.shale.diff;

import java.util.Locale;

/** The kinds of object a rename answer can name: {@code --rename KIND:FROM=TO}. */
public enum ObjectKind {
  SCHEMA,
  TABLE,
  COLUMN,
  ENUM,
  SEQUENCE,
  VIEW,
  INDEX,
  CONSTRAINT,
  ENUM_VALUE,
  DOMAIN,
  /** A composite type. */
  TYPE,
  /** A field of a composite type: {@code type.field}. */
  FIELD;

  public String flagName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ObjectKind parse(String text) {
    for (ObjectKind kind : values()) {
      if (kind.flagName().equals(text.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown object kind '"
            + text
            + "': use one of schema, table, column, enum, sequence, view, index, constraint,"
            + " enum-value, domain, type, field");
  }
}
