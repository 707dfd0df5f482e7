import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_SERIALS =
      table(
          "type_serials",
          column("id", bigserial()).primaryKey(),
          column("seq_small", smallserial()),
          column("seq_int", serial()));
}
