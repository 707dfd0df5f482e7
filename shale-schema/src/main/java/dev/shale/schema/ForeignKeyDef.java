package dev.shale.schema;

import java.util.List;

/**
 * A (possibly composite) foreign key: {@code foreignKey("a_id", "b_id").references(() -> T, "a",
 * "b").onDelete(CASCADE)}.
 */
public final class ForeignKeyDef implements TablePart {
  private final List<String> columns;
  private TableRef target;
  private List<String> targetColumns = List.of();
  private FkAction onDelete = FkAction.NO_ACTION;
  private FkAction onUpdate = FkAction.NO_ACTION;
  private boolean deferrable;
  private boolean initiallyDeferred;
  private String name;
  private boolean notValid;

  ForeignKeyDef(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  public ForeignKeyDef references(java.util.function.Supplier<Table> table, String... columns) {
    this.target =
        TableRef.of(
            Args.notNull(table, what() + ": references(() -> TABLE, ...): the table supplier"));
    this.targetColumns = Args.names(columns, what() + ": references(...): the referenced columns");
    return this;
  }

  public ForeignKeyDef references(String table, String... columns) {
    this.target =
        TableRef.named(Args.notNull(table, what() + ": references(table, ...): the table name"));
    this.targetColumns = Args.names(columns, what() + ": references(...): the referenced columns");
    return this;
  }

  public ForeignKeyDef onDelete(FkAction action) {
    this.onDelete = Args.notNull(action, what() + ": onDelete(action): the action");
    return this;
  }

  public ForeignKeyDef onUpdate(FkAction action) {
    this.onUpdate = Args.notNull(action, what() + ": onUpdate(action): the action");
    return this;
  }

  /** DEFERRABLE INITIALLY IMMEDIATE. */
  public ForeignKeyDef deferrable() {
    this.deferrable = true;
    return this;
  }

  /** DEFERRABLE INITIALLY DEFERRED. */
  public ForeignKeyDef initiallyDeferred() {
    this.deferrable = true;
    this.initiallyDeferred = true;
    return this;
  }

  /**
   * NOT VALID: rows already in the table need not have a match (new and updated rows must). Shale
   * adds the key without checking the rows and never validates it on its own; remove notValid() to
   * have the next migration validate it.
   */
  public ForeignKeyDef notValid() {
    this.notValid = true;
    return this;
  }

  public boolean isNotValid() {
    return notValid;
  }

  public ForeignKeyDef name(String name) {
    this.name = Args.notNull(name, what() + ": name(name): the constraint name");
    return this;
  }

  private String what() {
    return "foreign key (" + String.join(", ", columns) + ")";
  }

  public List<String> columns() {
    return columns;
  }

  public TableRef target() {
    return target;
  }

  public List<String> targetColumns() {
    return targetColumns;
  }

  public FkAction onDeleteAction() {
    return onDelete;
  }

  public FkAction onUpdateAction() {
    return onUpdate;
  }

  public boolean isDeferrable() {
    return deferrable;
  }

  public boolean isInitiallyDeferred() {
    return initiallyDeferred;
  }

  public String explicitName() {
    return name;
  }
}
