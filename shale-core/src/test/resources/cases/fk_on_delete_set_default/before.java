import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // category 1 is the "uncategorized" row that products fall back to.
  public static final Table CATEGORIES =
      table(
          "categories",
          column("id", integer()).generatedByDefaultAsIdentity().primaryKey(),
          column("name", text()).notNull().unique());

  public static final Table PRODUCTS =
      table(
          "products",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("category_id", integer()).notNull().defaultValue(1));
}
