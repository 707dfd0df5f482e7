import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).primaryKey(),
          column("body", text()),
          column("search", customType("tsvector")),
          trigger("docs_unchanged")
              .before()
              .onUpdate()
              .forEachRow()
              .execute("suppress_redundant_updates_trigger"),
          trigger("docs_search")
              .before()
              .onInsert()
              .onUpdate("body")
              .forEachRow()
              .execute("pg_catalog.tsvector_update_trigger", "search", "pg_catalog.english", "body"));
}
