import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema FINANCE = schema("finance");

  public static final PgEnum FEELING = enumType("feeling", "ok", "sad");

  public static final PgEnum PLAN = FINANCE.enumType("plan", "free", "paid");

  public static final PgFunction LABEL =
      function("label").argument("m", FEELING.type()).returns(FEELING.array()).language("sql")
          .body("SELECT ARRAY[m]");

  public static final PgFunction UPGRADE =
      FINANCE.function("upgrade").argument("p", PLAN.type()).returns(PLAN.type())
          .language("plpgsql").body("BEGIN RETURN 'paid'::finance.plan; END");
}
