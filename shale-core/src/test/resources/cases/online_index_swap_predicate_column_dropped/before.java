import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("email", text()),
          column("deleted_at", timestamptz()),
          index("email").where("deleted_at IS NULL").name("users_email_idx"));
}
