package dev.shale.sql.parse;

import dev.shale.sql.Identifiers;

/**
 * A possibly schema-qualified name as PostgreSQL resolves its spelling: unquoted parts folded to
 * lower case (ASCII letters only, as PostgreSQL does in UTF-8), quoted parts kept as written, both
 * truncated to 63 bytes. A database qualifier ({@code db.schema.name}) is dropped.
 *
 * @param schema the schema, or null when the name is not qualified
 * @param name the object's own name
 */
public record QualifiedName(String schema, String name) {

  /** An unqualified name. */
  public static QualifiedName of(String name) {
    return new QualifiedName(null, name);
  }

  /** The name as SQL would write it: parts quoted where they need it. */
  @Override
  public String toString() {
    return schema == null
        ? Identifiers.quote(name)
        : Identifiers.quote(schema) + "." + Identifiers.quote(name);
  }
}
