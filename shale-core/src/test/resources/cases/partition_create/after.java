import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema ARCHIVE = schema("archive");

  public static final Table CITIES =
      table("cities", column("id", integer()).primaryKey(), column("name", text()).notNull());

  public static final Table MEASUREMENT =
      table(
              "measurement",
              column("city_id", integer()).notNull().references(() -> CITIES, "id"),
              column("logdate", date()).notNull(),
              column("peaktemp", integer()).defaultValue(0),
              column("note", text()),
              primaryKey("city_id", "logdate"),
              check("peaktemp > -100").name("measurement_peaktemp_sane"),
              index("peaktemp"))
          .partitionByRange("logdate")
          .comment("Readings, one partition a year");

  public static final Table MEASUREMENT_Y2024 =
      table("measurement_y2024", index("note"))
          .partitionOf(() -> MEASUREMENT, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table MEASUREMENT_OLD =
      ARCHIVE.table("measurement_old")
          .partitionOf(() -> MEASUREMENT, valuesFrom(MINVALUE).to("2024-01-01"));

  public static final Table MEASUREMENT_OTHER =
      table("measurement_other").partitionOf(() -> MEASUREMENT, defaultPartition());

  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).notNull(),
              column("kind", text()).notNull(),
              column("at", timestamp()).notNull(),
              column("region", text()))
          .partitionByList(expr("lower(kind)"));

  public static final Table EVENTS_AUTH =
      table("events_auth")
          .partitionOf(() -> EVENTS, valuesIn("login", "logout", null))
          .partitionByRange("at");

  public static final Table EVENTS_AUTH_2025 =
      table("events_auth_2025")
          .partitionOf(() -> EVENTS_AUTH, valuesFrom("2025-01-01").to("2026-01-01"));

  public static final Table EVENTS_REST =
      table("events_rest", check("id > 0")).partitionOf(() -> EVENTS, defaultPartition());

  public static final Table SESSIONS =
      table("sessions", column("id", bigint()).primaryKey(), column("token", text()))
          .partitionByHash("id");

  public static final Table SESSIONS_0 =
      table("sessions_0").partitionOf(() -> SESSIONS, valuesWith(2, 0)).with("fillfactor", "80");

  public static final Table SESSIONS_1 =
      table("sessions_1").partitionOf(() -> SESSIONS, valuesWith(2, 1));
}
