import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Generated {
  public static final Table PEOPLE =
      table(
          "people",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("first_name", text()).notNull(),
          column("last_name", text()).notNull(),
          column("full_name", text()).generatedAlwaysAs("first_name || ' ' || last_name"),
          column("height_cm", numeric(5, 1)),
          column("height_in", numeric(6, 2)).generatedAlwaysAs("height_cm / 2.54"),
          column("search", customType("tsvector"))
              .generatedAlwaysAs("to_tsvector('english'::regconfig, first_name)"));
}
