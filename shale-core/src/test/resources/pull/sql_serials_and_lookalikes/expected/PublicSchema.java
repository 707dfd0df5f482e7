import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSequence;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgSequence LOOK_OWN_SEQ =
      sequence("look_own_seq").startWith(1000).ownedBy("look", "own");

  public static final PgSequence SHARED_SEQ = sequence("shared_seq");

  public static final Table LOOK =
      table(
          "look",
          column("shared1", bigint()).defaultSql("nextval('shared_seq'::regclass)"),
          column("shared2", bigint()).defaultSql("nextval('shared_seq'::regclass)"),
          column("own", integer()).notNull().defaultSql("nextval('look_own_seq'::regclass)"));

  public static final Table S =
      table(
          "s",
          column("a", serial()),
          column("b", bigserial()).primaryKey(),
          column("c", smallserial()));

  private PublicSchema() {}
}
