package dev.shale.lint.trace;

import dev.shale.sql.LockMode;

/**
 * A table-level lock the server gave a statement (the strongest new mode on the relation), as
 * {@code pg_locks} showed it, on a relation that existed before the statement.
 */
public record ObservedLock(TracedRelation relation, LockMode mode) {

  /** Whether the lock blocks writes (SHARE or stronger). */
  public boolean blocksWrites() {
    return mode.compareTo(LockMode.SHARE) >= 0;
  }

  @Override
  public String toString() {
    return mode.sql() + " on " + relation;
  }
}
