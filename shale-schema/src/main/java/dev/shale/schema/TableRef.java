package dev.shale.schema;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A reference to a table, either by object (resolved lazily, so that cycles and self-references
 * work) or by name ({@code "users"} or {@code "auth.users"}).
 */
public final class TableRef {
  private final Supplier<Table> table;
  private final String name;

  private TableRef(Supplier<Table> table, String name) {
    this.table = table;
    this.name = name;
  }

  static TableRef of(Supplier<Table> table) {
    return new TableRef(Objects.requireNonNull(table), null);
  }

  static TableRef named(String name) {
    return new TableRef(null, Objects.requireNonNull(name));
  }

  /** The referenced table object, or null when referenced by name. */
  public Table table() {
    return table == null ? null : table.get();
  }

  /** The name as written when referenced by name, else null. */
  public String name() {
    return name;
  }
}
