import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // The sequence goes with its owner, but another table's default uses it: PostgreSQL would refuse
  // DROP TABLE orders (the owned sequence has a dependant), so it is released first, and dropped
  // after that default goes.
  public static final Table INVOICES =
      table(
          "invoices",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("number", bigint()));
}
