import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction AUDIT =
      function("audit_row").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).primaryKey(),
          column("headline", text()),
          column("price", bigint()),
          trigger("items_title")
              .after()
              .onUpdate("headline")
              .forEachRow()
              .when("NEW.headline <> 'x'")
              .execute(AUDIT),
          trigger("items_price").after().onUpdate("price").forEachRow().execute(AUDIT),
          trigger("items_legacy").after().onUpdate().forEachRow().execute(AUDIT));
}
