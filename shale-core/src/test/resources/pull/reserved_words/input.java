import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Reserved {
  public static final Table ORDER =
      table(
          "order",
          column("select", bigint()).primaryKey(),
          column("from", text()),
          column("where", text()),
          column("class", text()),
          column("true", bool()),
          column("null", text()),
          column("user", text()),
          index("from"));

  public static final Table USER =
      table(
          "user",
          column("id", bigint()).primaryKey(),
          column("order", bigint()).references(() -> ORDER, "select"));

  public static final Table CLASS = table("class", column("int", integer()), column("new", text()));
}
