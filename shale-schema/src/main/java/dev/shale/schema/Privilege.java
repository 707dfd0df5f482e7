package dev.shale.schema;

/**
 * A privilege a grant gives ({@code GRANT SELECT, INSERT ON ... TO role}). Which ones an object
 * takes depends on its kind: tables SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER
 * and (PostgreSQL 17+) MAINTAIN; sequences USAGE, SELECT, UPDATE; schemas USAGE, CREATE; functions
 * and procedures EXECUTE. {@link #ALL} stands for every privilege of the kind that PostgreSQL 14
 * already had (so not MAINTAIN, which must be named).
 */
public enum Privilege {
  SELECT,
  INSERT,
  UPDATE,
  DELETE,
  TRUNCATE,
  REFERENCES,
  TRIGGER,
  MAINTAIN,
  USAGE,
  CREATE,
  EXECUTE,
  ALL
}
