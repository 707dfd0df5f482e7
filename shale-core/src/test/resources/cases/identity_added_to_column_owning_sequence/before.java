import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TICKETS =
      table("tickets", column("id", integer()).primaryKey(), column("title", text()));

  public static final PgSequence TICKET_NUMBERS = sequence("ticket_numbers").ownedBy("tickets", "id");
}
