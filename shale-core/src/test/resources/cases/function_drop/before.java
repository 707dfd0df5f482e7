import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum MOOD = enumType("mood", "ok", "sad");

  public static final PgFunction MOOD_LABEL =
      function("mood_label").argument("m", MOOD.type()).returns(text()).language("sql")
          .immutable().body("SELECT upper(m::text)");

  public static final PgFunction DEFAULT_CODE =
      function("default_code").returns(text()).language("sql").body("SELECT 'a'");

  public static final PgFunction IS_SHORT =
      function("is_short").argument("s", text()).returns(bool()).language("sql").immutable()
          .body("SELECT length(s) < 10");

  public static final PgFunction LOWER_CODE =
      function("lower_code").argument("s", text()).returns(text()).language("sql").immutable()
          .body("SELECT lower(s)");

  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("code", text()).notNull().defaultSql("default_code()"),
          column("mood", MOOD),
          check("is_short(code)").name("items_code_short"),
          index(expr("lower_code(code)")).name("items_lower_code"));
}
