import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "t",
          column("id", bigint()).primaryKey(),
          column("a", integer()).notNull(),
          column("g", integer())
              .generatedAlwaysAs("a * 3")
              .unique()
              .check("g < 1000000")
              .comment("three times a"),
          index("g").where("g > 10"));
}
