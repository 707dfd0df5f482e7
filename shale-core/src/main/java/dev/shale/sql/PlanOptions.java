package dev.shale.sql;

/**
 * How statements are planned: for which PostgreSQL version, and whether changes to live tables take
 * their zero-downtime form (several migrations where one transaction cannot hold them) or the
 * simple one (one migration, for teams that migrate with the application stopped).
 */
public record PlanOptions(int pgVersion, boolean online) {
  /** The oldest PostgreSQL Shale writes SQL for, and the target when the config names none. */
  public static final int OLDEST_SUPPORTED = 14;

  /** The newest PostgreSQL Shale knows. */
  public static final int NEWEST_SUPPORTED = 18;

  /** Online forms for the oldest supported PostgreSQL. */
  public static final PlanOptions DEFAULT = new PlanOptions(OLDEST_SUPPORTED, true);

  public PlanOptions {
    if (pgVersion < OLDEST_SUPPORTED || pgVersion > NEWEST_SUPPORTED) {
      throw new IllegalArgumentException(
          "pgVersion "
              + pgVersion
              + " is not supported: Shale writes SQL for PostgreSQL "
              + OLDEST_SUPPORTED
              + " to "
              + NEWEST_SUPPORTED);
    }
  }

  public PlanOptions withOnline(boolean on) {
    return new PlanOptions(pgVersion, on);
  }
}
