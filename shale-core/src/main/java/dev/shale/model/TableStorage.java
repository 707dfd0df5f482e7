package dev.shale.model;

import java.util.Comparator;
import java.util.List;

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

  /** The parameters to set and the names to reset to turn {@code before} into {@code after}. */
  public record Changes(List<Parameter> set, List<String> reset) {
    public static Changes between(List<Parameter> before, List<Parameter> after) {
      return new Changes(
          after.stream().filter(p -> !before.contains(p)).toList(),
          before.stream()
              .map(Parameter::name)
              .filter(n -> after.stream().noneMatch(p -> p.name().equals(n)))
              .toList());
    }

    public boolean isEmpty() {
      return set.isEmpty() && reset.isEmpty();
    }
  }
}
