package dev.shale.sql;

/**
 * Where a statement goes in a plan of several migrations. A change on a live table may need steps
 * that cannot share one transaction: an enum value must be committed before it is used, an index is
 * built concurrently outside any transaction, a constraint added {@code NOT VALID} is validated in
 * a later transaction so that the scan runs under a weaker lock. Each stage that has statements
 * becomes one migration file, in this order.
 */
public enum Stage {
  /** {@code ALTER TYPE … ADD VALUE IF NOT EXISTS}, committed before anything uses the values. */
  ENUM_VALUES(
      true,
      "enum_values",
      "Adds enum values, alone in their migration: PostgreSQL lets a new value be used only"
          + " after the transaction that added it has committed."),
  /** Everything that needs no other step, constraints on live tables added NOT VALID. */
  MAIN(true, "", ""),
  /**
   * Backfills of expand and contract: each a loop over the table in batches, every batch committed,
   * outside any transaction; a retry skips the rows already in step.
   */
  BACKFILL(
      false,
      "backfill",
      "Fills the new columns from the old ones in batches, each committed at once, so that writes"
          + " go on; the trigger of the previous migration keeps new writes in step, and a retry"
          + " (shale migrate --retry-failed) skips the rows already done."),
  /** Concurrent index builds and drops: no transaction, each statement safe to run twice. */
  INDEXES(
      false,
      "concurrently",
      "Builds and drops indexes CONCURRENTLY, so that writes to the tables go on: it runs"
          + " outside a transaction, statement by statement, and every statement is safe to run"
          + " again (shale migrate --retry-failed)."),
  /**
   * VALIDATE of constraints added NOT VALID (a scan under SHARE UPDATE EXCLUSIVE, which lets reads
   * and writes go on), SET NOT NULL proven by a validated check, keys attached to their
   * concurrently built indexes, and foreign keys that reference those keys (added NOT VALID); the
   * keys they replace, and the foreign keys that move to them, are dropped here too, so that the
   * table keeps its guarantees until then.
   */
  VALIDATE(
      true,
      "validate",
      "Validates what the earlier migrations added NOT VALID (the scan lets reads and writes go"
          + " on) and completes keys and NOT NULL with brief locks."),
  /** VALIDATE of foreign keys that had to wait for a key attached in {@link #VALIDATE}. */
  LATE_VALIDATE(
      true,
      "validate_keys",
      "Validates the foreign keys that the previous migration added NOT VALID.");

  private final boolean transactional;
  private final String suffix;
  private final String purpose;

  Stage(boolean transactional, String suffix, String purpose) {
    this.transactional = transactional;
    this.suffix = suffix;
    this.purpose = purpose;
  }

  /**
   * Whether the stage's migration runs in one transaction (else: {@code -- shale:no-transaction}).
   */
  public boolean transactional() {
    return transactional;
  }

  /** Appended to the migration's name when a plan has several steps; empty for {@link #MAIN}. */
  public String suffix() {
    return suffix;
  }

  /** One sentence for the migration's header; empty for {@link #MAIN}. */
  public String purpose() {
    return purpose;
  }

  /** The stage that validates what this one adds NOT VALID. */
  public Stage next() {
    return this == MAIN ? VALIDATE : LATE_VALIDATE;
  }
}
