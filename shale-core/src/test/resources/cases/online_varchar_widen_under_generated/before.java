import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PEOPLE =
      table(
          "people",
          column("id", bigint()).primaryKey(),
          column("first_name", varchar(40)).notNull(),
          column("last_name", varchar(40)).notNull(),
          column("full_name", text()).generatedAlwaysAs("first_name || ' ' || last_name"));
}
