import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_CUSTOM =
      table(
          "type_custom",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("location", customType("point")),
          column("valid_during", customType("tstzrange")),
          column("age_range", customType("int4range")),
          column("bits", customType("bit(8)")),
          column("varbits", customType("bit varying(16)")),
          column("price", customType("money")),
          column("doc", customType("xml")),
          column("query", customType("tsquery")));
}
