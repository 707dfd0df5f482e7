import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Clashes {
  public static final Table A = table("user_id", column("id", integer()));
  public static final Table B = table("userId", column("id", integer()));
  public static final Table C = table("user id", column("id", integer()));
  public static final Table D = table("USER_ID", column("id", integer()));
  public static final Table E = table("cascade", column("id", integer()).primaryKey());
  public static final Table F = table("2fa_codes", column("id", integer()));
  public static final Table G = table("Straße", column("id", integer()));
  public static final Table H = table("café", column("id", integer()));
  public static final Table I = table("用户", column("id", integer()));
  public static final Table J = table("-", column("id", integer()));
  public static final Table K = table("a\"quote", column("id", integer()));
  public static final Table L = table("back\\slash", column("id", integer()));
  public static final Table M = table("_", column("id", integer()));
  public static final Table N = table("set_null", column("ref", integer()).references(() -> Clashes.E, "id").onDelete(SET_NULL));
  public static final PgEnum O = enumType("user-id", "x");
  public static final PgSequence P = sequence("user.id");
  public static final PgView Q = view("User Id", "SELECT 1");
}
