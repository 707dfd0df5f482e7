import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction TOUCH =
      function("touch_row").returns("trigger").language("plpgsql").body("BEGIN RETURN NEW; END");

  public static final Table T =
      table(
          "t",
          column("id", bigint()).primaryKey(),
          trigger("t_touch").before().onUpdate().forEachRow().execute(TOUCH));
}
