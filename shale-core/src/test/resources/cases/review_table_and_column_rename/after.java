import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table MEMBERS =
      table(
          "members",
          column("member_id", bigint()).primaryKey(),
          column("mail", text()).notNull().unique(),
          column("age", integer()).check("age > 0"),
          index("age"));
  public static final Table POSTS =
      table("posts", column("id", bigint()).primaryKey(), column("author_id", bigint()).references(() -> MEMBERS, "member_id"));
}
