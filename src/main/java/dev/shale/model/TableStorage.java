package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a table is stored: UNLOGGED (not written to the WAL, emptied after a crash, not replicated)
 * and its storage parameters ({@code WITH (fillfactor = 70, autovacuum_enabled = false)}), sorted
 * by name, with their values as the server keeps them (the text given).
 */
public record TableStorage(boolean unlogged, List<Parameter> parameters) {
  public static final TableStorage NONE = new TableStorage(false, List.of());

  /** One storage parameter: {@code fillfactor = 70}. */
  public record Parameter(String name, String value) {}

  public TableStorage {
    parameters = parameters.stream().sorted(Comparator.comparing(Parameter::name)).toList();
  }

  /** {@code storage}, or {@link #NONE} for null (a table's model keeps null for none). */
  public static TableStorage of(TableStorage storage) {
    return storage == null ? NONE : storage;
  }

  public Optional<String> value(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst();
  }
}
