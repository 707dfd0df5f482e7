package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grants and roles through push, which reads the database with every role of the cluster: a
 * declared role is created once (even one nothing names), a second push finds nothing, and a role
 * taken out of the schema stays in the cluster while its grants are revoked.
 */
class PushGrantsTest {
  @TempDir Path dir;

  private static final String SCHEMA =
      """
        public static final PgRole APP = role("shale_push_app").login();
        public static final PgRole SPARE = role("shale_push_spare").noInherit();
        public static final PgSequence TICKETS = sequence("tickets").grant("shale_push_app", USAGE);
        public static final Table ITEMS =
            table("items", column("id", bigint()).primaryKey(), column("name", text()))
                .grant("shale_push_app", SELECT, INSERT)
                .grantWithGrantOption("pg_monitor", SELECT);
      """;

  private static final String WITHOUT_ROLES =
      """
        public static final PgSequence TICKETS = sequence("tickets");
        public static final Table ITEMS =
            table("items", column("id", bigint()).primaryKey(), column("name", text()))
                .grant("pg_monitor", SELECT);
      """;

  @Test
  void declaredRolesAreCreatedOnceAndRolesTakenOutStayWhileTheirGrantsGo() throws Exception {
    try (PushProject project = PushProject.in(dir)) {
      project.schema(SCHEMA, "");
      assertThat(project.ok("push").out()).contains("Pushed");
      assertThat(
              project.query(
                  "SELECT rolname || ' ' || rolcanlogin || ' ' || rolinherit FROM pg_roles"
                      + " WHERE rolname LIKE 'shale_push_%' ORDER BY 1"))
          .containsExactly("shale_push_app true true", "shale_push_spare false false");
      assertThat(
              project
                  .query(
                      "SELECT array_to_string(relacl, ',') FROM pg_class WHERE relname = 'items'")
                  .get(0))
          .contains("shale_push_app=ar/")
          .contains("pg_monitor=r*/");
      assertThat(project.ok("push").out()).startsWith("No changes");

      project.schema(WITHOUT_ROLES, "");
      CliRun revoke = project.ok("push");
      assertThat(revoke.out()).contains("Pushed");
      assertThat(project.query("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'shale_push_%'"))
          .as("roles belong to the cluster: never dropped")
          .containsExactly("2");
      assertThat(
              project.query(
                  "SELECT count(*) FROM pg_class c, aclexplode(c.relacl) a"
                      + " WHERE c.relname IN ('items', 'tickets')"
                      + " AND pg_get_userbyid(a.grantee) = 'shale_push_app'"))
          .containsExactly("0");
      assertThat(project.ok("push").out()).startsWith("No changes");
    }
  }
}
