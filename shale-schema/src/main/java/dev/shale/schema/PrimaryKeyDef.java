package dev.shale.schema;

import java.util.List;

/** A table-level (usually composite) primary key: {@code primaryKey("post_id", "tag_id")}. */
public final class PrimaryKeyDef implements TablePart {
  private final List<String> columns;
  private String name;

  PrimaryKeyDef(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  public PrimaryKeyDef name(String name) {
    this.name = Args.notNull(name, "primary key " + columns + ": name(name): the constraint name");
    return this;
  }

  public List<String> columns() {
    return columns;
  }

  public String explicitName() {
    return name;
  }
}
