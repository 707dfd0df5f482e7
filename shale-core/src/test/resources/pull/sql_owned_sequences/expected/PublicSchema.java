import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgSequence ORDER_NUMBERS =
      sequence("order_numbers").startWith(1000).incrementBy(10).ownedBy("orders", "number");

  public static final PgSequence ORDERS_CUSTOMER_ID_SEQ =
      sequence("orders_customer_id_seq").as(integer()).ownedBy("orders", "customer_id");

  public static final PgSequence VIEW_OWNED = sequence("view_owned");

  public static final Table CUSTOMERS =
      table("customers", column("id", serial()).primaryKey(), column("name", text()).notNull());

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("number", bigint()).notNull().defaultSql("nextval('order_numbers'::regclass)"),
          column("customer_id", integer()));

  public static final PgView ORDER_VIEW = view("order_view", "SELECT id FROM orders");

  private PublicSchema() {}
}
