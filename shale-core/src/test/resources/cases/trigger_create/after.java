import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction TOUCH =
      function("touch").returns("trigger").language("plpgsql")
          .body("BEGIN NEW.updated_at := now(); RETURN NEW; END");

  public static final PgFunction AUDIT =
      function("audit_row").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final PgSchema APP = schema("app");

  public static final PgFunction CHECK_LATER =
      APP.function("check_later").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("name", text()).notNull(),
          column("status", text()),
          column("updated_at", timestamptz()),
          trigger("accounts_touch").before().onInsert().onUpdate().forEachRow().execute(TOUCH),
          trigger("accounts_status")
              .after()
              .onUpdate("status", "name")
              .forEachRow()
              .when("OLD.status IS DISTINCT FROM NEW.status")
              .execute(AUDIT, "status", "it's"),
          trigger("accounts_truncated").after().onTruncate().execute("audit_row").disabled(),
          trigger("accounts_inserted")
              .after()
              .onInsert()
              .referencingNewTable("inserted")
              .execute(AUDIT)
              .enabledReplica(),
          trigger("accounts_deferred")
              .constraint()
              .onInsert()
              .onDelete()
              .initiallyDeferred()
              .execute(CHECK_LATER)
              .enabledAlways());

  public static final Table NOTES =
      table(
          "notes",
          column("id", bigint()).primaryKey(),
          column("account_id", bigint()).references(() -> ACCOUNTS, "id"),
          column("updated_at", timestamptz()),
          trigger("notes_touch").before().onUpdate().forEachRow().execute(TOUCH),
          trigger("notes_account_check")
              .constraint()
              .from("accounts")
              .onUpdate("account_id")
              .execute("app.check_later"));
}
