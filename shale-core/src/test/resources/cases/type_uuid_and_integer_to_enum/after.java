import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum MOOD = enumType("mood", "1", "2", "00000000-0000-4000-8000-000000000001");

  public static final Table T =
      table(
          "t",
          column("id", bigint()).primaryKey(),
          column("level", MOOD),
          column("token", MOOD));
}
