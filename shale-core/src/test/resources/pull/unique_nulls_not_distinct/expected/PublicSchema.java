import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table CONTACTS =
      table(
          "contacts",
          column("id", bigint()).primaryKey(),
          column("email", text()).uniqueNullsNotDistinct(),
          column("phone", text()),
          column("country", text()),
          column("handle", text()).unique("contacts_handle_uq"),
          unique("country", "email").nullsNotDistinct(),
          unique("country", "phone"),
          unique("phone").nullsNotDistinct().name("contacts_phone_nnd"));

  private PublicSchema() {}
}
