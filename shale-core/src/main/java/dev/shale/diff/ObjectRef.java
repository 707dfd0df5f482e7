package dev.shale.diff;

import java.util.List;

/**
 * A name as rename answers and questions spell it. Schemas are bare names; tables, enums,
 * sequences, views and indexes are {@code schema.name}; columns and constraints are {@code
 * schema.table.name}, enum values {@code schema.enum.value} (the value is everything after the
 * second dot, so a value with a dot needs the schema written). Flags may leave out {@code public.};
 * printed names do the same for columns, constraints and enum values.
 */
public record ObjectRef(ObjectKind kind, String key) {

  public static ObjectRef parse(ObjectKind kind, String text) {
    List<String> parts =
        kind == ObjectKind.ENUM_VALUE
            ? enumValueParts(text)
            : List.of(text.trim().split("\\.", -1));
    for (String part : parts) {
      if (part.isEmpty()) {
        throw new IllegalArgumentException("empty name part in '" + text + "'");
      }
    }
    int wanted = parts(kind);
    if (parts.size() > wanted || (wanted == 3 && parts.size() < 2)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a " + kind.flagName() + " name: write " + example(kind));
    }
    String key =
        parts.size() == wanted ? String.join(".", parts) : "public." + String.join(".", parts);
    return new ObjectRef(kind, key);
  }

  public static ObjectRef of(ObjectKind kind, String... parts) {
    return new ObjectRef(kind, String.join(".", parts));
  }

  /** The last part: the object's own name. */
  public String name() {
    if (kind == ObjectKind.ENUM_VALUE) {
      return key.substring(key.indexOf('.', key.indexOf('.') + 1) + 1);
    }
    return key.substring(key.lastIndexOf('.') + 1);
  }

  /** {@code [schema.]enum.value}: the value keeps any dots when the schema is written. */
  private static List<String> enumValueParts(String text) {
    List<String> parts = List.of(text.split("\\.", 3));
    return parts.size() == 3 || parts.size() < 2
        ? parts
        : List.of(parts.get(0), text.substring(parts.get(0).length() + 1));
  }

  /** The name as a user would type it in a flag. */
  public String display() {
    if ((kind == ObjectKind.COLUMN
            || kind == ObjectKind.CONSTRAINT
            || kind == ObjectKind.ENUM_VALUE
            || kind == ObjectKind.FIELD)
        && key.startsWith("public.")) {
      return key.substring("public.".length());
    }
    return key;
  }

  private static int parts(ObjectKind kind) {
    return switch (kind) {
      case SCHEMA -> 1;
      case COLUMN, CONSTRAINT, ENUM_VALUE, FIELD -> 3;
      default -> 2;
    };
  }

  private static String example(ObjectKind kind) {
    return switch (kind) {
      case SCHEMA -> "a schema name, e.g. auth";
      case COLUMN -> "table.column, e.g. users.avatar_url";
      case CONSTRAINT -> "table.constraint, e.g. users.users_email_key";
      case ENUM_VALUE -> "enum.value, e.g. plan.enterprise";
      case FIELD -> "type.field, e.g. address.zip";
      default -> "schema.name, e.g. public.users";
    };
  }
}
