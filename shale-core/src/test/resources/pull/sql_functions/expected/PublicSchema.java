import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgExtension;
import dev.shale.schema.PgFunction;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgExtension CITEXT = extension("citext");

  public static final PgEnum MOOD = enumType("mood", "ok", "sad");

  public static final PgFunction AREA =
      function("area")
          .argument("", integer())
          .returns(integer())
          .language("sql")
          .immutable()
          .body("SELECT $1 * $1");

  public static final PgFunction AREA_2 =
      function("area")
          .argument("w", integer())
          .argument("h", integer())
          .returns(integer())
          .language("sql")
          .immutable()
          .body("SELECT w * h");

  public static final PgFunction FIRST_ID =
      function("first_id").out("id", bigint()).language("sql").body("SELECT 1::bigint");

  public static final PgFunction FULL_NAME =
      function("full_name")
          .argument("first", text())
          .argument("last", varchar(), "''::character varying")
          .returns(text())
          .language("sql")
          .immutable()
          .strict()
          .parallelSafe()
          .body("SELECT first || ' ' || last");

  public static final PgFunction LABEL =
      function("label")
          .argument("m", MOOD.type())
          .argument("s", AppSchema.STATUS.array())
          .returns(text())
          .language("sql")
          .body("SELECT m::text || ' \"\"\"' || s::text");

  public static final PgFunction NAMES =
      function("names")
          .returnsSetOf(text())
          .language("sql")
          .body("SELECT 'a' UNION ALL SELECT 'b\\c'");

  public static final PgFunction PAIRS =
      function("pairs")
          .argument("n", integer())
          .returns("TABLE(k integer, v text)")
          .language("sql")
          .body("SELECT i, i::text FROM generate_series(1, n) AS i");

  public static final PgFunction SHOUT =
      function("shout")
          .argument("t", customType("citext"))
          .returns(customType("citext"))
          .language("sql")
          .body("SELECT upper(t::text)::citext");

  public static final PgFunction STATS =
      function("stats")
          .out("total", bigint())
          .out("newest", timestamptz())
          .language("sql")
          .stable()
          .body("SELECT 1::bigint, now()");

  public static final PgFunction SUM_ALL =
      function("sum_all")
          .variadic("nums", integer().array())
          .returns(bigint())
          .language("sql")
          .body("SELECT sum(n) FROM unnest(nums) AS n");

  public static final PgFunction TOUCH_UPDATED_AT =
      function("touch_updated_at")
          .returns("trigger")
          .language("plpgsql")
          .body(
              """

              BEGIN
                NEW.updated_at := now();	-- a tab before this comment
                RETURN NEW; \s
              END;
              """);

  private PublicSchema() {}
}
