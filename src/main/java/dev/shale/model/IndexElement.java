package dev.shale.model;

/**
 * One key of an index: a column (expression null) or an expression (column null). {@code order} is
 * null for ASC; {@code nulls} is null for the default of that order.
 */
public record IndexElement(
    String column, String expression, String opclass, String order, String nulls) {}
