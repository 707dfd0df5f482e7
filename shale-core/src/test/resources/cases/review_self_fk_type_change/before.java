import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table NODES =
      table("nodes", column("id", integer()).primaryKey(), column("parent_id", integer()).references(() -> Schema.NODES, "id").onDelete(CASCADE));
}
