import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
          "purchases",
          column("id", bigint()).primaryKey(),
          column("total", integer()).check("total >= 0"),
          column("code", varchar(40)).unique(),
          index("total").where("total IS NOT NULL"));
}
