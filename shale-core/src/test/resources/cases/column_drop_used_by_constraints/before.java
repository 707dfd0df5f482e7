import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PAGES =
      table(
          "pages",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("site_id", bigint()).notNull(),
          column("slug", text()).notNull(),
          column("title", text()).notNull(),
          unique("site_id", "slug"),
          check("slug ~ '^[a-z0-9-]+$'").name("pages_slug_format"));
}
