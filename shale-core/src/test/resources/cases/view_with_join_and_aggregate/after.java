import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull());

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("user_id", bigint()).notNull().references(() -> USERS, "id"),
          column("total", numeric(12, 2)).notNull());

  public static final PgView CUSTOMER_TOTALS =
      view(
          "customer_totals",
          """
          SELECT u.id AS user_id, u.email, count(o.id) AS order_count,
                 coalesce(sum(o.total), 0) AS lifetime_total
          FROM users u
          LEFT JOIN orders o ON o.user_id = u.id
          GROUP BY u.id, u.email
          """);
}
