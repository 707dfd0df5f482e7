import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction CHECK_LATER =
      function("check_later").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("status", text()),
          trigger("accounts_status")
              .after()
              .onUpdate("status")
              .forEachRow()
              .when("OLD.status IS DISTINCT FROM NEW.status")
              .execute(CHECK_LATER));

  public static final Table NOTES =
      table(
          "notes",
          column("id", bigint()).primaryKey(),
          trigger("notes_check").constraint().from("accounts").onInsert().execute(CHECK_LATER));
}
