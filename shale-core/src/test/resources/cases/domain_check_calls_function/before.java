import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction OLD_CHECK =
      function("is_even").argument("n", integer()).returns(bool()).language("sql").immutable().body("SELECT n % 2 = 0");

  public static final PgDomain EVEN = domain("even", integer()).check("even", "is_even(VALUE)");
}
