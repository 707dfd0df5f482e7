package dev.shale.lint;

import dev.shale.sql.LockMode;
import dev.shale.sql.parse.QualifiedName;

/** A table-level lock a statement takes on a relation. */
public record Lock(QualifiedName relation, LockMode mode) {

  /** Whether the lock blocks writes (INSERT, UPDATE, DELETE) to the relation. */
  public boolean blocksWrites() {
    return mode.compareTo(LockMode.SHARE) >= 0;
  }

  /** Whether the lock blocks plain reads (SELECT). */
  public boolean blocksReads() {
    return mode == LockMode.ACCESS_EXCLUSIVE;
  }

  @Override
  public String toString() {
    return mode.sql() + " on " + relation;
  }
}
