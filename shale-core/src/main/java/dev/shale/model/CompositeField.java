package dev.shale.model;

/** One field (attribute) of a {@link CompositeType}. */
public record CompositeField(String name, ColumnType type) {
  public CompositeField {
    if (name == null || name.isEmpty() || type == null) {
      throw new IllegalArgumentException("a composite field needs a name and a type");
    }
  }
}
