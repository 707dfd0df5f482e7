import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table CUSTOMERS =
      table(
          "customers",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("vat_id", text()));
}
