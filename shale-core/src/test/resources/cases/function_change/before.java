import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction GREET =
      function("greet").argument("name", text()).returns(text()).language("sql")
          .body("SELECT 'hi ' || name");

  public static final PgFunction SCORE =
      function("score").argument("n", integer()).returns(integer()).language("plpgsql")
          .body("BEGIN RETURN n * 2; END");

  public static final PgFunction PAD =
      function("pad").argument("s", text()).returns(text()).language("sql").body("SELECT ' ' || s");

  public static final PgFunction TOTAL =
      function("total").returns(integer()).language("sql").body("SELECT 1");

  public static final PgFunction RENAME_ARG =
      function("rename_arg").argument("a", integer()).returns(integer()).language("sql")
          .body("SELECT $1");

  public static final PgFunction SECURE =
      function("secure").returns("void").language("plpgsql").securityDefiner().body("BEGIN END");

  public static final PgFunction AREA =
      function("area").argument("side", integer()).returns(integer()).language("sql")
          .body("SELECT side * side");

  public static final PgFunction LEGACY =
      function("legacy").returns("void").language("plpgsql").body("BEGIN END");

  public static final PgFunction TO_CENTS =
      function("to_cents").argument("x", numeric()).returns(bigint()).language("sql")
          .body("SELECT (x * 100)::bigint");

  public static final PgFunction CLEANUP =
      procedure("cleanup").language("plpgsql").body("BEGIN END");

  public static final PgFunction DEFAULT_CODE =
      function("default_code").returns(text()).language("sql").body("SELECT 'a'");

  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("code", text()).notNull().defaultSql("default_code()"));
}
