package dev.shale.lint.trace;

import dev.shale.sql.LockMode;
import dev.shale.sql.parse.Source;
import java.time.Duration;
import java.util.List;

/**
 * What the server did when the trace ran one statement of a migration file.
 *
 * @param file the file's name, as {@link dev.shale.lint.LintInput#name()} gave it
 * @param source the statement and where it is
 * @param observed how it was run and watched
 * @param locks the new table-level locks it took on relations that existed before it (for a
 *     CONCURRENTLY statement: those a second session saw it hold or wait for)
 * @param held the strongest lock it held on each relation that existed before it, right after it
 *     ran: the new ones and those its transaction took earlier
 * @param rewritten relations whose storage it replaced (relfilenode changed), by name: an index
 *     re-created under a new OID counts too
 * @param scanned tables it read in full (sequential scans counted by the server's statistics)
 * @param lockTimeout whether a lock_timeout other than 0 was in force when it ran
 * @param duration how long it ran
 * @param error the server's message if it failed (then the rest of its file did not run), or null
 */
public record TracedStatement(
    String file,
    Source source,
    Observation observed,
    List<ObservedLock> locks,
    List<ObservedLock> held,
    List<TracedRelation> rewritten,
    List<TracedRelation> scanned,
    boolean lockTimeout,
    Duration duration,
    String error) {

  public TracedStatement {
    locks = List.copyOf(locks);
    held = List.copyOf(held);
    rewritten = List.copyOf(rewritten);
    scanned = List.copyOf(scanned);
  }

  /** How the trace ran a statement. */
  public enum Observation {
    /** inside a transaction (the tool's, the file's own, or one the trace opened around it) */
    IN_TRANSACTION,
    /**
     * in autocommit, because it cannot run in a transaction block; its locks seen from a second
     * session while another session's open transaction made it wait
     */
    FROM_SECOND_SESSION,
    /** transaction control, or run but not watched */
    NOT_OBSERVED
  }

  public boolean failed() {
    return error != null;
  }

  /**
   * What the statement did that puts a table in use at risk, in words; empty when nothing: it read
   * or rewrote an existing table that held rows (or an index of it) while holding a lock on it that
   * blocks writes, or it took such a lock with no lock_timeout in force (then it queues every query
   * on the table behind any long one). A lock that blocks writes but is brief under a lock_timeout
   * (ADD COLUMN, ADD CONSTRAINT … NOT VALID) is no risk, and neither is work under a weaker lock
   * (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT, UPDATE).
   */
  public List<String> risks() {
    List<String> risks = new java.util.ArrayList<>();
    for (ObservedLock lock : held) {
      TracedRelation t = lock.relation();
      if (!t.isTable() || t.newInDeploy() || !lock.blocksWrites() || !t.heldRows()) {
        continue;
      }
      List<String> rewrote = new java.util.ArrayList<>();
      for (TracedRelation r : rewritten) {
        if (r.table().equals(t.name())) {
          rewrote.add(r.toString());
        }
      }
      boolean read = scanned.stream().anyMatch(r -> r.name().equals(t.name()));
      if (!rewrote.isEmpty() || read) {
        risks.add(
            (rewrote.isEmpty() ? "" : "rewrote " + String.join(", ", rewrote))
                + (!rewrote.isEmpty() && read ? " and " : "")
                + (read ? "scanned " + t : "")
                + " under "
                + lock.mode().sql());
      }
    }
    if (!lockTimeout) {
      for (ObservedLock lock : locks) {
        TracedRelation t = lock.relation();
        if (t.isTable() && !t.newInDeploy() && lock.blocksWrites()) {
          risks.add("took " + lock + " with no lock_timeout in force");
        }
      }
    }
    return risks;
  }

  /** The strongest lock held on {@code relation} right after the statement, or null. */
  public LockMode heldOn(TracedRelation relation) {
    for (ObservedLock lock : held) {
      if (lock.relation().name().equals(relation.name())) {
        return lock.mode();
      }
    }
    return null;
  }
}
