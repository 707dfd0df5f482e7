package dev.shale.sql;

/** PostgreSQL's table-level lock modes, weakest first. */
public enum LockMode {
  ACCESS_SHARE(false, false),
  ROW_SHARE(false, false),
  ROW_EXCLUSIVE(false, false),
  SHARE_UPDATE_EXCLUSIVE(false, false),
  SHARE(false, true),
  SHARE_ROW_EXCLUSIVE(false, true),
  EXCLUSIVE(false, true),
  ACCESS_EXCLUSIVE(true, true);

  private final boolean blocksReads;
  private final boolean blocksWrites;

  LockMode(boolean blocksReads, boolean blocksWrites) {
    this.blocksReads = blocksReads;
    this.blocksWrites = blocksWrites;
  }

  public String sql() {
    return name().replace('_', ' ');
  }

  public boolean blocksReads() {
    return blocksReads;
  }

  public boolean blocksWrites() {
    return blocksWrites;
  }
}
