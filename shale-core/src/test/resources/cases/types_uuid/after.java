import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_UUID =
      table(
          "type_uuid",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("correlation_id", uuid()).notNull(),
          column("fixed", uuid()).defaultValue("00000000-0000-0000-0000-000000000000"));
}
