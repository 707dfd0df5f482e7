import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSequence;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum STATUS = enumType("status", "active", "it's done");

  public static final PgSequence ORDER_SEQ = sequence("Order_seq");

  public static final PgSequence COUNTER = sequence("counter");

  public static final Table DEFAULTS =
      table(
          "defaults",
          column("empty_text", text()).defaultValue(""),
          column("empty_text_cast", text()).defaultValue(""),
          column("quoted", text()).defaultValue("it's"),
          column("backslash", text()).defaultValue("C:\\temp\\"),
          column("two_lines", text()).defaultValue("first\n" + "second"),
          column("varchar_cast", varchar(20)).defaultValue("a"),
          column("zero", integer()).defaultValue(0),
          column("negative", integer()).defaultValue(-1),
          column("big", bigint()).defaultValue(10000000000L),
          column("expression", integer()).defaultSql("1 + 2"),
          column("int_cast", integer()).defaultValue(7),
          column("decimal", numeric(10, 2)).defaultSql("9.99"),
          column("floating", doublePrecision()).defaultSql("'-Infinity'::double precision"),
          column("yes", bool()).defaultValue(true),
          column("upper_false", bool()).defaultValue(false),
          column("created_at", timestamptz()).defaultNow(),
          column("current", timestamp()).defaultSql("CURRENT_TIMESTAMP"),
          column("tomorrow", timestamptz()).defaultSql("now() + '1 day'::interval"),
          column("today", date()).defaultSql("CURRENT_DATE"),
          column("leap", date()).defaultSql("'2024-02-29'::date"),
          column("token", uuid()).defaultRandomUuid(),
          column("doc", jsonb()).defaultSql("'{}'::jsonb"),
          column("doc_plain", json()).defaultSql("'{\"a\": [1, 2]}'::json"),
          column("empty_array", text().array()).defaultSql("ARRAY[]::text[]"),
          column("empty_array_literal", integer().array()).defaultSql("'{}'::integer[]"),
          column("array_constructor", text().array()).defaultSql("ARRAY['a', 'b']"),
          column("status", STATUS).defaultValue("it's done"),
          column("status_cast", STATUS).defaultValue("active"),
          column("counted", bigint()).defaultSql("nextval('counter'::regclass)"),
          column("ordered", bigint()).defaultSql("nextval('\"Order_seq\"'::regclass)"),
          column("raw_bytes", bytea()).defaultSql("'\\x00ff'::bytea"),
          column("span", interval()).defaultSql("'01:00:00'::interval"));

  private PublicSchema() {}
}
