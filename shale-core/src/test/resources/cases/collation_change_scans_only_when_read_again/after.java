import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table P = table("p", column("code", text()).primaryKey());
  public static final Table T =
      table(
          "t",
          column("id", integer()).primaryKey(),
          column("plain", text()).collate("C"),
          column("checked", text()).collate("C"),
          column("shown", text()).collate("C"),
          column("lowered", text()).collate("C"),
          column("filtered", text()).collate("C"),
          column("ref", text()).collate("C").references(() -> P, "code"),
          check("checked <> ''").name("checked_set"),
          index("id").include("shown"),
          index(expr("lower(lowered)")),
          index("id").where("filtered > 'a'").name("t_filtered"));
}
