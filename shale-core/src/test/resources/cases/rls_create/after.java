import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TEAMS =
      table(
          "teams",
          column("id", bigint()).primaryKey(),
          column("owner", text()).notNull(),
          rowLevelSecurity(),
          policy("owner_all").using("owner = current_user").withCheck("owner = current_user"),
          policy("monitor_reads").forSelect().to("pg_monitor").using("true"));

  public static final Table DOCUMENTS =
      table(
          "documents",
          column("id", bigint()).primaryKey(),
          column("team_id", bigint()).notNull().references(() -> TEAMS, "id"),
          column("body", text()),
          column("archived", bool()).notNull().defaultValue(false),
          rowLevelSecurity().force(),
          policy("team_members")
              .to("pg_monitor", "pg_read_all_data")
              .using("EXISTS (SELECT 1 FROM teams t WHERE t.id = team_id AND t.owner = current_user)"),
          policy("not_archived").restrictive().forUpdate().using("NOT archived"),
          policy("insert_own").forInsert().withCheck("team_id > 0"));
}
