import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole AUTHENTICATED = role("shale_gfe_authenticated");

  /** Will lose PUBLIC's EXECUTE. */
  public static final PgFunction ANSWER =
      function("answer").returns(integer()).language("sql").immutable().body("SELECT 42");

  /** Will get PUBLIC's EXECUTE back. */
  public static final PgFunction SECRET =
      function("secret")
          .returns(text())
          .language("sql")
          .stable()
          .body("SELECT 'hush'::text")
          .revokeExecuteFromPublic()
          .grant("shale_gfe_authenticated", EXECUTE);

  /** Its result type changes: dropped and created again, with PUBLIC's EXECUTE revoked again. */
  public static final PgFunction TOKEN =
      function("token")
          .argument("n", integer())
          .returns(integer())
          .language("sql")
          .immutable()
          .body("SELECT n")
          .revokeExecuteFromPublic()
          .grant("shale_gfe_authenticated", EXECUTE);

  public static final PgFunction PURGE =
      procedure("purge")
          .language("plpgsql")
          .body("BEGIN NULL; END")
          .revokeExecuteFromPublic();
}
