import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole ANON = role("shale_gvr_anon");
  public static final PgRole APP = role("shale_gvr_app");

  public static final Table USERS =
      table("users", column("id", bigint()).primaryKey(), column("email", varchar(50)));

  /** Reads the column that widens: dropped and created again around the ALTER. */
  public static final PgView USER_EMAILS =
      view("user_emails", "SELECT id, email FROM users")
          .grant("shale_gvr_anon", SELECT)
          .grantWithGrantOption("shale_gvr_app", SELECT, UPDATE);

  /** Built on user_emails: goes and comes back with it. */
  public static final PgView EMAIL_COUNT =
      view("email_count", "SELECT count(*) AS n FROM user_emails").grant("shale_gvr_anon", SELECT);

  /** Its query changes. */
  public static final PgView USER_IDS =
      view("user_ids", "SELECT id FROM users").grant("shale_gvr_app", SELECT, INSERT);

  public static final PgView USER_EMAILS_M =
      materializedView("user_emails_m", "SELECT id, email FROM users")
          .grant("shale_gvr_anon", SELECT)
          .grant("public", SELECT);

  /** Untouched but for its grants. */
  public static final PgView USER_COUNT =
      view("user_count", "SELECT count(*) AS n FROM users")
          .grant("shale_gvr_anon", SELECT)
          .grant("shale_gvr_app", SELECT, DELETE);

  /** A view, then a materialized view: dropped and created as the other kind. */
  public static final PgView USER_DOMAINS =
      view("user_domains", "SELECT id, split_part(email, '@', 2) AS domain FROM users")
          .grant("shale_gvr_anon", SELECT);
}
