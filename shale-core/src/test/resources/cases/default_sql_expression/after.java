import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("expires_at", timestamptz()).notNull().defaultSql("now() + interval '30 days'"),
          column("settings", jsonb()).notNull().defaultSql("'{}'::jsonb"),
          column("labels", text().array()).notNull().defaultSql("'{}'::text[]"),
          column("created_by", text()).notNull().defaultSql("CURRENT_USER"),
          column("code", text()).defaultSql("upper(md5(random()::text))"),
          column("ttl", interval()).defaultSql("'1 hour'::interval"));
}
