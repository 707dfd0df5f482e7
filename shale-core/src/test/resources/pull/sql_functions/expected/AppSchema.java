import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgFunction;
import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code app}, as Shale's Java DSL (written by shale pull). */
public final class AppSchema {
  public static final PgSchema APP = schema("app");

  public static final PgEnum STATUS = APP.enumType("status", "new", "done");

  public static final PgFunction ARCHIVE =
      APP.procedure("archive")
          .argument("days", integer(), "30")
          .inout("removed", bigint(), "0")
          .language("plpgsql")
          .body(
              """

              BEGIN
                DELETE FROM app.invoices WHERE created_at < now() - make_interval(days => days);
                GET DIAGNOSTICS removed = ROW_COUNT;
              END
              """);

  public static final PgFunction NEXT_CODE =
      APP.function("next_code")
          .argument("prefix", text(), "'INV'::text")
          .returns(text())
          .language("plpgsql")
          .securityDefiner()
          .set("search_path", "app, pg_temp")
          .set("work_mem", "64MB")
          .body(
              """

              DECLARE n bigint;
              BEGIN
                SELECT count(*) + 1 INTO n FROM app.invoices;
                RETURN prefix || '-' || n;
              END
              """);

  public static final Table INVOICES =
      APP.table(
          "invoices",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("code", text()).notNull().defaultSql("app.next_code()"),
          column("created_at", timestamptz()).notNull().defaultNow(),
          column("updated_at", timestamptz()),
          column("status", STATUS).notNull().defaultValue("new"),
          index(expr("area(id::integer)")).name("invoices_area"));

  private AppSchema() {}
}
