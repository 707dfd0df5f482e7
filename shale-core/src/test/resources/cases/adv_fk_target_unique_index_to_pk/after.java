import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table U = table("users", column("email", text()).primaryKey(), column("n", integer()));
  public static final Table O = table("orders", column("id", bigint()).primaryKey(), column("user_email", text()).references(() -> U, "email"));
}
