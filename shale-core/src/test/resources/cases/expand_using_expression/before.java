import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PEOPLE =
      table(
          "people",
          column("id", bigint()).primaryKey(),
          column("first_name", text()),
          column("age", text()).check("age <> ''"));
}
