package dev.shale.model;

import java.util.List;

/**
 * A composite type ({@code CREATE TYPE name AS (...)}): named fields in declared order. Columns,
 * other composites' fields and function arguments use it as a type.
 */
public record CompositeType(QualifiedName name, List<CompositeField> fields) {
  public CompositeType {
    if (name == null) {
      throw new IllegalArgumentException("a composite type needs a name");
    }
    fields = List.copyOf(fields);
  }

  public CompositeType withName(QualifiedName renamed) {
    return new CompositeType(renamed, fields);
  }

  public CompositeType withFields(List<CompositeField> replaced) {
    return new CompositeType(name, replaced);
  }

  public java.util.Optional<CompositeField> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }
}
