package dev.shale.schema;

import java.util.List;

/**
 * A PostgreSQL schema (namespace). Objects made through it live in it: {@code
 * schema("auth").table("users", ...)}. Declaring a schema other than public makes Shale create it.
 */
public final class PgSchema {
  private final String name;

  PgSchema(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public Table table(String name, TablePart... parts) {
    return new Table(this.name, name, List.of(parts));
  }

  public PgEnum enumType(String name, String... values) {
    return new PgEnum(this.name, name, List.of(values));
  }

  public PgSequence sequence(String name) {
    return new PgSequence(this.name, name);
  }

  public PgView view(String name, String query) {
    return new PgView(this.name, name, query, false);
  }

  public PgView materializedView(String name, String query) {
    return new PgView(this.name, name, query, true);
  }
}
