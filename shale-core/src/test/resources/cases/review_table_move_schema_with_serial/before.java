import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema ARCHIVE = schema("archive");
  public static final Table LOGS =
      table("logs", column("id", bigserial()).primaryKey(), column("msg", text()), index("msg"));
}
