import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgDomain CODE = domain("code", text()).collate("C").check("short", "length(VALUE) > 1");

  public static final PgComposite PAIR =
      compositeType("pair").field("first", text()).field("a", integer()).field("b", text());

  public static final Table ITEMS =
      table("items", column("id", bigint()).primaryKey(), column("code", CODE), column("pair", PAIR));
}
