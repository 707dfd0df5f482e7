import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgFunction;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgFunction PAYMENT_TOUCH =
      function("payment_touch")
          .returns("trigger")
          .language("plpgsql")
          .body("BEGIN RETURN NEW; END");

  public static final Table CUSTOMER =
      table("customer", column("id", integer()).primaryKey(), column("name", text()).notNull());

  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).notNull(),
              column("kind", text()).notNull(),
              column("at", date()).notNull(),
              trigger("events_seen")
                  .after()
                  .onInsert()
                  .forEachRow()
                  .execute("payment_touch")
                  .disabled())
          .partitionByList(expr("lower(kind)"));

  public static final Table EVENTS_AUTH =
      table("events_auth")
          .partitionOf(() -> EVENTS, valuesIn("login", "logout"))
          .partitionByRange("at");

  public static final Table EVENTS_AUTH_2025 =
      table("events_auth_2025")
          .partitionOf(() -> EVENTS_AUTH, valuesFrom("2025-01-01").to("2026-01-01"));

  public static final Table EVENTS_NULL =
      table("events_null").partitionOf(() -> EVENTS, valuesIn(null));

  public static final Table PAYMENT =
      table(
              "payment",
              column("payment_id", bigint()),
              column("customer_id", integer()).notNull().references(() -> CUSTOMER, "id"),
              column("amount", numeric(5, 2)).notNull().check("amount >= 0"),
              column("payment_date", timestamp()),
              primaryKey("payment_date", "payment_id"),
              index("customer_id").name("payment_customer_idx"),
              trigger("payment_loaded").after().onInsert().execute("payment_touch"),
              trigger("payment_touch")
                  .before()
                  .onInsert()
                  .onUpdate()
                  .forEachRow()
                  .execute("payment_touch"))
          .partitionByRange("payment_date");

  public static final Table PAYMENT_P2022_01 =
      table("payment_p2022_01")
          .partitionOf(() -> PAYMENT, valuesFrom("2022-01-01 00:00:00").to("2022-02-01 00:00:00"));

  public static final Table PAYMENT_P2022_02 =
      table("payment_p2022_02", index("amount"))
          .partitionOf(() -> PAYMENT, valuesFrom("2022-02-01 00:00:00").to("2022-03-01 00:00:00"));

  public static final Table PAYMENT_REST =
      table("payment_rest").partitionOf(() -> PAYMENT, defaultPartition());

  public static final Table SESSIONS =
      table("sessions", column("id", bigint()).primaryKey(), column("token", text()))
          .partitionByHash("id");

  public static final Table SESSIONS_0 =
      table("sessions_0").partitionOf(() -> SESSIONS, valuesWith(2, 0));

  public static final Table SESSIONS_1 =
      table(
              "sessions_1",
              trigger("sessions_1_touch").before().onUpdate().forEachRow().execute("payment_touch"))
          .partitionOf(() -> SESSIONS, valuesWith(2, 1))
          .with("fillfactor", "90")
          .comment("Odd sessions");

  private PublicSchema() {}
}
