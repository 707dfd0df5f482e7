package dev.shale.diff;

/**
 * The order in which changes are applied, so that every statement finds what it needs: new schemas
 * and renames first, then drops of dependents, types before the tables that use them, new
 * constraints after their columns, foreign keys after every table, views last, schema drops at the
 * very end.
 */
enum Phase {
  CREATE_SCHEMAS,
  RENAMES,
  DROP_VIEWS,
  DROP_FOREIGN_KEYS,
  DROP_INDEXES_AND_CONSTRAINTS,
  DROP_TABLES,
  TYPES_AND_SEQUENCES,
  CREATE_TABLES,
  COLUMNS,
  DROP_TYPES_AND_SEQUENCES,
  ADD_INDEXES_AND_CONSTRAINTS,
  ADD_FOREIGN_KEYS,
  CREATE_VIEWS,
  COMMENTS,
  DROP_SCHEMAS
}
