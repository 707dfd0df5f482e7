package dev.shale.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names PostgreSQL itself gives to constraints, indexes and sequences that the user did not
 * name (makeObjectName, ChooseRelationName and ChooseIndexColumnNames in the server), truncated to
 * 63 bytes the same way.
 */
public final class PgNames {
  /** NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in bytes. */
  public static final int MAX_IDENTIFIER_BYTES = 63;

  private PgNames() {}

  /**
   * {@code name1_name2_label}, shortening the longer of name1 and name2 first until the whole fits
   * in 63 bytes, never cutting a multibyte character in half.
   */
  public static String makeObjectName(String name1, String name2, String label) {
    byte[] first = name1.getBytes(StandardCharsets.UTF_8);
    byte[] second = name2 == null ? null : name2.getBytes(StandardCharsets.UTF_8);
    int overhead = (second != null ? 1 : 0) + (label != null ? label.length() + 1 : 0);
    int available = MAX_IDENTIFIER_BYTES - overhead;
    int firstLength = first.length;
    int secondLength = second == null ? 0 : second.length;
    while (firstLength + secondLength > available) {
      if (firstLength > secondLength) {
        firstLength--;
      } else {
        secondLength--;
      }
    }
    StringBuilder name = new StringBuilder(clip(first, firstLength));
    if (second != null) {
      name.append('_').append(clip(second, secondLength));
    }
    if (label != null) {
      name.append('_').append(label);
    }
    return name.toString();
  }

  /**
   * makeObjectName, then a number appended to the label ({@code users_email_key1}) until the name
   * is not in {@code taken}. The chosen name is added to {@code taken}.
   */
  public static String choose(String name1, String name2, String label, Set<String> taken) {
    String candidate = choose(name1, name2, label, taken::contains);
    taken.add(candidate);
    return candidate;
  }

  /**
   * makeObjectName, then a number appended to the label until {@code taken} says no: the loop of
   * ChooseRelationName and ChooseConstraintName, whose callers decide which names are taken.
   */
  public static String choose(String name1, String name2, String label, Predicate<String> taken) {
    String candidate = makeObjectName(name1, name2, label);
    for (int pass = 1; taken.test(candidate); pass++) {
      candidate = makeObjectName(name1, name2, label + pass);
    }
    return candidate;
  }

  /**
   * The name the server gives an unnamed index of {@code table} (ChooseIndexName for an index that
   * backs no constraint): {@code table_<key and INCLUDE columns>_idx}, numbered past the names
   * {@code taken} says are in use.
   */
  public static String indexName(String table, Index index, Predicate<String> taken) {
    return choose(
        table, joinColumns(indexColumnNames(index.elements(), index.include())), "idx", taken);
  }

  /** Column names joined by underscores, as the server builds the middle part of a name. */
  public static String joinColumns(List<String> columns) {
    StringBuilder joined = new StringBuilder();
    for (String column : columns) {
      if (joined.length() > 0) {
        joined.append('_');
      }
      joined.append(column);
      if (joined.toString().getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
        break;
      }
    }
    return joined.toString();
  }

  /**
   * The names the server gives to index columns when it names an index (ChooseIndexColumnNames):
   * key columns by name, key expressions as {@link #expressionName}, then the INCLUDE columns; a
   * name that repeats an earlier one gets a number ({@code lower}, {@code lower1}).
   */
  public static List<String> indexColumnNames(List<IndexElement> elements, List<String> include) {
    List<String> bases = new ArrayList<>();
    for (IndexElement element : elements) {
      bases.add(element.column() != null ? element.column() : expressionName(element.expression()));
    }
    bases.addAll(include);
    List<String> names = new ArrayList<>();
    for (String base : bases) {
      String candidate = base;
      for (int i = 1; names.contains(candidate); i++) {
        String suffix = Integer.toString(i);
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        candidate =
            clip(bytes, Math.min(bytes.length, MAX_IDENTIFIER_BYTES - suffix.length())) + suffix;
      }
      names.add(candidate);
    }
    return names;
  }

  /**
   * The name the server gives an index key expression (FigureIndexColname): see {@link
   * ExpressionNames}; {@code expr} when it gives none.
   */
  public static String expressionName(String expression) {
    String name = ExpressionNames.figure(expression);
    return name == null ? "expr" : name;
  }

  private static String clip(byte[] bytes, int length) {
    int end = length;
    // Never end inside a UTF-8 sequence: back up over continuation bytes of a cut character.
    if (end < bytes.length) {
      while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
        end--;
      }
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }
}
