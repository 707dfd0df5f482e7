package dev.shale.schema;

import java.util.ArrayList;
import java.util.List;

/** A table: {@code table("users", column("id", bigint()).primaryKey(), ...)}. */
public final class Table {
  private final String schema;
  private final String name;
  private final List<TablePart> parts;
  private String comment;

  Table(String schema, String name, List<TablePart> parts) {
    this.schema = schema;
    this.name = name;
    this.parts = List.copyOf(new ArrayList<>(parts));
  }

  public Table comment(String text) {
    this.comment = text;
    return this;
  }

  public String schema() {
    return schema;
  }

  public String name() {
    return name;
  }

  public List<TablePart> parts() {
    return parts;
  }

  public String commentText() {
    return comment;
  }

  @Override
  public String toString() {
    return "table " + schema + "." + name;
  }
}
