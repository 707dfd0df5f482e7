import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("accounts", column("id", bigint()).primaryKey());
  public static final Table T = table("t", column("id", bigint()).primaryKey(), column("a", integer()).notNull(), column("b", integer()).unique(), column("account_id", bigint()).references(() -> A, "id"), column("new_name", text()),
      column("c", integer()).notNull().defaultValue(0), check("a >= 0").name("a_nonneg"), index("a"));
}
