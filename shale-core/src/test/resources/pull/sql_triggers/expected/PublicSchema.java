import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgFunction;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgFunction BALANCES_WRITE =
      function("balances_write")
          .returns("trigger")
          .language("plpgsql")
          .body("BEGIN RETURN NEW; END");

  public static final PgFunction TOUCH_UPDATED_AT =
      function("touch_updated_at")
          .returns("trigger")
          .language("plpgsql")
          .body(
              """

              BEGIN
                NEW.updated_at := now();
                RETURN NEW;
              END
              """);

  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("name", text()).notNull(),
          column("status", varchar(20)),
          column("balance", numeric(12, 2)),
          column("updated_at", timestamptz()),
          trigger("accounts_deleted")
              .after()
              .onDelete()
              .referencingOldTable("gone")
              .execute("audit.log_change")
              .enabledAlways(),
          trigger("accounts_status")
              .after()
              .onUpdate("balance", "status")
              .forEachRow()
              .when("old.status::text IS DISTINCT FROM new.status::text AND new.balance > 0")
              .execute("audit.log_change", "status", "it's"),
          trigger("accounts_touch")
              .before()
              .onInsert()
              .onUpdate()
              .forEachRow()
              .execute("touch_updated_at"),
          trigger("accounts_truncate").after().onTruncate().execute("audit.log_change").disabled());

  public static final Table LEDGER =
      table(
          "Ledger",
          column("id", bigint()).primaryKey(),
          column("account_id", bigint()).references(() -> ACCOUNTS, "id"),
          column("Amount", numeric(12, 2)),
          trigger("Ledger_amount")
              .before()
              .onUpdate("Amount")
              .forEachRow()
              .execute("audit.log_change")
              .enabledReplica(),
          trigger("Ledger_check")
              .constraint()
              .onInsert()
              .onUpdate()
              .from("accounts")
              .initiallyDeferred()
              .execute("audit.log_change"));

  public static final PgView BALANCES = view("balances", "SELECT id, balance FROM accounts");

  private PublicSchema() {}
}
