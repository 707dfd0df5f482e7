import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table EVENTS =
      table(
          "events",
          column("event_id", uuid()).primaryKey(),
          column("payload", jsonb()));
}
