import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("items", column("id", bigint()).primaryKey(), column("code", text()),
      check("code <> ''").name("code_nonempty"), index(expr("lower(code)")).name("items_code_lower"), index("id").where("code <> 'x'").name("items_not_x"));
}
