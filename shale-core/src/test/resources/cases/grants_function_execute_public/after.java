import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole AUTHENTICATED = role("shale_gfe_authenticated");

  public static final PgFunction ANSWER =
      function("answer")
          .returns(integer())
          .language("sql")
          .immutable()
          .body("SELECT 42")
          .revokeExecuteFromPublic();

  public static final PgFunction SECRET =
      function("secret")
          .returns(text())
          .language("sql")
          .stable()
          .body("SELECT 'hush'::text")
          .grant("shale_gfe_authenticated", EXECUTE);

  public static final PgFunction TOKEN =
      function("token")
          .argument("n", integer())
          .returns(bigint())
          .language("sql")
          .immutable()
          .body("SELECT n::bigint")
          .revokeExecuteFromPublic()
          .grant("shale_gfe_authenticated", EXECUTE);

  public static final PgFunction PURGE =
      procedure("purge")
          .language("plpgsql")
          .body("BEGIN NULL; END")
          .revokeExecuteFromPublic();

  /** New, created without PUBLIC's EXECUTE. */
  public static final PgFunction MINT =
      function("mint")
          .returns(uuid())
          .language("sql")
          .body("SELECT gen_random_uuid()")
          .revokeExecuteFromPublic()
          .grant("shale_gfe_authenticated", EXECUTE);
}
