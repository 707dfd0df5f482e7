import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema S = schema("support");
  public static final PgEnum ST = S.enumType("status", "open", "pending", "closed");
  public static final Table T = table("tickets", column("id", bigint()).primaryKey(), column("status", ST).notNull().defaultValue("pending"),
      check("status <> 'pending' OR id > 0").name("pending_ok"));
}
