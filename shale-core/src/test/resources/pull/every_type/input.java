import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Types {
  public static final PgEnum MOOD = enumType("mood", "sad", "ok", "happy");

  public static final Table EVERYTHING =
      table(
          "everything",
          column("a_smallint", smallint()),
          column("a_integer", integer()),
          column("a_bigint", bigint()),
          column("a_numeric", numeric()),
          column("a_numeric_p", numeric(8)),
          column("a_numeric_ps", numeric(12, 4)),
          column("a_numeric_negative_scale", numeric(7, -2)),
          column("a_real", real()),
          column("a_double", doublePrecision()),
          column("a_bool", bool()),
          column("a_text", text()),
          column("a_varchar", varchar()),
          column("a_varchar_n", varchar(255)),
          column("a_char", character(2)),
          column("a_uuid", uuid()),
          column("a_date", date()),
          column("a_time", time()),
          column("a_time_p", time(3)),
          column("a_timetz", timetz()),
          column("a_timetz_p", timetz(2)),
          column("a_timestamp", timestamp()),
          column("a_timestamp_p", timestamp(0)),
          column("a_timestamptz", timestamptz()),
          column("a_timestamptz_p", timestamptz(6)),
          column("an_interval", interval()),
          column("a_json", json()),
          column("a_jsonb", jsonb()),
          column("a_bytea", bytea()),
          column("an_inet", inet()),
          column("a_cidr", cidr()),
          column("a_macaddr", macaddr()),
          column("a_macaddr8", macaddr8()),
          column("a_tsvector", customType("tsvector")),
          column("a_point", customType("point")),
          column("a_bit", customType("bit(8)")),
          column("a_varbit", customType("varbit")),
          column("a_money", customType("money")),
          column("an_int4range", customType("int4range")),
          column("a_mood", MOOD),
          column("moods", MOOD.array()),
          column("texts", text().array()),
          column("matrix", integer().array().array()),
          column("varchars", varchar(10).array()),
          column("stamps", timestamptz(3).array()));
}
