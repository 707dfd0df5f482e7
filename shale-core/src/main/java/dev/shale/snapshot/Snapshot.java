package dev.shale.snapshot;

import dev.shale.model.SchemaModel;

/** One snapshot file: the schema as it stood after a migration, chained to its parent. */
public record Snapshot(int format, String dialect, String id, String prevId, SchemaModel schema) {
  public static final int FORMAT = 1;
  public static final String DIALECT = "postgresql";

  /** The parent id of the first snapshot in a folder. */
  public static final String ROOT_ID = "00000000-0000-0000-0000-000000000000";
}
