package dev.shale.model;

/**
 * The column a sequence is {@code OWNED BY}: dropping the column or its table drops the sequence,
 * and the sequence moves with its table to another schema. PostgreSQL requires the table to be in
 * the sequence's schema.
 */
public record SequenceOwner(QualifiedName table, String column) {
  @Override
  public String toString() {
    return table + "." + column;
  }
}
