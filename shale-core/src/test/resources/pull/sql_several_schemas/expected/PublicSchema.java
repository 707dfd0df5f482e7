import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table CUSTOMERS =
      table(
          "customers",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("name", text()).notNull());

  private PublicSchema() {}
}
