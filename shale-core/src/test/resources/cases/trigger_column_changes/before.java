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
          column("title", text()),
          column("price", integer()),
          column("legacy", text()),
          trigger("items_title")
              .after()
              .onUpdate("title")
              .forEachRow()
              .when("NEW.title <> 'x'")
              .execute(AUDIT),
          trigger("items_price").after().onUpdate("price").forEachRow().execute(AUDIT),
          trigger("items_legacy")
              .after()
              .onUpdate()
              .forEachRow()
              .when("OLD.legacy IS DISTINCT FROM NEW.legacy")
              .execute(AUDIT));
}
