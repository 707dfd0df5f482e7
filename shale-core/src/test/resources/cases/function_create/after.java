import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgEnum MOOD = enumType("mood", "ok", "sad");

  public static final PgFunction TOUCH_UPDATED_AT =
      function("touch_updated_at")
          .returns("trigger")
          .language("plpgsql")
          .body(
              """
              BEGIN
                NEW.updated_at := now();
                RETURN NEW;
              END;
              """);

  // A sql body that reads a table created later in the same migration.
  public static final PgFunction USER_COUNT =
      function("user_count").returns(bigint()).language("sql").stable().body("SELECT count(*) FROM users");

  public static final PgFunction FULL_NAME =
      function("full_name")
          .argument("first", text())
          .argument("last", varchar(80))
          .returns(text())
          .language("sql")
          .immutable()
          .strict()
          .parallelSafe()
          .body("SELECT first || ' ' || last");

  public static final PgFunction AREA_1 =
      function("area").argument("side", integer()).returns(integer()).language("sql").immutable()
          .body("SELECT side * side");

  public static final PgFunction AREA_2 =
      function("area")
          .argument("w", integer())
          .argument("h", integer())
          .returns(integer())
          .language("sql")
          .immutable()
          .body("SELECT w * h");

  public static final PgFunction SUM_ALL =
      function("sum_all").variadic("nums", integer().array()).returns(bigint()).language("sql")
          .body("SELECT sum(n) FROM unnest(nums) AS n");

  public static final PgFunction STATS =
      function("stats")
          .out("total", bigint())
          .out("newest", timestamptz())
          .language("sql")
          .body("SELECT count(*), max(updated_at) FROM users");

  public static final PgFunction MOOD_LABEL =
      function("mood_label").argument("m", MOOD.type()).returns(text()).language("plpgsql").immutable()
          .body("BEGIN RETURN upper(m::text); END");

  public static final PgFunction NEXT_CODE =
      BILLING
          .function("next_code")
          .argument("prefix", text(), "'INV'::text")
          .returns(text())
          .language("plpgsql")
          .securityDefiner()
          .set("search_path", "billing, pg_temp")
          .set("work_mem", "64MB")
          .body(
              """
              DECLARE
                n bigint;
              BEGIN
                SELECT count(*) + 1 INTO n FROM billing.invoices;
                RETURN prefix || '-' || n;
              END
              """);

  public static final PgFunction ARCHIVE =
      procedure("archive")
          .argument("days", integer(), "30")
          .language("plpgsql")
          .body(
              """
              BEGIN
                DELETE FROM users WHERE updated_at < now() - make_interval(days => days);
              END
              """);

  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("first", text()).notNull(),
          column("last", text()).notNull(),
          column("name", text()).generatedAlwaysAs("full_name(first, last)"),
          column("side", integer()).notNull().defaultValue(1),
          column("mood", MOOD),
          column("updated_at", timestamptz()).notNull().defaultNow(),
          check("area(side) < 10000"),
          index(expr("full_name(first, last)")).name("users_full_name"));

  public static final Table INVOICES =
      BILLING.table(
          "invoices",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("code", text()).notNull().defaultSql("billing.next_code()"));
}
