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
   * Locks, rewrites or scans that put a table in use at risk, in words; empty when none: a new lock
   * that blocks writes on an existing table, a rewrite of an existing relation that held rows, and
   * a scan of an existing table that held rows while the statement blocked writes to it or wrote to
   * it (an UPDATE of every row). A scan under SHARE UPDATE EXCLUSIVE (CREATE INDEX CONCURRENTLY,
   * VALIDATE CONSTRAINT) or a plain read is no risk.
   */
  public List<String> risks() {
    List<String> risks = new java.util.ArrayList<>();
    for (ObservedLock lock : locks) {
      if (lock.blocksWrites() && lock.relation().isTable() && !lock.relation().newInDeploy()) {
        risks.add("took " + lock);
      }
    }
    for (TracedRelation r : rewritten) {
      if (!r.newInDeploy() && r.heldRows()) {
        risks.add("rewrote " + r);
      }
    }
    for (TracedRelation r : scanned) {
      LockMode mode = heldOn(r);
      boolean blocking =
          mode != null && (mode == LockMode.ROW_EXCLUSIVE || mode.compareTo(LockMode.SHARE) >= 0);
      if (!r.newInDeploy() && r.heldRows() && blocking) {
        risks.add("scanned " + r);
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
