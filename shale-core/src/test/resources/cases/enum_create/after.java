import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum MOOD = enumType("mood", "sad", "ok", "very happy", "it's complicated");
}
