import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgDomain NN = domain("nn", text()).notNull();
  public static final PgDomain OVER_NN = domain("over_nn", NN);
  public static final PgDomain NN_DEFAULT = domain("nn_default", text()).notNull().defaultTo("'x'");
  public static final Table T =
      table(
          "t",
          column("id", integer()).primaryKey(),
          column("req", NN),
          column("req_nested", OVER_NN),
          column("given", NN).defaultValue("y"),
          column("by_domain", NN_DEFAULT),
          column("list", NN.array()));
}
