import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("slots", column("a", integer()).notNull(), column("b", integer()).notNull(), column("k", integer()).generatedAlwaysAs("a * 1000 + b").primaryKey());
  public static final Table O = table("uses", column("id", bigint()).primaryKey(), column("slot_k", integer()).references(() -> A, "k"));
}
