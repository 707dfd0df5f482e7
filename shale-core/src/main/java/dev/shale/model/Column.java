package dev.shale.model;

/**
 * A column. {@code defaultExpression} and {@code generatedExpression} are SQL text; at most one of
 * default, identity and generated is set.
 *
 * @param collation the column's own collation ({@code COLLATE}), or null for its type's default;
 *     built-in ones are in schema {@code pg_catalog}
 * @param replaces the column this one replaces by expand and contract, as declared; null in every
 *     model but a declared one (a snapshot or a database holds the pair as its columns and trigger)
 */
public record Column(
    String name,
    ColumnType type,
    boolean notNull,
    String defaultExpression,
    Identity identity,
    String generatedExpression,
    String comment,
    QualifiedName collation,
    ColumnReplacement replaces) {

  public Column(
      String name,
      ColumnType type,
      boolean notNull,
      String defaultExpression,
      Identity identity,
      String generatedExpression,
      String comment,
      QualifiedName collation) {
    this(
        name,
        type,
        notNull,
        defaultExpression,
        identity,
        generatedExpression,
        comment,
        collation,
        null);
  }

  public Column(
      String name,
      ColumnType type,
      boolean notNull,
      String defaultExpression,
      Identity identity,
      String generatedExpression,
      String comment) {
    this(name, type, notNull, defaultExpression, identity, generatedExpression, comment, null);
  }

  public Column withName(String newName) {
    return new Column(
        newName,
        type,
        notNull,
        defaultExpression,
        identity,
        generatedExpression,
        comment,
        collation,
        replaces);
  }

  public Column withType(ColumnType replaced) {
    return new Column(
        name,
        replaced,
        notNull,
        defaultExpression,
        identity,
        generatedExpression,
        comment,
        collation,
        replaces);
  }

  public Column withNotNull(boolean replaced) {
    return new Column(
        name,
        type,
        replaced,
        defaultExpression,
        identity,
        generatedExpression,
        comment,
        collation,
        replaces);
  }

  public Column withDefaultExpression(String replaced) {
    return new Column(
        name, type, notNull, replaced, identity, generatedExpression, comment, collation, replaces);
  }

  public Column withIdentity(Identity replaced) {
    return new Column(
        name,
        type,
        notNull,
        defaultExpression,
        replaced,
        generatedExpression,
        comment,
        collation,
        replaces);
  }

  public Column withGeneratedExpression(String replaced) {
    return new Column(
        name, type, notNull, defaultExpression, identity, replaced, comment, collation, replaces);
  }

  public Column withReplaces(ColumnReplacement replaced) {
    return new Column(
        name,
        type,
        notNull,
        defaultExpression,
        identity,
        generatedExpression,
        comment,
        collation,
        replaced);
  }
}
