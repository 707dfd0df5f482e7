package dev.shale.lint.trace;

import dev.shale.sql.LockMode;
import dev.shale.sql.Rule;
import java.util.EnumMap;
import java.util.Map;

/**
 * What each rule says the server does to the statement it reports, so that the trace can confirm or
 * contradict it. Rules that say nothing a trace can see (breaking changes, hygiene, rules whose
 * finding sits on another statement than the one that takes the lock) are absent.
 *
 * @param lock the weakest lock mode the statement takes on some existing relation, or null
 * @param rewrite whether it rewrites a relation
 * @param scan whether it reads a whole table
 * @param fails whether it fails (on a table with rows, or inside a transaction block)
 * @param mayFail whether it fails on some data (duplicates, NULLs): a failure confirms the rule,
 *     success does not contradict it
 */
public record RuleEffects(
    LockMode lock, boolean rewrite, boolean scan, boolean fails, boolean mayFail) {

  private static final Map<Rule, RuleEffects> EFFECTS = new EnumMap<>(Rule.class);

  private static void put(Rule rule, LockMode lock, boolean rewrite, boolean scan) {
    EFFECTS.put(rule, new RuleEffects(lock, rewrite, scan, false, false));
  }

  static {
    LockMode ae = LockMode.ACCESS_EXCLUSIVE;
    put(Rule.CREATE_INDEX_NON_CONCURRENT, LockMode.SHARE, false, true);
    put(Rule.DROP_INDEX_NON_CONCURRENT, ae, false, false);
    // no scan: ADD COLUMN … REFERENCES without a default has only NULLs to check
    put(Rule.ADD_FOREIGN_KEY, LockMode.SHARE_ROW_EXCLUSIVE, false, false);
    put(Rule.ADD_CHECK, ae, false, true);
    put(Rule.SET_NOT_NULL, ae, false, true);
    put(Rule.ADD_UNIQUE, ae, false, true);
    put(Rule.ADD_PRIMARY_KEY, ae, false, true);
    put(Rule.ADD_EXCLUSION, ae, false, true);
    put(Rule.CHANGE_COLUMN_TYPE, ae, true, false);
    put(Rule.ADD_COLUMN_VOLATILE_DEFAULT, ae, true, false);
    put(Rule.ADD_GENERATED_COLUMN, ae, true, false);
    put(Rule.SET_GENERATED_EXPRESSION, ae, true, false);
    put(Rule.ADD_SERIAL_OR_IDENTITY, ae, true, false);
    put(Rule.VALIDATE_SAME_TRANSACTION, null, false, true);
    put(Rule.MISSING_LOCK_TIMEOUT, LockMode.SHARE, false, false);
    put(Rule.ACCESS_EXCLUSIVE_BRIEF, ae, false, false);
    put(Rule.DROP_COLUMN, ae, false, false);
    put(Rule.DROP_TABLE, ae, false, false);
    put(Rule.RENAME_COLUMN, ae, false, false);
    put(Rule.RENAME_TABLE, ae, false, false);
    put(Rule.DROP_NOT_NULL, ae, false, false);
    put(Rule.TRUNCATE, ae, true, false);
    put(Rule.TRUNCATE_CASCADE, ae, false, false);
    put(Rule.VACUUM_FULL, ae, true, false);
    put(Rule.CLUSTER, ae, true, false);
    put(Rule.SET_LOGGED_UNLOGGED, ae, true, false);
    put(Rule.SET_TABLESPACE, ae, true, false);
    put(Rule.REINDEX_NON_CONCURRENT, LockMode.SHARE, true, false);
    put(Rule.DETACH_PARTITION_NON_CONCURRENT, ae, false, false);
    put(Rule.ATTACH_PARTITION_SCAN, ae, false, true);
    put(Rule.REFRESH_MATVIEW_BLOCKING, ae, true, false);
    put(Rule.UNBATCHED_BACKFILL, null, false, true);
    EFFECTS.put(Rule.ADD_REQUIRED_COLUMN, new RuleEffects(null, false, false, true, false));
    EFFECTS.put(Rule.CONCURRENTLY_IN_TRANSACTION, new RuleEffects(null, false, false, true, false));
    EFFECTS.put(Rule.NOT_IN_TRANSACTION, new RuleEffects(null, false, false, true, false));
  }

  static {
    EFFECTS.put(Rule.UNIQUE_DATA_DEPENDENT, new RuleEffects(null, false, false, false, true));
    EFFECTS.put(Rule.NOT_NULL_AFTER_DEFAULT, new RuleEffects(null, false, false, false, true));
  }

  /** What {@code rule} asserts, or null when it asserts nothing a trace sees. */
  public static RuleEffects of(Rule rule) {
    return EFFECTS.get(rule);
  }

  /** Whether it asserts a lock, a rewrite or a scan. */
  public boolean observable() {
    return lock != null || rewrite || scan;
  }
}
