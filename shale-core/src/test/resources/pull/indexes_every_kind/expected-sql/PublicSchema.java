import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("title", text()).notNull(),
          column("slug", text()),
          column("tags", text().array()),
          column("body", jsonb()),
          column("deleted_at", timestamptz()),
          column("rank", integer()),
          index(expr("(body -> 'author')")).using("gin").name("docs_author_idx"),
          index("body").using("gin").name("docs_body_gin"),
          index("id").using("hash").name("docs_id_hash"),
          index(expr("((rank + 1)::bigint)")),
          index(expr("lower(title)")).where("deleted_at IS NULL"),
          index("rank").using("brin").name("docs_rank_brin"),
          index(key("rank").desc(), key("id").nullsFirst()),
          index(key("rank").desc().nullsLast()),
          index("rank").include("title", "slug"),
          index("slug").unique().nullsNotDistinct().where("deleted_at IS NULL"),
          index("slug", "title").unique(),
          index("tags").using("gin"),
          index("title"),
          index(key("title").opclass("text_pattern_ops")),
          index("title"));

  private PublicSchema() {}
}
