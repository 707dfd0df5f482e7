package dev.shale.model;

import java.util.List;

public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {
  public UniqueConstraint {
    columns = List.copyOf(columns);
  }
}
