import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgFunction;
import dev.shale.schema.PgRole;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgRole SHALE_PULL_ANON = role("shale_pull_anon");

  public static final PgRole SHALE_PULL_AUTHENTICATED = role("shale_pull_authenticated");

  public static final PgFunction HELLO =
      function("hello")
          .returns(text())
          .language("sql")
          .body("SELECT 'hi'::text")
          .grant("shale_pull_anon", EXECUTE);

  public static final PgFunction IS_ADMIN =
      function("is_admin")
          .returns(bool())
          .language("sql")
          .stable()
          .body("SELECT false")
          .revokeExecuteFromPublic()
          .grant("shale_pull_authenticated", EXECUTE);

  public static final PgFunction PURGE =
      procedure("purge")
          .argument("days", integer())
          .language("sql")
          .body("DELETE FROM profiles WHERE id < days")
          .revokeExecuteFromPublic();

  public static final Table EVENTS =
      table("events", column("id", bigint()).notNull(), column("at", date()).notNull())
          .partitionByRange("at")
          .grant("shale_pull_authenticated", SELECT, INSERT);

  public static final Table EVENTS_2025 =
      table("events_2025")
          .partitionOf(() -> EVENTS, valuesFrom("2025-01-01").to("2026-01-01"))
          .grant("shale_pull_anon", SELECT);

  public static final Table EVENTS_2026 =
      table("events_2026").partitionOf(() -> EVENTS, valuesFrom("2026-01-01").to("2027-01-01"));

  public static final Table PROFILES =
      table(
          "profiles",
          column("id", bigint()).primaryKey(),
          column("name", text()),
          column("secret", text()));

  public static final PgView PROFILE_COUNT =
      materializedView("profile_count", "SELECT count(*) AS n FROM profiles")
          .grant("public", SELECT)
          .grantWithGrantOption("shale_pull_authenticated", SELECT);

  public static final PgView PUBLIC_PROFILES =
      view("public_profiles", "SELECT id, name FROM profiles")
          .grant("shale_pull_anon", SELECT)
          .grant("shale_pull_authenticated", ALL);

  private PublicSchema() {}
}
