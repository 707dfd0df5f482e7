package dev.shale.loader;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;
import java.util.List;

/**
 * Every schema object found in the user's classes, with where each came from ({@code Class.FIELD})
 * for error messages.
 */
public record DeclaredObjects(
    List<Declared<PgSchema>> schemas,
    List<Declared<PgEnum>> enums,
    List<Declared<PgSequence>> sequences,
    List<Declared<Table>> tables,
    List<Declared<PgView>> views) {

  /** An object and the field that declared it. */
  public record Declared<T>(T object, String origin) {}

  public DeclaredObjects {
    schemas = List.copyOf(schemas);
    enums = List.copyOf(enums);
    sequences = List.copyOf(sequences);
    tables = List.copyOf(tables);
    views = List.copyOf(views);
  }
}
