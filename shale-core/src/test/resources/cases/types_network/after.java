import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_NETWORK =
      table(
          "type_network",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("ip", inet()),
          column("net", cidr()),
          column("mac", macaddr()),
          column("mac8", macaddr8()),
          column("localhost", inet()).defaultValue("127.0.0.1"));
}
