package dev.shale.sql;

import java.util.List;

/**
 * What a statement does to a live database: the locks it takes, whether it rewrites or scans the
 * table, loses data or breaks running code, and the rules (with versions and safe alternatives)
 * behind those facts.
 */
public record Risk(
    List<TableLock> locks,
    boolean rewrite,
    boolean scan,
    boolean dataLoss,
    boolean breaksRunningCode,
    List<Rule> rules) {

  public static final Risk NONE = new Risk(List.of(), false, false, false, false, List.of());

  public Risk {
    locks = List.copyOf(locks);
    rules = List.copyOf(rules);
  }

  /** Only a lock on one relation: no rewrite, scan, data loss or rule. */
  public static Risk lockOnly(dev.shale.model.QualifiedName relation, LockMode mode) {
    return new Risk(List.of(new TableLock(relation, mode)), false, false, false, false, List.of());
  }

  /** Whether anything here deserves a comment in the migration and a flag in the review. */
  public boolean isRisky() {
    return rewrite || scan || dataLoss || breaksRunningCode || !rules.isEmpty();
  }
}
