package com.example.blog;

import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code billing}, as Shale's Java DSL (written by shale pull). */
public final class BillingSchema {
  public static final PgSchema BILLING = schema("billing");

  public static final Table INVOICES =
      BILLING.table(
          "invoices",
          column("id", bigint())
              .generatedByDefaultAsIdentity(sequenceOptions().startWith(1000))
              .primaryKey(),
          column("user_id", bigint())
              .notNull()
              .references(() -> PublicSchema.USERS, "id")
              .onDelete(RESTRICT)
              .deferrable(),
          column("number", integer()).notNull(),
          column("net", numeric(12, 2)).notNull(),
          column("gross", numeric(12, 2)).generatedAlwaysAs("net * 1.2"),
          unique("user_id", "number"),
          check("net >= 0").name("invoices_net_positive"));

  private BillingSchema() {}
}
