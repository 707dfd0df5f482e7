import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgComposite ADDRESS =
      compositeType("address").field("street", text()).field("zip", varchar(5)).field("note", text());

  public static final PgComposite DRAFT = compositeType("draft").field("body", varchar(20)).field("tags", text());

  public static final Table CUSTOMERS =
      table("customers", column("id", bigint()).primaryKey(), column("home", ADDRESS));
}
