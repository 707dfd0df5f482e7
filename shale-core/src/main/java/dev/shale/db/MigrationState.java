package dev.shale.db;

/** Where one migration stands, comparing the migrations folder with the history table. */
public enum MigrationState {
  /** Applied, and the file is unchanged. */
  APPLIED(false),
  /** Not applied yet, and newer than every applied migration. */
  PENDING(false),
  /** Not applied, but older than an applied one: merged from another branch after it. */
  OUT_OF_ORDER(true),
  /**
   * Not applied, and holds no statement (only comments and whitespace), without the {@code --
   * shale:empty} line that says so on purpose: {@code migrate} refuses it.
   */
  EMPTY(true),
  /** Applied, but the file has changed since. */
  MODIFIED(true),
  /** Applied, but its file is gone. */
  MISSING(true),
  /** Ran without a transaction and failed partway: recorded with {@code success = false}. */
  FAILED(true);

  private final boolean needsAttention;

  MigrationState(boolean needsAttention) {
    this.needsAttention = needsAttention;
  }

  /** Whether a person must act before migrations can go on safely. */
  public boolean needsAttention() {
    return needsAttention;
  }

  /** The lowercase label used in tables and JSON: {@code out-of-order}, {@code applied}, … */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
