import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Empty {
  public static final PgSchema ARCHIVE = schema("archive");
  public static final PgSchema STAGING = schema("staging");
  public static final Table T = table("t", column("id", integer()));
}
