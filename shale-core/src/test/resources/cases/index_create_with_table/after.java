import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table LOGINS =
      table(
          "logins",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("user_id", bigint()).notNull(),
          column("ip", inet()).notNull(),
          column("at", timestamptz()).notNull().defaultNow(),
          index("user_id", "at"),
          index(key("at").desc()),
          index(key("ip").opclass("inet_ops")).using("gist").name("logins_ip_gist"));
}
