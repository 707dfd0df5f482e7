import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgEnum MOOD = enumType("mood", "ok", "sad");

  public static final PgEnum PLAN = BILLING.enumType("plan", "free", "paid");

  public static final PgFunction LABEL =
      function("label").argument("m", MOOD.type()).returns(MOOD.array()).language("sql")
          .body("SELECT ARRAY[m]");

  public static final PgFunction UPGRADE =
      BILLING.function("upgrade").argument("p", PLAN.type()).returns(PLAN.type())
          .language("plpgsql").body("BEGIN RETURN 'paid'; END");
}
