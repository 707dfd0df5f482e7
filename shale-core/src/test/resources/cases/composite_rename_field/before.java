import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgComposite ADDRESS = compositeType("address").field("street", text()).field("zip", varchar(5));

  public static final Table CUSTOMERS =
      table("customers", column("id", bigint()).primaryKey(), column("home", ADDRESS));
}
