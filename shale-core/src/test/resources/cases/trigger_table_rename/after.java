import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction CHECK_LATER =
      function("check_later").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final PgSchema BILLING = schema("billing");

  public static final Table CUSTOMERS =
      BILLING.table(
          "customers",
          column("id", bigint()).primaryKey(),
          column("state", text()),
          trigger("accounts_status")
              .after()
              .onUpdate("state")
              .forEachRow()
              .when("OLD.state IS DISTINCT FROM NEW.state")
              .execute(CHECK_LATER));

  public static final Table NOTES =
      table(
          "notes",
          column("id", bigint()).primaryKey(),
          trigger("notes_check")
              .constraint()
              .from("billing.customers")
              .onInsert()
              .execute(CHECK_LATER));
}
