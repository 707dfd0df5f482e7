import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction GREET =
      function("greet").argument("name", text()).returns(text()).language("sql")
          .body("SELECT 'hello ' || name");

  public static final PgFunction SCORE =
      function("score").argument("n", integer()).returns(integer()).language("plpgsql")
          .immutable().strict().body("BEGIN RETURN n * 2; END");

  public static final PgFunction PAD =
      function("pad").argument("s", text(), "''::text").returns(text()).language("sql")
          .body("SELECT ' ' || s");

  public static final PgFunction TOTAL =
      function("total").returns(bigint()).language("sql").body("SELECT 1::bigint");

  public static final PgFunction RENAME_ARG =
      function("rename_arg").argument("b", integer()).returns(integer()).language("sql")
          .body("SELECT $1");

  public static final PgFunction SECURE =
      function("secure").returns("void").language("plpgsql").securityDefiner()
          .set("search_path", "")
          .body("BEGIN END");

  public static final PgFunction AREA =
      function("area").argument("side", integer()).returns(integer()).language("sql")
          .body("SELECT side * side");

  public static final PgFunction AREA_2 =
      function("area").argument("w", integer()).argument("h", integer()).returns(integer())
          .language("sql").body("SELECT w * h");

  public static final PgFunction TO_CENTS =
      function("to_cents").argument("x", integer()).returns(bigint()).language("sql")
          .body("SELECT x * 100");

  public static final PgFunction CLEANUP =
      function("cleanup").returns("void").language("plpgsql").body("BEGIN END");

  public static final PgFunction DEFAULT_CODE =
      function("default_code").returns(text()).language("sql").body("SELECT 'b'");

  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("code", text()).notNull().defaultSql("default_code()"));
}
