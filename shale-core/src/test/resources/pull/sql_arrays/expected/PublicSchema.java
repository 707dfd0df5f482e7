import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum COLOR = enumType("color", "red", "green", "blue");

  public static final Table ARRAYS =
      table(
          "arrays",
          column("ints", integer().array()),
          column("fixed", integer().array()),
          column("grid", integer().array()),
          column("texts", text().array()).notNull().defaultSql("ARRAY[]::text[]"),
          column("labels", varchar(16).array()).defaultSql("'{a,b}'::character varying[]"),
          column("stamps", timestamptz(0).array()),
          column("money_", numeric(12, 2).array()),
          column("uuids", uuid().array()).defaultSql("ARRAY[]::uuid[]"),
          column("docs", jsonb().array()),
          column("colors", COLOR.array()).notNull().defaultSql("'{red}'::color[]"),
          column("more_colors", COLOR.array()).defaultSql("ARRAY['green'::color, 'blue'::color]"),
          column("bits", customType("bit(4)").array()));

  private PublicSchema() {}
}
