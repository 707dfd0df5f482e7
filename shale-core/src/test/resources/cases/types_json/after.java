import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_JSON =
      table(
          "type_json",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("raw", json()),
          column("doc", jsonb()).notNull().defaultSql("'{}'::jsonb"),
          column("list", jsonb()).defaultSql("'[]'::jsonb"));
}
