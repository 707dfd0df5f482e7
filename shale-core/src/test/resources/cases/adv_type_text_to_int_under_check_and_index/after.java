import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("items", column("id", bigint()).primaryKey(), column("code", integer()),
      check("code > 0").name("code_nonempty"), index("code").name("items_code_lower"), index("id").where("code <> 7").name("items_not_x"));
}
