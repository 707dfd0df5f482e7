import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("email", text()),
          column("nick", text()),
          index(expr("lower(nick)")).name("users_key_idx"));
}
