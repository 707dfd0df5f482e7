import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // users goes away; posts keeps author_id as a plain column, so its FK must be dropped first.
  public static final Table POSTS =
      table(
          "posts",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", bigint()).notNull(),
          column("title", text()).notNull());
}
