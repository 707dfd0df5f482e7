import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction AUDIT =
      function("audit").returns("trigger").language("plpgsql").body("BEGIN RETURN NEW; END");

  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("code", text()).collate("POSIX"),
          trigger("accounts_code").after().onUpdate("code").forEachRow().execute(AUDIT));
}
