import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table SESSIONS =
      table(
              "sessions",
              column("id", uuid()).primaryKey().defaultRandomUuid(),
              column("data", jsonb()).notNull())
          .with("fillfactor", "80");

  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
              column("payload", text()))
          .unlogged()
          .with("autovacuum_enabled", "off")
          .with("vacuum_index_cleanup", "auto");
}
