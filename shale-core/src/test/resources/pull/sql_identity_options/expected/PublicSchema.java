import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table COUNTERS =
      table(
          "counters",
          column("a", bigint())
              .generatedAlwaysAsIdentity(sequenceOptions().startWith(100).incrementBy(10)),
          column("b", smallint())
              .generatedByDefaultAsIdentity(
                  sequenceOptions().minValue(-5).maxValue(500).cache(20).cycle()),
          column("c", integer()).generatedByDefaultAsIdentity(sequenceOptions().incrementBy(-1)),
          column("d", bigint()).generatedAlwaysAsIdentity().primaryKey());

  private PublicSchema() {}
}
