import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("owner", customType("name")).notNull().defaultSql("CURRENT_USER"),
          column("balance", numeric(12, 2)).notNull().defaultValue(0),
          rowLevelSecurity().force(),
          policy("Insert Own").forInsert().withCheck("owner = CURRENT_USER"),
          policy("monitors")
              .restrictive()
              .forSelect()
              .to("pg_monitor", "pg_read_all_data")
              .using("balance < (1000000)::numeric"),
          policy("owner_rows")
              .using("owner = CURRENT_USER")
              .withCheck("(owner = CURRENT_USER) AND (balance >= (0)::numeric)"));

  public static final Table AUDIT =
      table(
          "audit",
          column("id", bigint()).primaryKey(),
          column("account_id", bigint()).references(() -> ACCOUNTS, "id"),
          policy("inactive")
              .forDelete()
              .using(
                  "account_id IN ( SELECT accounts.id FROM accounts WHERE (accounts.balance = (0)::numeric))"));

  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()),
              column("at", date()).notNull(),
              rowLevelSecurity(),
              policy("recent").using("at > '2020-01-01'::date"))
          .partitionByRange("at");

  private PublicSchema() {}
}
