import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgDomain;
import dev.shale.schema.PgExtension;
import dev.shale.schema.PgFunction;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgExtension BTREE_GIST = extension("btree_gist");

  public static final PgDomain POSITIVE_INT =
      domain("positive_int", integer()).check("positive_int_check", "VALUE > 0");

  public static final PgFunction TOUCH =
      function("touch")
          .returns("trigger")
          .language("plpgsql")
          .body(
              """

              BEGIN NEW.updated_at = now(); RETURN NEW; END\s\
              """);

  public static final Table ITEMS =
      table(
          "items",
          column("id", integer()).primaryKey(),
          column("qty", POSITIVE_INT),
          column("updated_at", timestamptz()),
          column("during", customType("tstzrange")),
          exclude("gist", element("id", "="), element("during", "&&")),
          rowLevelSecurity(),
          policy("items_all").using("true"),
          trigger("items_touch").before().onUpdate().forEachRow().execute("touch"));

  public static final Table MEASUREMENTS =
      table("measurements", column("at", date()).notNull(), column("v", integer()))
          .partitionByRange("at");

  public static final Table MEASUREMENTS_2024 =
      table("measurements_2024")
          .partitionOf(() -> MEASUREMENTS, valuesFrom("2024-01-01").to("2025-01-01"));

  private PublicSchema() {}
}
