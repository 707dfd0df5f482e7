import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Drizzle {
  public static final PgSequence SEQ = sequence("Weird Seq");

  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", integer()).primaryKey().defaultSql("nextval('\"Weird Seq\"'::regclass)"),
          column("name", text()).notNull().defaultSql("''::text"),
          column("tags", text().array()).notNull().defaultSql("ARRAY[]::text[]"),
          column("scores", integer().array()).defaultSql("ARRAY[1, 2, 3]"),
          column("settings", jsonb()).notNull().defaultSql("'{\"theme\": \"dark\"}'::jsonb"),
          column("code", varchar(10)).defaultSql("'A-1'::character varying"),
          column("expires", timestamp(3)).defaultSql("(CURRENT_TIMESTAMP + '30 days'::interval)"),
          column("ratio", numeric(3, 2)).defaultSql("0.50"),
          column("flag", bool()).notNull().defaultSql("false"));
}
