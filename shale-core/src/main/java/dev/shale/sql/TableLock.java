package dev.shale.sql;

import dev.shale.model.QualifiedName;

/** A lock a statement takes on one table (or other relation). */
public record TableLock(QualifiedName table, LockMode mode) {
  @Override
  public String toString() {
    return mode.sql() + " on " + table;
  }
}
