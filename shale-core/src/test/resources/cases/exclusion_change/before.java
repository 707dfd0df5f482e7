import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgExtension BTREE_GIST = extension("btree_gist");

  public static final Table BOOKINGS =
      table(
          "bookings",
          column("id", bigint()).primaryKey(),
          column("room_id", integer()).notNull(),
          column("during", customType("tstzrange")).notNull(),
          column("cancelled", bool()).notNull().defaultValue(false),
          exclude("gist", element("room_id", "="), element("during", "&&")).where("NOT cancelled"),
          exclude("gist", element(expr("lower(during)"), "="), element("room_id", "="))
              .name("bookings_one_start_per_room")
              .initiallyDeferred());
}
