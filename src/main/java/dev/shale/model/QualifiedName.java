package dev.shale.model;

import java.util.Comparator;

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

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
