import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PARENT = table("parent", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());
  public static final Table CHILD = table("child", column("id", bigint()).primaryKey(), column("parent_id", bigint()).references(() -> PARENT, "id"));
}
