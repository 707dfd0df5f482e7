import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgDomain CODE = domain("code", text()).collate("C");
  public static final PgDomain SHORT_CODE = domain("short_code", CODE).collate("C");
  public static final Table T =
      table(
          "t",
          column("id", integer()).primaryKey(),
          column("a", CODE).collate("C"),
          column("b", SHORT_CODE.array()).collate("C"),
          column("c", CODE).collate("default"),
          column("d", CODE).collate("POSIX"));
}
