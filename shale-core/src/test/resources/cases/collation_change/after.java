import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table NAMES =
      table(
          "names",
          column("id", integer()).primaryKey(),
          column("name", text()).notNull().collate("C"),
          column("label", varchar(50)),
          column("code", varchar(20)).collate("C"),
          index("name"));

  public static final PgView NAME_LIST = view("name_list", "SELECT id, name FROM names");
}
