import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema APP = schema("app");
  public static final Table SUMMARY =
      table("summary", column("id", integer()).primaryKey(), column("total", integer()));
  public static final PgView REPORT = view("report", "SELECT id, total FROM public.summary");
  public static final PgView APP_SUMMARY = APP.view("summary", "SELECT id FROM public.report");
}
