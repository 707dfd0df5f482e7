import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // A key written as an expression that is only a column: PostgreSQL keeps it as the column.
  public static final Table READINGS =
      table("readings", column("at", timestamptz()).notNull(), column("v", integer()))
          .partitionByRange(expr("((at))"));

  public static final Table READINGS_H1 =
      table("readings_h1")
          .partitionOf(() -> READINGS, valuesFrom("2024-01-01").to("2024-07-01 02:00:00+02"));
}
