import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table COUNTERS =
      table(
          "counters",
          column("id", smallint())
              .generatedAlwaysAsIdentity(sequenceOptions().startWith(1).maxValue(32000).cycle())
              .primaryKey(),
          column("ticket", integer())
              .generatedByDefaultAsIdentity(
                  sequenceOptions().startWith(500).incrementBy(5).minValue(100).cache(10)),
          column("countdown", bigint())
              .generatedByDefaultAsIdentity(
                  sequenceOptions().startWith(-1).incrementBy(-1).minValue(-1000000).maxValue(-1)));
}
