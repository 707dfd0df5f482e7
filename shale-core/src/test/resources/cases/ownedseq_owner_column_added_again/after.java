import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence BATCH_NUMBERS =
      sequence("batch_numbers").ownedBy("batches", "size_twice");

  public static final Table BATCHES =
      table(
          "batches",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("size", integer()).notNull(),
          column("size_twice", integer()).generatedAlwaysAs("size * 2"));
}
