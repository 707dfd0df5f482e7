import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgDomain ZIP = domain("zip", text()).check("digits", "VALUE ~ '^[0-9]+$'");

  public static final PgComposite ADDRESS =
      compositeType("address").field("street", text()).field("zip", varchar(5)).field("city", text()).field("zip4", ZIP);

  public static final PgComposite DRAFT = compositeType("draft").field("body", text()).field("tags", text().array());

  public static final Table CUSTOMERS =
      table("customers", column("id", bigint()).primaryKey(), column("home", ADDRESS));
}
