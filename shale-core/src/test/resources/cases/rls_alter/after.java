import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TEAMS =
      table(
          "teams",
          column("id", bigint()).primaryKey(),
          column("owner", text()).notNull(),
          policy("owner_all").using("owner = current_user"),
          policy("monitor_reads").forSelect().to("pg_read_all_data").using("owner <> ''"));

  public static final Table DOCUMENTS =
      table(
          "documents",
          column("id", bigint()).primaryKey(),
          column("team_id", bigint()).notNull().references(() -> TEAMS, "id"),
          column("body", text()),
          column("archived", bool()).notNull().defaultValue(false),
          rowLevelSecurity(),
          policy("team_members")
              .to("pg_monitor")
              .using("EXISTS (SELECT 1 FROM teams t WHERE t.id = team_id)"),
          policy("not_archived").restrictive().forDelete().using("NOT archived"));
}
