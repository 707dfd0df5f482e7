import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("org_id", bigint()).notNull(),
          column("slug", text()),
          unique("org_id", "slug"));
  public static final Table PAGES =
      table(
          "pages",
          column("id", bigint()).primaryKey(),
          column("org_id", bigint()),
          column("account_slug", text()),
          foreignKey("org_id", "account_slug").references(() -> ACCOUNTS, "org_id", "slug"));
}
