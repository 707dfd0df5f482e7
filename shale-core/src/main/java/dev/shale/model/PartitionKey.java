package dev.shale.model;

import java.util.List;

/**
 * A partitioned table's key: its strategy and its columns or expressions, each with an optional
 * operator class ({@link IndexElement#order()} and {@link IndexElement#nulls()} stay null).
 */
public record PartitionKey(Strategy strategy, List<IndexElement> elements) {
  public enum Strategy {
    RANGE,
    LIST,
    HASH
  }

  public PartitionKey {
    elements = List.copyOf(elements);
  }

  /**
   * {@code (a + b)} as {@code a + b}: the model keeps an expression key without the parentheses
   * that wrap it whole (the SQL written puts one pair back).
   */
  public static String bareExpression(String expression) {
    String e = expression.strip();
    while (e.startsWith("(") && closes(e)) {
      e = e.substring(1, e.length() - 1).strip();
    }
    return e;
  }

  /** Whether the parenthesis that opens {@code e} is the one that ends it. */
  private static boolean closes(String e) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i == e.length() - 1;
      }
    }
    return false;
  }

  /** The columns of the key that are plain columns, in order. */
  public List<String> columns() {
    return elements.stream().map(IndexElement::column).filter(c -> c != null).toList();
  }
}
