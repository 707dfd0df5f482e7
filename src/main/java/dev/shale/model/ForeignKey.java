package dev.shale.model;

import java.util.List;

public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName targetTable,
    List<String> targetColumns,
    String onDelete,
    String onUpdate,
    Deferral deferral) {

  /** Whether and how the constraint check may be deferred. */
  public enum Deferral {
    NOT_DEFERRABLE,
    DEFERRABLE_INITIALLY_IMMEDIATE,
    DEFERRABLE_INITIALLY_DEFERRED
  }

  public ForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
  }
}
