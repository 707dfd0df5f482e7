import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table INVOICES =
      table(
          "invoices",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("number", integer())
              .generatedByDefaultAsIdentity(
                  sequenceOptions().startWith(1000).incrementBy(10).maxValue(999999).cache(20)));
}
