import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Uniques {
  public static final Table CONTACTS =
      table(
          "contacts",
          column("id", bigint()).primaryKey(),
          column("email", text()).uniqueNullsNotDistinct(),
          column("phone", text()),
          column("country", text()),
          column("handle", text()).unique("contacts_handle_uq"),
          unique("phone").nullsNotDistinct().name("contacts_phone_nnd"),
          unique("country", "phone"),
          unique("country", "email").nullsNotDistinct());
}
