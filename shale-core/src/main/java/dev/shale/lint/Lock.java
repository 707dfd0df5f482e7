package dev.shale.lint;

import dev.shale.sql.LockMode;
import dev.shale.sql.parse.QualifiedName;

/**
 * A table-level lock a statement takes on a relation.
 *
 * @param viaIndex the relation is an index the migrations read here do not know the table of (DROP
 *     INDEX, REINDEX INDEX): the lock is on that table, whatever it is
 */
public record Lock(QualifiedName relation, LockMode mode, boolean viaIndex) {

  public Lock(QualifiedName relation, LockMode mode) {
    this(relation, mode, false);
  }

  /** The locked table as messages name it. */
  public String table() {
    return viaIndex ? "the table of index " + relation : relation.toString();
  }

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
    return mode.sql() + " on " + table();
  }
}
