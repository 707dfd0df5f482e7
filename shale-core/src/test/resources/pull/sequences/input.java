import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Sequences {
  public static final PgSequence PLAIN = sequence("plain");
  public static final PgSequence SMALL = sequence("small").as(smallint()).maxValue(1000).cycle();
  public static final PgSequence INTS = sequence("ints").as(integer()).startWith(100).cache(20);
  public static final PgSequence DOWN = sequence("down").incrementBy(-5);
  public static final PgSequence HUGE =
      sequence("huge").startWith(5000000000L).minValue(5000000000L).maxValue(9000000000000000000L);
  public static final PgSequence NEGATIVE = sequence("negative").as(integer()).minValue(-100).startWith(-100);
}
