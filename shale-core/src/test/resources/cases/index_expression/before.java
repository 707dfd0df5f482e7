import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ARTICLES =
      table(
          "articles",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", bigint()).notNull(),
          column("slug", text()).notNull(),
          column("title", text()).notNull(),
          column("status", text()).notNull().defaultValue("draft"),
          column("published_at", timestamptz()),
          column("deleted_at", timestamptz()),
          column("metadata", jsonb()).notNull().defaultSql("'{}'::jsonb"),
          column("tags", text().array()).notNull().defaultSql("'{}'::text[]"));
}
