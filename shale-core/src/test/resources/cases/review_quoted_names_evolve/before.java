import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema S = schema("Sales Dept");
  public static final PgEnum MOOD = S.enumType("Mood", "happy", "it's ok", "sad", "meh");
  public static final Table ORDER =
      S.table(
          "Order",
          column("user", integer()).notNull(),
          column("select", text()).notNull().defaultValue("it's"),
          column("Mood", MOOD).defaultValue("it's ok"),
          column("group", bigint()).primaryKey(),
          column("Weird \"Col\"", text()).comment("say \"hi\" it's"),
          index("select"),
          index(expr("lower(\"select\")")).unique())
          .comment("the 'order' table");
  public static final Table LINE =
      S.table(
          "Line Item",
          column("id", bigint()).primaryKey(),
          column("order", bigint()).references(() -> ORDER, "group"));
  public static final PgView V = S.view("Order View", "SELECT \"group\", \"select\" FROM \"Sales Dept\".\"Order\"");
}
