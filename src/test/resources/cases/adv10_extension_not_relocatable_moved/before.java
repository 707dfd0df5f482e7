import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema EXT = schema("ext");
  public static final PgExtension XML2 = extension("xml2");
}
