import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_TEXT =
      table(
          "type_text",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("t", text()),
          column("v", varchar()),
          column("v40", varchar(40)),
          column("country", character(2)),
          column("flag", character(1)).notNull().defaultValue("N"));
}
