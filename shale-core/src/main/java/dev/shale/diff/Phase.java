package dev.shale.diff;

/**
 * The order in which changes are applied, so that every statement finds what it needs: new schemas
 * and renames first, then drops of dependents, types before the tables that use them, new
 * constraints after their columns, foreign keys after every table, views last, schema drops at the
 * very end.
 */
enum Phase {
  /** Declared roles created or altered, before the policies and grants that name them. */
  ROLES,
  CREATE_SCHEMAS,
  /** View drops, when no view or schema is renamed (so a rename may take a dropped view's name). */
  EARLY_DROP_VIEWS,
  RENAMES,
  /**
   * Extensions created, moved or updated, before anything that could use their types, operators or
   * operator classes; after renames, since their schema may be one renamed just now.
   */
  EXTENSIONS,
  /**
   * Sequences released from an owning column that this change drops (or drops to add again), so
   * that PostgreSQL does not drop them with it.
   */
  DISOWN_SEQUENCES,
  DROP_VIEWS,
  /**
   * Row-level security turned off, and policies dropped, before the columns and tables their
   * expressions read change.
   */
  DROP_POLICIES,
  /**
   * Triggers dropped (also those rebuilt because a column they name changes or their function is
   * dropped), then renamed: before the columns, tables and functions they use go.
   */
  DROP_TRIGGERS,
  DROP_FOREIGN_KEYS,
  DROP_INDEXES_AND_CONSTRAINTS,
  /**
   * Generated columns that read a column about to change type, dropped to be added again: after the
   * explicit drops of the indexes and constraints on them, which the column drop would take.
   */
  DROP_REGENERATED_COLUMNS,
  /** Renames of indexes and constraints that only changed name: after drops that free names. */
  RENAME_INDEXES_AND_CONSTRAINTS,
  DROP_TABLES,
  TYPES_AND_SEQUENCES,
  /**
   * Functions and procedures created or replaced: after the types their signatures use, before the
   * tables whose defaults, checks, generated columns and indexes call them (sql bodies are not
   * checked at creation, so they may read tables created later).
   */
  FUNCTIONS,
  CREATE_TABLES,
  COLUMNS,
  /**
   * Triggers replaced in place to call another function, when the one they called is about to be
   * dropped: after the new function and the columns exist, before the old function goes.
   */
  TRIGGERS_OFF_DROPPED_FUNCTIONS,
  /** Sequences given their owning column, once the table and column exist. */
  OWN_SEQUENCES,
  /** Functions dropped after the columns, indexes, policies and views that called them. */
  DROP_FUNCTIONS,
  DROP_TYPES_AND_SEQUENCES,
  ADD_INDEXES_AND_CONSTRAINTS,
  ADD_FOREIGN_KEYS,
  CREATE_VIEWS,
  /** Policies created or altered, then row-level security turned on, once all they read exists. */
  POLICIES,
  /**
   * Triggers created, replaced and enabled or disabled, once their table, columns and function
   * exist.
   */
  TRIGGERS,
  /**
   * Privileges revoked, then granted, once every object exists under its final name (a renamed
   * object keeps its privileges; a new or re-created one starts with its owner's alone).
   */
  GRANTS,
  COMMENTS,
  /** Extensions dropped after everything that could use them. */
  DROP_EXTENSIONS,
  DROP_SCHEMAS
}
