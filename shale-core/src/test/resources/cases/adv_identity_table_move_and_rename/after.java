import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema APP = schema("app");
  public static final Table T = APP.table("audit_events", column("event_id", bigint()).generatedByDefaultAsIdentity().primaryKey(), column("msg", text()));
}
