import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("audit_log", column("id", bigint()).generatedByDefaultAsIdentity().primaryKey(), column("msg", text()));
}
