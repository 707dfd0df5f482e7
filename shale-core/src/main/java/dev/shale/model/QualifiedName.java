package dev.shale.model;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified object name. Ordered by schema, then name. */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
  private static final Comparator<QualifiedName> ORDER =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  public static QualifiedName parse(String text, String defaultSchema) {
    int dot = text.indexOf('.');
    return dot < 0
        ? new QualifiedName(defaultSchema, text)
        : new QualifiedName(text.substring(0, dot), text.substring(dot + 1));
  }

  @Override
  public int compareTo(QualifiedName other) {
    return ORDER.compare(this, other);
  }

  /**
   * The record's own equality, written out: this is the model's most used map key, and a record's
   * generated equals and hashCode are linked (method handles spun) on first use.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof QualifiedName other
        && Objects.equals(schema, other.schema)
        && Objects.equals(name, other.name);
  }

  /** The value the generated hashCode gives (31 times the schema's plus the name's). */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(schema) + Objects.hashCode(name);
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
