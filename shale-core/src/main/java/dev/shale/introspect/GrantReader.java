package dev.shale.introspect;

import dev.shale.model.Grant;
import dev.shale.model.QualifiedName;
import dev.shale.model.Role;
import dev.shale.model.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the grants on the tables (partitioned ones and partitions too), views, materialized views,
 * sequences, schemas and functions the model holds into an introspection, and the functions whose
 * EXECUTE was revoked from PUBLIC, with the roles they and the policies name (and, apart, every
 * role of the cluster but the built-in ones). Left out, as the server's defaults: the owner's own
 * privileges, PUBLIC's EXECUTE on functions, PUBLIC's USAGE on the public schema and, before
 * PostgreSQL 15, PUBLIC's CREATE there. Listed as unmanaged: privileges on columns, on sequences
 * and relations the model does not hold (foreign tables), and default privileges.
 */
final class GrantReader {
  private GrantReader() {}

  private record Row(
      String kind,
      String schema,
      String name,
      String arguments,
      String grantee,
      String privilege,
      boolean grantable) {}

  static Introspection attach(
      Connection c,
      int serverVersionNum,
      List<String> schemas,
      IntrospectionFilter filter,
      Introspection read)
      throws SQLException {
    SchemaModel model = read.model();
    List<Row> rows =
        CatalogQuery.load("grants.sql", Map.of())
            .rows(
                c,
                schemas,
                rs ->
                    new Row(
                        rs.getString("kind"),
                        rs.getString("schema"),
                        rs.getString("name"),
                        rs.getString("arguments"),
                        rs.getString("grantee"),
                        rs.getString("privilege"),
                        rs.getBoolean("grantable")));
    List<Role> roles =
        CatalogQuery.load("roles.sql", Map.of())
            .rows(
                c,
                List.of(),
                rs ->
                    new Role(
                        rs.getString("name"),
                        rs.getBoolean("login"),
                        rs.getBoolean("inherit"),
                        rs.getBoolean("create_db"),
                        rs.getBoolean("create_role"),
                        rs.getBoolean("bypass_rls")));
    Set<UnmanagedObject> unmanaged = new LinkedHashSet<>(read.unmanaged());
    Map<Grant, List<Set<String>>> held = new TreeMap<>();
    List<Grant> revoked = new ArrayList<>();
    for (Row catalogRow : rows) {
      // A partitioned table's access list is its own (GRANT does not reach its partitions, and
      // each partition keeps its own list): both are tables to the model.
      Row row =
          catalogRow.kind().equals("partitioned table")
              ? new Row(
                  "table",
                  catalogRow.schema(),
                  catalogRow.name(),
                  catalogRow.arguments(),
                  catalogRow.grantee(),
                  catalogRow.privilege(),
                  catalogRow.grantable())
              : catalogRow;
      String on = row.kind();
      if (on.equals("column") || on.equals("default")) {
        String table =
            on.equals("default")
                ? ""
                : row.name().substring(0, Math.max(0, row.name().indexOf('.')));
        if (on.equals("default") || filter.includesTable(row.schema(), table)) {
          unmanaged.add(
              on.equals("column")
                  ? new UnmanagedObject("column privileges", row.schema() + "." + row.name())
                  : new UnmanagedObject(
                      "default privileges on " + row.privilege(),
                      (row.schema() == null ? "in every schema" : "in schema " + row.schema())
                          + " for role "
                          + row.name()));
        }
        continue;
      }
      if (on.equals("revoked")) {
        if (model.routine(signature(row)).isPresent()) {
          revoked.add(Grant.executeRevokedFromPublic(row.schema(), row.name(), row.arguments()));
        }
        continue;
      }
      if (!Grant.ALL.containsKey(on)) {
        if (filter.includesTable(row.schema(), row.name())) {
          unmanaged.add(new UnmanagedObject(on + " privileges", row.schema() + "." + row.name()));
        }
        continue;
      }
      if (!holds(model, row)) {
        if (on.equals("sequence") && filter.includesSchema(row.schema())) {
          unmanaged.add(
              new UnmanagedObject("sequence privileges", row.schema() + "." + row.name()));
        }
        continue;
      }
      if (isDefault(row, serverVersionNum)) {
        continue;
      }
      Grant slot =
          new Grant(
              on,
              row.schema(),
              on.equals("schema") ? null : row.name(),
              row.arguments(),
              row.grantee(),
              List.of(),
              false);
      held.computeIfAbsent(slot, k -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()))
          .get(row.grantable() ? 1 : 0)
          .add(row.privilege());
    }
    List<Grant> grants = new ArrayList<>();
    held.forEach(
        (slot, sets) -> {
          if (!sets.get(0).isEmpty()) {
            grants.add(slot.with(List.copyOf(sets.get(0)), false));
          }
          if (!sets.get(1).isEmpty()) {
            grants.add(slot.with(List.copyOf(sets.get(1)), true));
          }
        });
    grants.addAll(revoked);
    Set<String> named = new java.util.HashSet<>();
    grants.forEach(g -> named.add(g.grantee()));
    model.tables().forEach(t -> t.security().policies().forEach(p -> named.addAll(p.roles())));
    return new Introspection(
        model
            .withGrants(grants)
            .withRoles(roles.stream().filter(r -> named.contains(r.name())).toList()),
        List.copyOf(unmanaged),
        read.defaultVersions(),
        roles);
  }

  private static String signature(Row row) {
    return row.schema() + "." + row.name() + "(" + row.arguments() + ")";
  }

  /** Whether the model holds the row's object (a chosen schema always is). */
  private static boolean holds(SchemaModel model, Row row) {
    String on = row.kind();
    if (on.equals("table")) {
      return model.table(new QualifiedName(row.schema(), row.name())).isPresent();
    }
    if (on.equals("sequence")) {
      QualifiedName name = new QualifiedName(row.schema(), row.name());
      return model.sequences().stream().anyMatch(s -> s.name().equals(name));
    }
    if (on.equals("function")) {
      return model.routine(signature(row)).isPresent();
    }
    if (on.equals("view") || on.equals("materialized view")) {
      QualifiedName name = new QualifiedName(row.schema(), row.name());
      return model.views().stream()
          .anyMatch(
              v -> v.name().equals(name) && v.materialized() == on.equals("materialized view"));
    }
    return true;
  }

  /** Whether the row is one of PUBLIC's default privileges. */
  private static boolean isDefault(Row row, int serverVersionNum) {
    if (!row.grantee().equals(Grant.PUBLIC)) {
      return false;
    }
    if (row.kind().equals("function")) {
      return row.privilege().equals("EXECUTE");
    }
    return row.kind().equals("schema")
        && row.schema().equals("public")
        && (row.privilege().equals("USAGE")
            || row.privilege().equals("CREATE") && serverVersionNum < 150000);
  }
}
