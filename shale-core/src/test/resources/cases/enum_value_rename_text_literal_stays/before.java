import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum PLAN = enumType("plan", "free", "enterprise");
  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("plan", PLAN).notNull(),
          column("note", text()),
          check("note <> 'enterprise' OR plan = 'enterprise'").name("note_ok"),
          index("id").where("plan = 'enterprise'::plan").name("accounts_big"));
}
