import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table P = table("p", column("code", text()).primaryKey());
  public static final Table T =
      table(
          "t",
          column("id", integer()).primaryKey(),
          column("plain", text()),
          column("checked", text()),
          column("shown", text()),
          column("lowered", text()),
          column("filtered", text()),
          column("ref", text()).references(() -> P, "code"),
          check("checked <> ''").name("checked_set"),
          index("id").include("shown"),
          index(expr("lower(lowered)")),
          index("id").where("filtered > 'a'").name("t_filtered"));
}
