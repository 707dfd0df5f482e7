import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull(),
          column("nickname", text()),
          index("nickname"),
          index(expr("lower(nickname)")).name("users_nickname_lower_idx"),
          index("email", "nickname"));
}
