import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgExtension BTREE_GIST = extension("btree_gist");
}
