package dev.shale.model;

import java.util.Comparator;
import java.util.List;

/**
 * A view or materialized view defined by its query text, with its options ({@code
 * security_barrier}, {@code security_invoker}, {@code check_option} for a view; storage parameters
 * for a materialized view), sorted by name, values as the server keeps them.
 */
public record View(
    QualifiedName name,
    String query,
    boolean materialized,
    String comment,
    List<TableStorage.Parameter> options) {

  public View {
    options =
        (options == null ? List.<TableStorage.Parameter>of() : options)
            .stream().sorted(Comparator.comparing(TableStorage.Parameter::name)).toList();
  }

  public View(QualifiedName name, String query, boolean materialized, String comment) {
    this(name, query, materialized, comment, List.of());
  }

  public View withName(QualifiedName renamed) {
    return new View(renamed, query, materialized, comment, options);
  }

  public View withQuery(String replaced) {
    return new View(name, replaced, materialized, comment, options);
  }

  public java.util.Optional<String> option(String option) {
    return options.stream()
        .filter(p -> p.name().equals(option))
        .map(TableStorage.Parameter::value)
        .findFirst();
  }
}
