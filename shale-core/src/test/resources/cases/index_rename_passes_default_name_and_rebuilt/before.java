import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("email", text()).notNull(),
          column("external_ref", uuid()),
          index(key("email").desc()).where("external_ref IS NOT NULL"),
          index("email"));
}
