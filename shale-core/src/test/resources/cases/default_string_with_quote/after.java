import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("greeting", text()).notNull().defaultValue("it's a \"quoted\" default"),
          column("note", varchar(40)).defaultValue("O'Reilly; -- not a comment"));
}
