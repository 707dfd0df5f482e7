import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code archive}, as Shale's Java DSL (written by shale pull). */
public final class ArchiveSchema {
  public static final PgSchema ARCHIVE = schema("archive");

  public static final Table PAYMENT_OLD =
      ARCHIVE
          .table("payment_old")
          .partitionOf(() -> PublicSchema.PAYMENT, valuesFrom(MINVALUE).to("2022-01-01 00:00:00"));

  private ArchiveSchema() {}
}
