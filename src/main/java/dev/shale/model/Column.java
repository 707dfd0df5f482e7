package dev.shale.model;

/**
 * A column. {@code defaultExpression} and {@code generatedExpression} are SQL text; at most one of
 * default, identity and generated is set.
 */
public record Column(
    String name,
    ColumnType type,
    boolean notNull,
    String defaultExpression,
    Identity identity,
    String generatedExpression,
    String comment) {

  public Column withName(String newName) {
    return new Column(
        newName, type, notNull, defaultExpression, identity, generatedExpression, comment);
  }
}
