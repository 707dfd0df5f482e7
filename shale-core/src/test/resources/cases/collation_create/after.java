import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table NAMES =
      table(
          "names",
          column("id", integer()).primaryKey(),
          column("name", text()).notNull().collate("C"),
          column("label", varchar(50)).collate("POSIX"),
          column("code", varchar(10)).collate("default"),
          column("tags", text().array()).collate("C"),
          index("name"));
}
