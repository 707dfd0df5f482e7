package dev.shale.schema;

/**
 * One key of an index: a column or an expression, with an optional operator class, sort order and
 * nulls order ({@code nulls} is FIRST, LAST or null for the default). Immutable.
 */
public record IndexKey(
    String column, String expression, String opclass, boolean descending, String nulls) {

  public IndexKey desc() {
    return new IndexKey(column, expression, opclass, true, nulls);
  }

  public IndexKey asc() {
    return new IndexKey(column, expression, opclass, false, nulls);
  }

  public IndexKey nullsFirst() {
    return new IndexKey(column, expression, opclass, descending, "FIRST");
  }

  public IndexKey nullsLast() {
    return new IndexKey(column, expression, opclass, descending, "LAST");
  }

  public IndexKey opclass(String opclass) {
    return new IndexKey(column, expression, opclass, descending, nulls);
  }
}
