import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table SETTINGS =
      table(
          "settings",
          column("id", integer()).generatedByDefaultAsIdentity().primaryKey(),
          column("doc", jsonb())
              .notNull()
              .defaultSql("'{\"sizes\": [1, 2], \"theme\": \"dark\"}'::jsonb"),
          column("doc_json", json()).defaultSql("'[]'::json"),
          column("nested", jsonb()).defaultSql("jsonb_build_object('a', 1)"),
          column("label", text()).defaultValue(""),
          column("label_cast", text()).defaultValue(""),
          column("code", varchar(8)).defaultValue("X"),
          column("amount", numeric(10, 2)).defaultValue(0),
          column("ratio", real()).defaultSql("0.5"),
          column("big", bigint()).defaultValue(9223372036854775807L),
          column("neg", integer()).defaultValue(-42),
          column("flag", bool()).defaultValue(true),
          column("created", timestamptz()).defaultSql("CURRENT_TIMESTAMP"),
          column("created_now", timestamptz()).defaultNow(),
          column("local_ts", timestamp()).defaultSql("LOCALTIMESTAMP"),
          column("day", date()).defaultSql("'now'::text::date"),
          column("later", timestamptz()).defaultSql("now() + '01:00:00'::interval"),
          column("epoch", timestamptz())
              .defaultSql("'1970-01-01 00:00:00+00'::timestamp with time zone"),
          column("uid", uuid()).defaultRandomUuid(),
          column("who", customType("name")).defaultSql("CURRENT_USER"),
          column("lower_default", text()).defaultSql("lower('ABC')"),
          column("bytes", bytea()).defaultSql("'\\xdeadbeef'::bytea"),
          column("period", interval()).defaultSql("'1 day 02:00:00'::interval"),
          column("ip", inet()).defaultSql("'127.0.0.1'::inet"));

  private PublicSchema() {}
}
