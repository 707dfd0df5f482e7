import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table NODES =
      table("nodes", column("id", bigint()).primaryKey(), column("parent_id", bigint()).references(() -> Schema.NODES, "id").onDelete(CASCADE));
}
