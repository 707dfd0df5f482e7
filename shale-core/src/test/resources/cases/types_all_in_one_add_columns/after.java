import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table KITCHEN_SINK =
      table(
          "kitchen_sink",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("c_smallint", smallint()),
          column("c_integer", integer()),
          column("c_bigint", bigint()),
          column("c_numeric", numeric(8, 3)),
          column("c_real", real()),
          column("c_double", doublePrecision()),
          column("c_bool", bool()),
          column("c_text", text()),
          column("c_varchar", varchar(10)),
          column("c_char", character(3)),
          column("c_uuid", uuid()),
          column("c_date", date()),
          column("c_time", time(0)),
          column("c_timestamptz", timestamptz(3)),
          column("c_interval", interval()),
          column("c_jsonb", jsonb()),
          column("c_bytea", bytea()),
          column("c_inet", inet()),
          column("c_text_2d", text().array().array()),
          column("c_tsvector", customType("tsvector")));
}
