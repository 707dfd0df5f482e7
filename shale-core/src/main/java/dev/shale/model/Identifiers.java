package dev.shale.model;

import java.nio.charset.StandardCharsets;

/**
 * Which names PostgreSQL keeps as they are. A name longer than 63 bytes would be cut short
 * (silently, with only a NOTICE), so two long names could become one and the catalog would differ
 * from the declaration; an empty name is a syntax error; schema names starting with {@code pg_} are
 * reserved for the system.
 */
public final class Identifiers {
  private Identifiers() {}

  /** Why PostgreSQL cannot keep {@code name} as it is, or null when it can. */
  public static String problem(String name) {
    if (name == null) {
      return "it has no name";
    }
    if (name.isEmpty()) {
      return "the name is empty";
    }
    if (name.indexOf('\0') >= 0) {
      return "the name \"" + name.replace("\0", "\\0") + "\" contains a NUL character";
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > PgNames.MAX_IDENTIFIER_BYTES) {
      return "the name \""
          + name
          + "\" is "
          + bytes
          + " bytes long; PostgreSQL keeps at most "
          + PgNames.MAX_IDENTIFIER_BYTES
          + " bytes of a name and would cut it to \""
          + PgNames.makeObjectName(name, null, null)
          + "\": use a shorter name";
    }
    return null;
  }

  /** As {@link #problem}, and the {@code pg_} prefix is reserved for system schemas. */
  public static String schemaProblem(String name) {
    String problem = problem(name);
    if (problem == null && name.startsWith("pg_")) {
      return "the schema name \""
          + name
          + "\" starts with pg_, which is reserved for system schemas";
    }
    return problem;
  }
}
