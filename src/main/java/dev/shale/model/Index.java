package dev.shale.model;

import java.util.List;

/** An index; {@code method} is null for btree, {@code where} null when not partial. */
public record Index(
    String name,
    boolean unique,
    boolean nullsNotDistinct,
    String method,
    List<IndexElement> elements,
    List<String> include,
    String where) {
  public Index {
    elements = List.copyOf(elements);
    include = List.copyOf(include);
  }
}
