import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Indexes {
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
          index("title"),
          index("slug", "title").unique(),
          index(key("title").opclass("text_pattern_ops")),
          index(key("rank").desc(), key("id").nullsFirst()),
          index(key("rank").desc().nullsLast()),
          index(expr("lower(title)")).where("deleted_at IS NULL"),
          index(expr("title COLLATE \"C\"")),
          index(expr("(rank + 1)::bigint")),
          index("tags").using("gin"),
          index(expr("body -> 'author'")).using("gin").name("docs_author_idx"),
          index("rank").include("title", "slug"),
          index("slug").unique().nullsNotDistinct().where("deleted_at IS NULL"),
          index("body").using("GIN").name("docs_body_gin"),
          index("rank").using("brin").name("docs_rank_brin"),
          index("id").using("hash").name("docs_id_hash"));
}
