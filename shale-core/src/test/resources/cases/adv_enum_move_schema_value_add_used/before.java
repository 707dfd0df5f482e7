import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ST = enumType("status", "open", "closed");
  public static final Table T = table("tickets", column("id", bigint()).primaryKey(), column("status", ST).notNull());
}
