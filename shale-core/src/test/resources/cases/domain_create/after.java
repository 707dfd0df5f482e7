import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgEnum CURRENCY = enumType("currency", "EUR", "USD");

  public static final PgDomain POSITIVE_AMOUNT =
      domain("positive_amount", numeric(12, 2))
          .notNull()
          .defaultTo("0")
          .check("positive", "VALUE >= 0")
          .check("bounded", "VALUE < 1000000");

  public static final PgDomain CODE = BILLING.domain("code", varchar(10)).collate("C");

  public static final PgDomain MONEY_CURRENCY = domain("money_currency", CURRENCY);

  public static final PgComposite PRICE =
      compositeType("price")
          .field("amount", POSITIVE_AMOUNT)
          .field("currency", MONEY_CURRENCY)
          .field("codes", CODE.array());

  public static final PgComposite ADDRESS =
      BILLING.compositeType("address").field("street", text()).field("zip", varchar(10));

  public static final PgFunction TOTAL =
      function("total")
          .argument("p", PRICE.type())
          .argument("extra", POSITIVE_AMOUNT.type())
          .returns(numeric())
          .language("sql")
          .immutable()
          .body("SELECT (p).amount + extra");

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("total", POSITIVE_AMOUNT),
          column("price", PRICE),
          column("ship_to", ADDRESS),
          column("codes", CODE.array()));
}
