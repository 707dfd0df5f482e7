package dev.shale.model;

/**
 * One key of an index: a column (expression null) or an expression (column null). {@code order} is
 * null for ASC; {@code nulls} is null for the default of that order.
 */
public record IndexElement(
    String column, String expression, String opclass, String order, String nulls) {

  /** This element with its column name or expression edited (a column renamed). */
  public IndexElement mapped(
      java.util.function.UnaryOperator<String> columns,
      java.util.function.UnaryOperator<String> expressions) {
    return new IndexElement(
        column == null ? null : columns.apply(column),
        expression == null ? null : expressions.apply(expression),
        opclass,
        order,
        nulls);
  }
}
