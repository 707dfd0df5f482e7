import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table PEOPLE =
      table(
          "people",
          column("first_name", text()).notNull(),
          column("last_name", text()).notNull(),
          column("full_name", text()).generatedAlwaysAs("(first_name || ' ') || last_name"),
          column("height_cm", numeric(5, 1)),
          column("height_in", numeric()).generatedAlwaysAs("height_cm / 2.54"),
          column("search", customType("tsvector"))
              .generatedAlwaysAs(
                  "to_tsvector('simple'::regconfig, (coalesce(first_name, '') || ' ') || coalesce(last_name, ''))"),
          index("search").using("gin"));

  private PublicSchema() {}
}
