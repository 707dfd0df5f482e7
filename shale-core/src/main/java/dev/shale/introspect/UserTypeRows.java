package dev.shale.introspect;

import dev.shale.model.CheckConstraint;
import dev.shale.model.ColumnType;
import dev.shale.model.CompositeField;
import dev.shale.model.CompositeType;
import dev.shale.model.Domain;
import dev.shale.model.QualifiedName;
import dev.shale.model.TypeNames;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Domains and composite types as the catalog holds them ({@code domains.sql}, {@code
 * composites.sql}), and as the model holds them.
 */
record UserTypeRows(List<DomainRow> domains, List<FieldRow> fields) {
  static final UserTypeRows NONE = new UserTypeRows(List.of(), List.of());

  /** A type used by a domain or a field: an element type plus an array flag. */
  record TypeRef(String kind, String schema, String name, String sql, boolean array) {}

  /** One domain and one of its checks (or none: a null check name). */
  record DomainRow(
      String schema,
      String name,
      TypeRef base,
      boolean notNull,
      String defaultSql,
      String collation,
      String checkName,
      String checkSql,
      boolean checkValid) {}

  record FieldRow(String schema, String name, String field, TypeRef type, boolean ownCollation) {}

  static UserTypeRows read(Connection connection, List<String> schemas, Map<String, String> holes)
      throws SQLException {
    return new UserTypeRows(
        CatalogQuery.load("domains.sql", holes)
            .rows(
                connection,
                schemas,
                rs ->
                    new DomainRow(
                        rs.getString("schema"),
                        rs.getString("name"),
                        typeRef(rs),
                        rs.getBoolean("not_null"),
                        rs.getString("default_sql"),
                        rs.getString("collation"),
                        rs.getString("check_name"),
                        rs.getString("check_sql"),
                        rs.getBoolean("check_valid"))),
        CatalogQuery.load("composites.sql", holes)
            .rows(
                connection,
                schemas,
                rs ->
                    new FieldRow(
                        rs.getString("schema"),
                        rs.getString("name"),
                        rs.getString("field"),
                        typeRef(rs),
                        rs.getBoolean("own_collation"))));
  }

  private static TypeRef typeRef(ResultSet rs) throws SQLException {
    return new TypeRef(
        rs.getString("type_kind"),
        rs.getString("type_schema"),
        rs.getString("type_name"),
        rs.getString("type_sql"),
        rs.getBoolean("is_array"));
  }

  /** The domains and composite types read, by name: columns of them are of a user type. */
  Set<QualifiedName> names() {
    Set<QualifiedName> names = new HashSet<>();
    domains.forEach(d -> names.add(new QualifiedName(d.schema(), d.name())));
    fields.forEach(f -> names.add(new QualifiedName(f.schema(), f.name())));
    return names;
  }

  /**
   * {@code ref} in the model: an enum, or a domain or composite read here, by schema and name;
   * anything else as format_type prints it.
   */
  ColumnType type(TypeRef ref) {
    int dimensions = ref.array() ? 1 : 0;
    if ("e".equals(ref.kind())
        || ("d".equals(ref.kind()) || "c".equals(ref.kind()))
            && names().contains(new QualifiedName(ref.schema(), ref.name()))) {
      return new ColumnType(ref.schema(), ref.name(), dimensions);
    }
    return new ColumnType(null, TypeNames.canonical(ref.sql()), dimensions);
  }

  /**
   * The domains as the model holds them; {@code enumTypes} are the enums as the server prints their
   * names, so that casts of literals to them are read as plain literals, as in column defaults.
   */
  List<Domain> domainModels(List<UnmanagedObject> unmanaged, Set<String> enumTypes) {
    Map<QualifiedName, List<DomainRow>> byName = new LinkedHashMap<>();
    for (DomainRow row : domains) {
      byName
          .computeIfAbsent(new QualifiedName(row.schema(), row.name()), n -> new ArrayList<>())
          .add(row);
    }
    List<Domain> result = new ArrayList<>();
    byName.forEach(
        (name, rows) -> {
          DomainRow first = rows.get(0);
          ColumnType base = type(first.base());
          // VALUE of a varchar domain is read as VALUE::text where text is wanted, as a varchar
          // column is: that cast is not written.
          boolean varchar =
              !first.base().array()
                  && "pg_catalog".equals(first.base().schema())
                  && "varchar".equals(first.base().name());
          ServerText.Context context =
              new ServerText.Context(varchar ? Set.of("value") : Set.of(), enumTypes);
          List<CheckConstraint> checks = new ArrayList<>();
          for (DomainRow row : rows) {
            if (row.checkName() == null) {
              continue;
            }
            if (!row.checkValid()) {
              unmanaged.add(
                  new UnmanagedObject("NOT VALID domain check", row.checkName() + " on " + name));
            }
            checks.add(
                new CheckConstraint(
                    row.checkName(), ServerText.expression(row.checkSql(), context)));
          }
          String enumType =
              "e".equals(first.base().kind()) && !first.base().array() ? first.base().sql() : null;
          String defaultSql = ServerText.columnDefault(first.defaultSql(), context, enumType);
          result.add(
              new Domain(name, base, defaultSql, first.notNull(), first.collation(), checks));
        });
    return result;
  }

  List<CompositeType> compositeModels(List<UnmanagedObject> unmanaged) {
    Map<QualifiedName, List<CompositeField>> byName = new LinkedHashMap<>();
    for (FieldRow row : fields) {
      QualifiedName name = new QualifiedName(row.schema(), row.name());
      if (row.ownCollation()) {
        unmanaged.add(new UnmanagedObject("composite field collation", name + "." + row.field()));
      }
      byName
          .computeIfAbsent(name, n -> new ArrayList<>())
          .add(new CompositeField(row.field(), type(row.type())));
    }
    List<CompositeType> result = new ArrayList<>();
    byName.forEach((name, fields) -> result.add(new CompositeType(name, fields)));
    return result;
  }
}
