package dev.shale.model;

import java.util.Comparator;
import java.util.List;

/**
 * A view or materialized view defined by its query text, with its options ({@code
 * security_barrier}, {@code security_invoker}, {@code check_option} for a view; storage parameters
 * for a materialized view), sorted by name, values as the server keeps them, and a materialized
 * view's indexes, sorted by name.
 */
public record View(
    QualifiedName name,
    String query,
    boolean materialized,
    String comment,
    List<TableStorage.Parameter> options,
    List<Index> indexes) {

  public View {
    options =
        (options == null ? List.<TableStorage.Parameter>of() : options)
            .stream().sorted(Comparator.comparing(TableStorage.Parameter::name)).toList();
    indexes =
        (indexes == null ? List.<Index>of() : indexes)
            .stream().sorted(Comparator.comparing(Index::name)).toList();
  }

  public View(
      QualifiedName name,
      String query,
      boolean materialized,
      String comment,
      List<TableStorage.Parameter> options) {
    this(name, query, materialized, comment, options, List.of());
  }

  public View(QualifiedName name, String query, boolean materialized, String comment) {
    this(name, query, materialized, comment, List.of(), List.of());
  }

  public View withName(QualifiedName renamed) {
    return new View(renamed, query, materialized, comment, options, indexes);
  }

  public View withQuery(String replaced) {
    return new View(name, replaced, materialized, comment, options, indexes);
  }

  public View withIndexes(List<Index> replaced) {
    return new View(name, query, materialized, comment, options, replaced);
  }

  public java.util.Optional<String> option(String option) {
    return options.stream()
        .filter(p -> p.name().equals(option))
        .map(TableStorage.Parameter::value)
        .findFirst();
  }
}
