package dev.shale.sql;

import static dev.shale.sql.Identifiers.literal;
import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;

import dev.shale.diff.Change;
import dev.shale.model.Grant;
import dev.shale.model.Role;
import java.util.List;

/**
 * The SQL of role and grant changes. GRANT and REVOKE take no lock that blocks the application
 * (measured in pg_locks: none on the object on PostgreSQL 14 and 17, ACCESS SHARE on a table or
 * sequence on 18, which only waits for ACCESS EXCLUSIVE holders), so their risk is what they do to
 * the application: a revoke breaks running code that used the privilege (none can have used
 * PUBLIC's EXECUTE on a function the same plan creates), and a grant to a role the schema does not
 * declare fails where that role does not exist. ALTER ROLE takes ROW EXCLUSIVE on pg_authid alone.
 */
final class GrantSql {
  private GrantSql() {}

  static boolean handles(Change change) {
    return change instanceof Change.CreateRole
        || change instanceof Change.AlterRole
        || change instanceof Change.GrantPrivileges
        || change instanceof Change.RevokePrivileges;
  }

  /** The statement and its risk. */
  record Sql(String sql, Risk risk) {}

  static Sql statement(Change change) {
    if (change instanceof Change.CreateRole c) {
      return new Sql(createRole(c.role()), Risk.NONE);
    } else if (change instanceof Change.AlterRole c) {
      return new Sql("ALTER ROLE " + quote(c.to().name()) + " " + c.to().attributes(), Risk.NONE);
    } else if (change instanceof Change.GrantPrivileges c) {
      Grant g = c.grant();
      return new Sql(
          "GRANT "
              + String.join(", ", g.privileges())
              + " ON "
              + object(g)
              + " TO "
              + grantee(g)
              + (g.grantable() ? " WITH GRANT OPTION" : ""),
          c.declaredRole()
              ? Risk.NONE
              : new Risk(List.of(), false, false, false, false, List.of(Rule.ROLE_NOT_DECLARED)));
    } else {
      Change.RevokePrivileges c = (Change.RevokePrivileges) change;
      Grant g = c.grant();
      return new Sql(
          "REVOKE "
              + (c.grantOptionOnly() ? "GRANT OPTION FOR " : "")
              + String.join(", ", g.privileges())
              + " ON "
              + object(g)
              + " FROM "
              + grantee(g),
          new Risk(List.of(), false, false, false, !c.newObject(), List.of()));
    }
  }

  /**
   * CREATE ROLE when no role of the name exists: roles belong to the cluster, and another database
   * (or an administrator) may have created it; an existing role is given the declared attributes
   * only where they differ (ALTER ROLE of a role one may not change fails, even to no effect). Two
   * databases of one cluster migrating at once may both find it missing: the later CREATE then
   * fails with a duplicate, which is ignored.
   */
  static String createRole(Role role) {
    String name = literal(role.name());
    return "DO $shale$\nBEGIN\n  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = "
        + name
        + ") THEN\n    BEGIN\n      CREATE ROLE "
        + quote(role.name())
        + " "
        + role.attributes()
        + ";\n    EXCEPTION WHEN duplicate_object OR unique_violation THEN\n"
        + "      NULL; -- another session created it at the same moment\n    END;\n  ELSIF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = "
        + name
        + "\n      AND rolcanlogin = "
        + role.login()
        + " AND rolinherit = "
        + role.inherit()
        + " AND rolcreatedb = "
        + role.createDb()
        + "\n      AND rolcreaterole = "
        + role.createRole()
        + " AND rolbypassrls = "
        + role.bypassRls()
        + ") THEN\n    ALTER ROLE "
        + quote(role.name())
        + " "
        + role.attributes()
        + ";\n  END IF;\nEND\n$shale$";
  }

  private static String object(Grant g) {
    if (g.on().equals("schema")) {
      return "SCHEMA " + quote(g.schema());
    }
    if (g.on().equals("function")) {
      return "ROUTINE " + qualified(g.schema(), g.name()) + "(" + g.arguments() + ")";
    }
    if (g.onView()) {
      return "TABLE " + qualified(g.schema(), g.name());
    }
    return g.on().toUpperCase(java.util.Locale.ROOT) + " " + qualified(g.schema(), g.name());
  }

  private static String grantee(Grant g) {
    return g.grantee().equals(Grant.PUBLIC) ? "PUBLIC" : quote(g.grantee());
  }
}
