package dev.shale.model;

import java.util.List;

public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName targetTable,
    List<String> targetColumns,
    String onDelete,
    String onUpdate,
    Deferral deferral,
    boolean notValid) {

  /** Whether and how the constraint check may be deferred. */
  public enum Deferral {
    NOT_DEFERRABLE,
    DEFERRABLE_INITIALLY_IMMEDIATE,
    DEFERRABLE_INITIALLY_DEFERRED;

    /** The deferral PostgreSQL's two flags ({@code condeferrable}, {@code condeferred}) mean. */
    public static Deferral of(boolean deferrable, boolean initiallyDeferred) {
      return initiallyDeferred
          ? DEFERRABLE_INITIALLY_DEFERRED
          : deferrable ? DEFERRABLE_INITIALLY_IMMEDIATE : NOT_DEFERRABLE;
    }
  }

  /**
   * @param notValid declared {@code NOT VALID}: rows that were there when it was added need not
   *     meet it, and Shale never validates it on its own (a validated key satisfies this too)
   */
  public ForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
  }

  public ForeignKey(
      String name,
      List<String> columns,
      QualifiedName targetTable,
      List<String> targetColumns,
      String onDelete,
      String onUpdate,
      Deferral deferral) {
    this(name, columns, targetTable, targetColumns, onDelete, onUpdate, deferral, false);
  }

  public ForeignKey withName(String replaced) {
    return new ForeignKey(
        replaced, columns, targetTable, targetColumns, onDelete, onUpdate, deferral, notValid);
  }

  public ForeignKey withColumns(List<String> own, List<String> target) {
    return new ForeignKey(name, own, targetTable, target, onDelete, onUpdate, deferral, notValid);
  }

  public ForeignKey withTargetTable(QualifiedName replaced) {
    return new ForeignKey(
        name, columns, replaced, targetColumns, onDelete, onUpdate, deferral, notValid);
  }

  public ForeignKey withDeferral(Deferral replaced) {
    return new ForeignKey(
        name, columns, targetTable, targetColumns, onDelete, onUpdate, replaced, notValid);
  }

  public ForeignKey withNotValid(boolean replaced) {
    return new ForeignKey(
        name, columns, targetTable, targetColumns, onDelete, onUpdate, deferral, replaced);
  }
}
