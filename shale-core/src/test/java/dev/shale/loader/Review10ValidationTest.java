package dev.shale.loader;

import static dev.shale.schema.Pg.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.SchemaDiff;
import dev.shale.schema.DataType;
import dev.shale.schema.Table;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Review 10: schema problems that PostgreSQL would otherwise turn into a diff that never ends. */
class Review10ValidationTest {

  /**
   * The toast.* check must agree with the server: PostgreSQL makes a TOAST table only when a row
   * could exceed about 2 kB, so a table of bounded columns ({@code varchar(20)}, {@code
   * numeric(10,2)}, {@code character(10)}) gets none and its toast.* parameters vanish, while
   * {@code text} or a wide {@code varchar(1000)} gets one.
   */
  @Test
  void toastParametersAreAProblemExactlyWhenTheServerMakesNoToastTable() throws Exception {
    Map<String, DataType> types = new LinkedHashMap<>();
    types.put("varchar20", varchar(20));
    types.put("numeric10", numeric(10, 2));
    types.put("char10", character(10));
    types.put("varchar1000", varchar(1000));
    types.put("plaintext", text());
    List<String> disagreements = new ArrayList<>();
    try (FreshDatabase db = TestPostgres.freshDatabase();
        Connection c = db.connect();
        Statement st = c.createStatement()) {
      for (Map.Entry<String, DataType> e : types.entrySet()) {
        Table plain =
            table(e.getKey(), column("id", bigint()).primaryKey(), column("v", e.getValue()));
        db.apply(
            MigrationScript.plain(
                StatementPlanner.plan(SchemaDiff.create(ValidationTest.translate(plain)))));
        boolean hasToast;
        try (ResultSet rs =
            st.executeQuery(
                "SELECT reltoastrelid <> 0 FROM pg_class WHERE relname = '" + e.getKey() + "'")) {
          rs.next();
          hasToast = rs.getBoolean(1);
        }
        Table withToast =
            table(e.getKey() + "_t", column("id", bigint()).primaryKey(), column("v", e.getValue()))
                .with("toast.autovacuum_enabled", "off");
        boolean accepted = ValidationTest.problems(withToast).isEmpty();
        if (accepted != hasToast) {
          disagreements.add(
              e.getKey()
                  + ": the server "
                  + (hasToast ? "makes" : "makes no")
                  + " TOAST table, Shale "
                  + (accepted ? "accepts" : "refuses")
                  + " toast.* parameters");
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  /**
   * PostgreSQL keeps only PUBLIC when a policy names PUBLIC and other roles ("ignoring specified
   * roles other than PUBLIC"): declared so, the policy never matches the database.
   */
  @Test
  void aPolicyToPublicAndOtherRolesIsAProblem() {
    assertThat(
            ValidationTest.problems(
                table(
                    "t",
                    column("id", integer()),
                    policy("p").to("public", "pg_monitor").using("true"))))
        .singleElement()
        .asString()
        .containsIgnoringCase("public");
  }
}
