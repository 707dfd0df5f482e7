package dev.shale.model;

import java.util.List;

public record EnumType(QualifiedName name, List<String> values) {
  public EnumType {
    values = List.copyOf(values);
  }
}
