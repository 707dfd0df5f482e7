import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("accounts", column("id", bigint()).primaryKey(), column("name", text()));
  public static final Table P = table("pages", column("id", bigint()).primaryKey(), column("account_id", bigint()).references(() -> A, "id"));
}
