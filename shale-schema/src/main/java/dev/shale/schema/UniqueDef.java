package dev.shale.schema;

import java.util.List;

/** A unique constraint over one or more columns: {@code unique("org_id", "slug")}. */
public final class UniqueDef implements TablePart {
  private final List<String> columns;
  private boolean nullsNotDistinct;
  private String name;

  UniqueDef(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  /** NULLS NOT DISTINCT (PostgreSQL 15+): two NULLs count as equal. */
  public UniqueDef nullsNotDistinct() {
    this.nullsNotDistinct = true;
    return this;
  }

  public UniqueDef name(String name) {
    this.name = Args.notNull(name, "unique " + columns + ": name(name): the constraint name");
    return this;
  }

  public List<String> columns() {
    return columns;
  }

  public boolean isNullsNotDistinct() {
    return nullsNotDistinct;
  }

  public String explicitName() {
    return name;
  }
}
