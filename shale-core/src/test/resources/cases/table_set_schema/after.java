import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema ARCHIVE = schema("archive");

  public static final Table EVENTS =
      ARCHIVE.table(
          "events",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("payload", jsonb()).notNull(),
          column("occurred_at", timestamptz()).notNull());
}
