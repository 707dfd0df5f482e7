import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_DATETIME =
      table(
          "type_datetime",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("d", date()).defaultSql("CURRENT_DATE"),
          column("t", time()),
          column("t3", time(3)),
          column("ttz", timetz()),
          column("ttz0", timetz(0)),
          column("ts", timestamp()),
          column("ts0", timestamp(0)),
          column("tstz", timestamptz()).notNull().defaultNow(),
          column("tstz6", timestamptz(6)),
          column("epoch", timestamptz()).defaultValue("1970-01-01 00:00:00+00"));
}
