import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table EVENTS =
      table(
          "events",
          column("id", integer()).generatedByDefaultAsIdentity().primaryKey(),
          column("name", text()).notNull());
}
