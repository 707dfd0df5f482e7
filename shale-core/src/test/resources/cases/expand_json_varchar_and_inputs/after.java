import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).primaryKey(),
          // json has no equality operator: the trigger compares its text
          column("body", jsonb()).replaces("body"),
          // a shorter varchar: a value that does not fit fails, it is never cut
          column("code", varchar(10)).notNull().replaces("code"),
          // the new column reads another column: an update of that one computes it again; the
          // reverse says how old code's column follows new code's writes
          column("label", text())
              .replaces("kind", "kind || ':' || coalesce(title, '')", "split_part(label, ':', 1)"),
          column("title", text()),
          index("code", "label").name("docs_code_kind_idx"));
}
