import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table CACHE =
      table("cache", column("k", text()).primaryKey(), column("v", bytea()))
          .unlogged()
          .with("autovacuum_enabled", "off")
          .with("fillfactor", "70");

  public static final Table LOGS =
      table("logs", column("id", bigint()).primaryKey(), column("line", text()))
          .with("autovacuum_vacuum_scale_factor", "0.10")
          .with("parallel_workers", "4")
          .with("toast.autovacuum_enabled", "false");

  private PublicSchema() {}
}
