import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction TOUCH =
      function("touch").returns("trigger").language("plpgsql")
          .body("BEGIN NEW.updated_at := now(); RETURN NEW; END");

  public static final PgFunction AUDIT =
      function("audit_rows").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).notNull(),
              column("at", date()).notNull(),
              column("kind", text()),
              column("updated_at", timestamptz()),
              primaryKey("id", "at"),
              trigger("events_touch").before().onInsert().onUpdate().forEachRow().execute(TOUCH),
              trigger("events_audit")
                  .after()
                  .onUpdate("kind")
                  .forEachRow()
                  .when("OLD.kind IS DISTINCT FROM NEW.kind")
                  .execute(AUDIT)
                  .disabled(),
              trigger("events_inserted")
                  .after()
                  .onInsert()
                  .referencingNewTable("inserted")
                  .execute(AUDIT))
          .partitionByRange("at");

  public static final Table EVENTS_2024 =
      table("events_2024", trigger("events_2024_closed").before().onDelete().forEachRow().execute(AUDIT))
          .partitionOf(() -> EVENTS, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table EVENTS_2025 =
      table("events_2025")
          .partitionOf(() -> EVENTS, valuesFrom("2025-01-01").to("2026-01-01"));

  public static final Table EVENTS_2026 =
      table("events_2026")
          .partitionOf(() -> EVENTS, valuesFrom("2026-01-01").to("2027-01-01"));
}
