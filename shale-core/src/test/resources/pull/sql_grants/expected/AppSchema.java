import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgFunction;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code app}, as Shale's Java DSL (written by shale pull). */
public final class AppSchema {
  public static final PgSchema APP =
      schema("app").grant("shale_pull_reader", USAGE).grant("shale_pull_writer", USAGE);

  public static final PgSequence TICKET =
      APP.sequence("ticket").grant("shale_pull_writer", SELECT, USAGE);

  public static final PgFunction ITEM_COUNT =
      APP.function("item_count")
          .argument("since", bigint())
          .returns(bigint())
          .language("sql")
          .body("SELECT count(*) FROM app.items WHERE id > since")
          .grant("shale_pull_reader", EXECUTE);

  public static final Table ITEMS =
      APP.table("items", column("id", bigint()).primaryKey(), column("name", text()))
          .grant("shale_pull_reader", INSERT)
          .grantWithGrantOption("shale_pull_reader", SELECT)
          .grant("shale_pull_writer", ALL);

  public static final PgView ITEM_NAMES =
      APP.view("item_names", "SELECT name FROM app.items").grant("shale_pull_reader", SELECT);

  private AppSchema() {}
}
