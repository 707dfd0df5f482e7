package dev.shale.sql;

/** PostgreSQL's table-level lock modes, weakest first. */
public enum LockMode {
  ACCESS_SHARE,
  ROW_SHARE,
  ROW_EXCLUSIVE,
  SHARE_UPDATE_EXCLUSIVE,
  SHARE,
  SHARE_ROW_EXCLUSIVE,
  EXCLUSIVE,
  ACCESS_EXCLUSIVE;

  public String sql() {
    return name().replace('_', ' ');
  }
}
