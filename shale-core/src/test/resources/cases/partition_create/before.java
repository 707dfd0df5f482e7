import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table CITIES =
      table("cities", column("id", integer()).primaryKey(), column("name", text()).notNull());
}
