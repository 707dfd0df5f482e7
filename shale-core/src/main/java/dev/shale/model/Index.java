package dev.shale.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An index; {@code method} is null for btree, {@code where} null when not partial; {@code options}
 * its storage parameters ({@code fillfactor}, {@code fastupdate}, …), sorted by name, values as the
 * server keeps them.
 */
public record Index(
    String name,
    boolean unique,
    boolean nullsNotDistinct,
    String method,
    List<IndexElement> elements,
    List<String> include,
    String where,
    List<TableStorage.Parameter> options) {
  public Index {
    elements = List.copyOf(elements);
    include = List.copyOf(include);
    options =
        (options == null ? List.<TableStorage.Parameter>of() : options)
            .stream().sorted(java.util.Comparator.comparing(TableStorage.Parameter::name)).toList();
  }

  /** An index without storage parameters. */
  public Index(
      String name,
      boolean unique,
      boolean nullsNotDistinct,
      String method,
      List<IndexElement> elements,
      List<String> include,
      String where) {
    this(name, unique, nullsNotDistinct, method, elements, include, where, List.of());
  }

  public Index withName(String renamed) {
    return new Index(renamed, unique, nullsNotDistinct, method, elements, include, where, options);
  }

  /**
   * This index with {@code columns} applied to every column it names (keys and INCLUDE) and {@code
   * expressions} to every expression text (key expressions and the predicate; null stays null).
   */
  public Index mapped(UnaryOperator<String> columns, UnaryOperator<String> expressions) {
    return new Index(
        name,
        unique,
        nullsNotDistinct,
        method,
        elements.stream().map(e -> e.mapped(columns, expressions)).toList(),
        include.stream().map(columns).toList(),
        where == null ? null : expressions.apply(where),
        options);
  }
}
