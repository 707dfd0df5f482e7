import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table AUTHORS =
      table(
          "authors",
          column("id", serial()).primaryKey(),
          column("name", varchar(120)).notNull(),
          column("born", date()),
          column("last_update", timestamp()).notNull().defaultNow());

  public static final Table BOOKS =
      table(
          "books",
          column("id", bigserial()).primaryKey(),
          column("author_id", integer())
              .notNull()
              .references(() -> AUTHORS, "id")
              .onDelete(RESTRICT),
          column("title", text()).notNull(),
          column("price", numeric(8, 2)).notNull().defaultSql("0.00").check("price >= 0"),
          column("tags", text().array()).notNull().defaultSql("'{}'::text[]"),
          index("author_id"),
          index(expr("lower(title)")).unique().name("books_lower_title_key"));

  private PublicSchema() {}
}
