package dev.shale.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A partition's bound. Each value is kept as SQL text in one canonical spelling: a quoted literal
 * ({@code '2024-01-01'}, {@code '10'}: PostgreSQL gives an untyped literal the key's type, so a
 * number is quoted too) or one of {@code MINVALUE}, {@code MAXVALUE}, {@code NULL}.
 *
 * @param from a range's lower bounds, one per key element (empty for other kinds)
 * @param to a range's upper bounds
 * @param in a list partition's values
 * @param modulus a hash partition's modulus (0 for other kinds)
 * @param remainder a hash partition's remainder
 */
public record PartitionBound(
    Kind kind, List<String> from, List<String> to, List<String> in, int modulus, int remainder) {
  public enum Kind {
    RANGE,
    LIST,
    HASH,
    DEFAULT
  }

  public static final PartitionBound DEFAULT =
      new PartitionBound(Kind.DEFAULT, List.of(), List.of(), List.of(), 0, 0);

  public PartitionBound {
    from = List.copyOf(from);
    to = List.copyOf(to);
    in = List.copyOf(in);
  }

  public static PartitionBound range(List<String> from, List<String> to) {
    return new PartitionBound(Kind.RANGE, from, to, List.of(), 0, 0);
  }

  public static PartitionBound list(List<String> values) {
    return new PartitionBound(Kind.LIST, List.of(), List.of(), values, 0, 0);
  }

  public static PartitionBound hash(int modulus, int remainder) {
    return new PartitionBound(Kind.HASH, List.of(), List.of(), List.of(), modulus, remainder);
  }

  /** The bound as {@code CREATE TABLE … PARTITION OF} and {@code ATTACH PARTITION} write it. */
  public String sql() {
    return switch (kind) {
      case RANGE -> "FOR VALUES FROM (" + joined(from) + ") TO (" + joined(to) + ")";
      case LIST -> "FOR VALUES IN (" + joined(in) + ")";
      case HASH -> "FOR VALUES WITH (MODULUS " + modulus + ", REMAINDER " + remainder + ")";
      case DEFAULT -> "DEFAULT";
    };
  }

  /** A value as this model keeps it: a quoted literal of {@code content}. */
  public static String literal(String content) {
    return "'" + content.replace("'", "''") + "'";
  }

  private static String joined(List<String> values) {
    return values.stream().collect(Collectors.joining(", "));
  }
}
