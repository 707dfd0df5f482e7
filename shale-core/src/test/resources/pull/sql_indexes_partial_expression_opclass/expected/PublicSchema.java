import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgExtension;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgExtension PG_TRGM = extension("pg_trgm");

  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).primaryKey(),
          column("title", text()).notNull(),
          column("slug", varchar(200)),
          column("body", jsonb()),
          column("owner_id", bigint()),
          column("deleted_at", timestamptz()),
          column("created_at", timestamptz()).notNull().defaultNow(),
          index(key("body").opclass("jsonb_path_ops")).using("gin").name("docs_body_path_idx"),
          index("created_at").using("brin").name("docs_created_brin"),
          index(expr("(body ->> 'kind')"), expr("lower(title)"), expr("(owner_id % 16::bigint)"))
              .name("docs_expr_multi_idx"),
          index("owner_id").where("deleted_at IS NULL").name("docs_live_idx"),
          index(expr("lower(slug)"))
              .unique()
              .where("deleted_at IS NULL")
              .name("docs_lower_slug_idx"),
          index("owner_id").using("hash").name("docs_owner_hash"),
          index("owner_id", "title")
              .unique()
              .include("slug")
              .where("owner_id IS NOT NULL")
              .name("docs_owner_title_key"),
          index(key("created_at").desc(), key("id"))
              .include("title", "owner_id")
              .name("docs_recent_idx"),
          index(key("slug").opclass("varchar_pattern_ops").desc().nullsLast())
              .name("docs_slug_pattern_idx"),
          index(key("title").opclass("text_pattern_ops")).name("docs_title_pattern_idx"),
          index(key("title").opclass("gin_trgm_ops")).using("gin").name("docs_title_trgm_idx"));

  private PublicSchema() {}
}
