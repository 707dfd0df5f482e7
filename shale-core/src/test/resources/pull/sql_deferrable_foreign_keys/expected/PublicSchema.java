import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table PAIRS =
      table(
          "pairs",
          column("a", integer()),
          column("b", integer()),
          column("x", integer()),
          column("y", integer()),
          primaryKey("a", "b"),
          foreignKey("x", "y").references(() -> PublicSchema.PAIRS, "a", "b").onDelete(CASCADE));

  public static final Table PARENTS =
      table("parents", column("id", integer()).primaryKey(), column("code", text()).unique());

  public static final Table CHILDREN =
      table(
          "children",
          column("id", integer()).primaryKey(),
          column("parent_id", integer()).references(() -> PARENTS, "id").deferrable(),
          column("parent_code", text())
              .references(() -> PARENTS, "code")
              .onDelete(SET_NULL)
              .onUpdate(CASCADE)
              .initiallyDeferred(),
          column("other_id", integer()),
          foreignKey("other_id")
              .references(() -> PARENTS, "id")
              .onDelete(SET_DEFAULT)
              .name("children_other_fk"));

  private PublicSchema() {}
}
