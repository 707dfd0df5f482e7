import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Identity {
  public static final Table ALWAYS_PLAIN =
      table("always_plain", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());

  public static final Table BY_DEFAULT_PLAIN =
      table("by_default_plain", column("id", integer()).generatedByDefaultAsIdentity());

  public static final Table WITH_OPTIONS =
      table(
          "with_options",
          column("id", bigint())
              .generatedAlwaysAsIdentity(
                  sequenceOptions()
                      .startWith(1000)
                      .incrementBy(10)
                      .minValue(1000)
                      .maxValue(9000000000L)
                      .cache(50)
                      .cycle())
              .primaryKey());

  public static final Table COUNTDOWN =
      table(
          "countdown",
          column("id", smallint())
              .generatedByDefaultAsIdentity(sequenceOptions().incrementBy(-1).startWith(-10)),
          column("explicit_defaults", integer())
              .generatedByDefaultAsIdentity(sequenceOptions().startWith(1).incrementBy(1).cache(1)));
}
