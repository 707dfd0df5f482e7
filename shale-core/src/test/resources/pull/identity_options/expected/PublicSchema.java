import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table ALWAYS_PLAIN =
      table("always_plain", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());

  public static final Table BY_DEFAULT_PLAIN =
      table("by_default_plain", column("id", integer()).generatedByDefaultAsIdentity());

  public static final Table COUNTDOWN =
      table(
          "countdown",
          column("id", smallint())
              .generatedByDefaultAsIdentity(sequenceOptions().startWith(-10).incrementBy(-1)),
          column("explicit_defaults", integer()).generatedByDefaultAsIdentity());

  public static final Table WITH_OPTIONS =
      table(
          "with_options",
          column("id", bigint())
              .generatedAlwaysAsIdentity(
                  sequenceOptions()
                      .incrementBy(10)
                      .minValue(1000)
                      .maxValue(9000000000L)
                      .cache(50)
                      .cycle())
              .primaryKey());

  private PublicSchema() {}
}
