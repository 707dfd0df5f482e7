package dev.shale.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A partition's bound: {@code valuesFrom("2024-01-01").to("2025-01-01")}, {@code valuesIn("CA",
 * "OR")}, {@code valuesWith(4, 0)} (modulus, remainder) or {@code defaultPartition()}. Values are
 * strings, numbers or booleans, written as the key's type reads them; a range also takes {@link
 * Pg#MINVALUE} and {@link Pg#MAXVALUE}, a list {@code null}.
 */
public final class PartitionBoundDef {
  /** The kinds of bound. */
  public enum Kind {
    RANGE,
    LIST,
    HASH,
    DEFAULT
  }

  /** {@code MINVALUE} or {@code MAXVALUE} in a range bound. */
  public enum Limit {
    MINVALUE,
    MAXVALUE
  }

  private final Kind kind;
  private final List<Object> values;
  private List<Object> to;
  private final int modulus;
  private final int remainder;

  private PartitionBoundDef(Kind kind, Object[] values, int modulus, int remainder) {
    this.kind = kind;
    this.values =
        values == null
            ? Collections.singletonList(null)
            : Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
    this.modulus = modulus;
    this.remainder = remainder;
  }

  static PartitionBoundDef range(Object[] from) {
    return new PartitionBoundDef(Kind.RANGE, from, 0, 0);
  }

  static PartitionBoundDef list(Object[] values) {
    return new PartitionBoundDef(Kind.LIST, values, 0, 0);
  }

  static PartitionBoundDef hash(int modulus, int remainder) {
    return new PartitionBoundDef(Kind.HASH, new Object[0], modulus, remainder);
  }

  static PartitionBoundDef defaultBound() {
    return new PartitionBoundDef(Kind.DEFAULT, new Object[0], 0, 0);
  }

  /** A range's upper bound (exclusive), one value per key column. */
  public PartitionBoundDef to(Object... values) {
    if (kind != Kind.RANGE) {
      throw new IllegalStateException(
          "to(...) belongs to a range bound: valuesFrom(...).to(...), not to a " + kind + " bound");
    }
    this.to =
        values == null
            ? Collections.singletonList(null)
            : Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
    return this;
  }

  public Kind kind() {
    return kind;
  }

  /** A range's lower bound, or a list's values; empty for hash and default. */
  public List<Object> values() {
    return values;
  }

  /** A range's upper bound; null until {@link #to} is called. */
  public List<Object> upper() {
    return to;
  }

  public int modulus() {
    return modulus;
  }

  public int remainder() {
    return remainder;
  }
}
