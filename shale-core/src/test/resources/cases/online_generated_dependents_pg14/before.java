import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "t",
          column("id", bigint()).primaryKey(),
          column("a", integer()).notNull(),
          column("g", integer())
              .generatedAlwaysAs("a * 2")
              .unique()
              .check("g < 1000000")
              .comment("twice a"),
          index("g").where("g > 10"));
}
