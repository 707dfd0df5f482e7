import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table T =
      table(
          "t",
          column("id", integer()).primaryKey(),
          column("kind", text()),
          column("amount", numeric()));

  public static final PgView CAMEL_VIEW =
      view(
          "Camel View",
          "SELECT id AS \"Id\", CASE WHEN amount > 0 THEN 'plus' ELSE 'minus' END AS sign FROM t");

  public static final PgView BIG =
      view("big", "SELECT kind, total, n FROM totals WHERE total > 100");

  public static final PgView KIND_COUNTS =
      materializedView("kind_counts", "SELECT kind, count(*) AS count FROM t GROUP BY kind");

  public static final PgView KINDS =
      view("kinds", "SELECT DISTINCT kind FROM t WHERE amount > 0 ORDER BY kind");

  public static final PgView TOTALS =
      view("totals", "SELECT kind, sum(amount) AS total, count(*) AS n FROM t GROUP BY kind");

  private PublicSchema() {}
}
