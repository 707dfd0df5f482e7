import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgComposite;
import dev.shale.schema.PgDomain;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgFunction;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum CURRENCY = enumType("currency", "EUR", "USD");

  public static final PgDomain MONEY_CURRENCY =
      domain("money_currency", CURRENCY).defaultTo("'EUR'");

  public static final PgDomain POSITIVE_AMOUNT =
      domain("positive_amount", numeric(12, 2))
          .defaultTo("0")
          .notNull()
          .check("Below a Million", "VALUE < 1000000")
          .check("positive", "VALUE >= 0");

  public static final PgComposite PRICE =
      compositeType("price")
          .field("amount", POSITIVE_AMOUNT)
          .field("currency", MONEY_CURRENCY)
          .field("codes", BillingSchema.CODE.array());

  public static final PgComposite ORDER_LINE =
      compositeType("order_line")
          .field("qty", integer())
          .field("unit", PRICE)
          .field("note", text());

  public static final PgDomain TAGS = domain("tags", text().array());

  public static final PgFunction LINE_TOTAL =
      function("line_total")
          .argument("l", ORDER_LINE.type())
          .returns(numeric())
          .language("sql")
          .immutable()
          .body("SELECT (l).qty * ((l).unit).amount");

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("total", POSITIVE_AMOUNT),
          column("currency", MONEY_CURRENCY).notNull(),
          column("lines", ORDER_LINE.array()),
          column("labels", TAGS),
          column("code", BillingSchema.CODE));

  private PublicSchema() {}
}
