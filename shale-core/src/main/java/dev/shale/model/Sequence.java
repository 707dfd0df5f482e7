package dev.shale.model;

/**
 * A standalone sequence; {@code dataType} is smallint, integer or bigint; {@code ownedBy} the
 * column that owns it, or null.
 */
public record Sequence(
    QualifiedName name, String dataType, SequenceOptions options, SequenceOwner ownedBy) {

  public Sequence withName(QualifiedName renamed) {
    return new Sequence(renamed, dataType, options, ownedBy);
  }

  public Sequence withOwner(SequenceOwner owner) {
    return new Sequence(name, dataType, options, owner);
  }

  /** Whether {@code table} (any column of it) owns this sequence. */
  public boolean ownedByTable(QualifiedName table) {
    return ownedBy != null && ownedBy.table().equals(table);
  }
}
