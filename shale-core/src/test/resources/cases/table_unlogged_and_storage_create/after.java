import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table SESSIONS =
      table(
              "sessions",
              column("id", uuid()).primaryKey().defaultRandomUuid(),
              column("data", jsonb()).notNull())
          .unlogged()
          .with("autovacuum_vacuum_scale_factor", "0.02")
          .with("FillFactor", "070");

  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
              column("payload", text()))
          .with("autovacuum_enabled", "OFF")
          .with("toast.autovacuum_enabled", "false");
}
