package dev.shale.sql.parse;

import java.util.List;

/**
 * A column as CREATE TABLE or ADD COLUMN declares it.
 *
 * @param type the type; null in {@code CREATE TABLE ... PARTITION OF} and typed tables, where a
 *     column only adds options
 * @param collation the {@code COLLATE} name, or null
 * @param constraints inline constraints in order: NOT NULL, NULL, DEFAULT, CHECK, UNIQUE, PRIMARY
 *     KEY, REFERENCES, GENERATED, IDENTITY
 */
public record ColumnDef(
    Span span, String name, ColumnType type, String collation, List<Constraint> constraints) {

  public ColumnDef {
    constraints = List.copyOf(constraints);
  }

  /** The first inline constraint of the given kind, or null. */
  public <T extends Constraint> T constraint(Class<T> kind) {
    for (Constraint c : constraints) {
      if (kind.isInstance(c)) {
        return kind.cast(c);
      }
    }
    return null;
  }

  /** Whether the column is declared NOT NULL (or PRIMARY KEY, which implies it). */
  public boolean notNull() {
    return constraint(Constraint.NotNull.class) != null
        || constraint(Constraint.PrimaryKey.class) != null;
  }
}
