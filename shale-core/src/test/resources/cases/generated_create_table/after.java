import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PEOPLE =
      table(
          "people",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("first_name", text()).notNull(),
          column("last_name", text()).notNull(),
          column("full_name", text()).generatedAlwaysAs("first_name || ' ' || last_name"),
          column("bio", text()),
          column("search", customType("tsvector"))
              .generatedAlwaysAs("to_tsvector('english'::regconfig, coalesce(bio, ''))"),
          index("search").using("gin"));
}
