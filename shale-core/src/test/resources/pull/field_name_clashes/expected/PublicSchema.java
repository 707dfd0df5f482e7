import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum USER_ID = enumType("user-id", "x");

  public static final PgSequence USER_ID_2 = sequence("user.id");

  public static final Table TABLE = table("-", column("id", integer()));

  public static final Table _2FA_CODES = table("2fa_codes", column("id", integer()));

  public static final Table STRASSE = table("Straße", column("id", integer()));

  public static final Table USER_ID_3 = table("USER_ID", column("id", integer()));

  public static final Table TABLE_2 = table("_", column("id", integer()));

  public static final Table A_QUOTE = table("a\"quote", column("id", integer()));

  public static final Table BACK_SLASH = table("back\\slash", column("id", integer()));

  public static final Table CAFE = table("café", column("id", integer()));

  public static final Table CASCADE_2 = table("cascade", column("id", integer()).primaryKey());

  public static final Table SET_NULL_2 =
      table(
          "set_null",
          column("ref", integer()).references(() -> CASCADE_2, "id").onDelete(SET_NULL));

  public static final Table USER_ID_4 = table("user id", column("id", integer()));

  public static final Table USER_ID_5 = table("userId", column("id", integer()));

  public static final Table USER_ID_6 = table("user_id", column("id", integer()));

  public static final Table 用户 = table("用户", column("id", integer()));

  public static final PgView USER_ID_7 = view("User Id", "SELECT 1");

  private PublicSchema() {}
}
