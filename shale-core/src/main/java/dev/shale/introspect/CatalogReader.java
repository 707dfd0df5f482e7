package dev.shale.introspect;

import dev.shale.introspect.CatalogRows.Catalog;
import dev.shale.introspect.CatalogRows.ColumnRow;
import dev.shale.introspect.CatalogRows.ConstraintRow;
import dev.shale.introspect.CatalogRows.EnumRow;
import dev.shale.introspect.CatalogRows.ExtensionRow;
import dev.shale.introspect.CatalogRows.IdentityRow;
import dev.shale.introspect.CatalogRows.IndexKeyRow;
import dev.shale.introspect.CatalogRows.IndexRow;
import dev.shale.introspect.CatalogRows.PolicyRow;
import dev.shale.introspect.CatalogRows.RoutineRow;
import dev.shale.introspect.CatalogRows.SequenceRow;
import dev.shale.introspect.CatalogRows.SequenceSettings;
import dev.shale.introspect.CatalogRows.TableRow;
import dev.shale.introspect.CatalogRows.UnmanagedRow;
import dev.shale.introspect.CatalogRows.ViewRow;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the catalog queries, one per object kind, whatever the number of tables: schemas first (the
 * filter's globs pick among them), then everything else for the chosen schemas.
 */
final class CatalogReader {
  private final Connection connection;
  private final Map<String, String> placeholders;

  CatalogReader(Connection connection, int serverVersionNum) {
    this.connection = connection;
    boolean pg15 = serverVersionNum >= 150000;
    this.placeholders =
        Map.of(
            "nulls_not_distinct",
            pg15 ? "coalesce(i.indnullsnotdistinct, false)" : "false",
            "set_columns",
            pg15 ? "(k.confdelsetcols IS NOT NULL)" : "false");
  }

  List<String> schemas() throws SQLException {
    return query("schemas.sql").rows(connection, List.of(), rs -> rs.getString("name"));
  }

  Catalog read(List<String> schemas) throws SQLException {
    return new Catalog(
        schemas,
        query("extensions.sql")
            .rows(
                connection,
                schemas,
                rs ->
                    new ExtensionRow(
                        rs.getString("name"),
                        rs.getString("schema"),
                        rs.getString("version"),
                        rs.getString("default_version"))),
        query("functions.sql").rows(connection, schemas, CatalogReader::routineRow),
        query("enums.sql").rows(connection, schemas, CatalogReader::enumRow),
        query("sequences.sql").rows(connection, schemas, CatalogReader::sequenceRow),
        query("tables.sql")
            .rows(
                connection,
                schemas,
                rs ->
                    new TableRow(
                        rs.getString("schema"),
                        rs.getString("name"),
                        rs.getString("comment"),
                        rs.getBoolean("row_security"),
                        rs.getBoolean("force_row_security"),
                        rs.getBoolean("unlogged"),
                        CatalogQuery.strings(rs, "options"),
                        CatalogQuery.strings(rs, "toast_options"),
                        rs.getString("partition_key"),
                        rs.getString("parent_schema"),
                        rs.getString("parent_name"),
                        rs.getString("partition_bound"))),
        query("columns.sql").rows(connection, schemas, CatalogReader::columnRow),
        query("constraints.sql").rows(connection, schemas, CatalogReader::constraintRow),
        query("indexes.sql").rows(connection, schemas, CatalogReader::indexRow),
        query("views.sql").rows(connection, schemas, CatalogReader::viewRow),
        query("policies.sql")
            .rows(
                connection,
                schemas,
                rs ->
                    new PolicyRow(
                        rs.getString("schema"),
                        rs.getString("table_name"),
                        rs.getString("name"),
                        rs.getBoolean("permissive"),
                        rs.getString("command"),
                        CatalogQuery.strings(rs, "roles"),
                        rs.getString("using_expression"),
                        rs.getString("with_check"))),
        query("unmanaged.sql")
            .rows(
                connection,
                schemas,
                rs ->
                    new UnmanagedRow(
                        rs.getString("kind"),
                        rs.getString("schema"),
                        rs.getString("name"),
                        rs.getString("table_name"))),
        UserTypeRows.read(connection, schemas, placeholders));
  }

  private CatalogQuery query(String resource) {
    return CatalogQuery.load(resource, placeholders);
  }

  private static RoutineRow routineRow(ResultSet rs) throws SQLException {
    return new RoutineRow(
        rs.getString("schema"),
        rs.getString("name"),
        rs.getBoolean("procedure"),
        rs.getString("language"),
        rs.getString("volatility"),
        rs.getBoolean("strict"),
        rs.getBoolean("security_definer"),
        rs.getString("parallel"),
        CatalogQuery.strings(rs, "settings"),
        rs.getString("body"),
        rs.getString("returns"),
        CatalogQuery.strings(rs, "modes"),
        CatalogQuery.strings(rs, "names"),
        CatalogQuery.strings(rs, "types"),
        CatalogQuery.strings(rs, "defaults"));
  }

  private static EnumRow enumRow(ResultSet rs) throws SQLException {
    return new EnumRow(
        rs.getString("schema"),
        rs.getString("name"),
        rs.getString("printed"),
        CatalogQuery.strings(rs, "labels"));
  }

  private static SequenceRow sequenceRow(ResultSet rs) throws SQLException {
    return new SequenceRow(
        rs.getString("schema"),
        rs.getString("name"),
        rs.getString("regclass"),
        settings(rs, "seq_"),
        rs.getString("owner_schema"),
        rs.getString("owner_table"),
        rs.getString("owner_column"));
  }

  /** A sequence's settings from the columns named {@code prefix} + type, start, increment, … */
  private static SequenceSettings settings(ResultSet rs, String prefix) throws SQLException {
    return new SequenceSettings(
        rs.getString(prefix + "type"),
        rs.getLong(prefix + "start"),
        rs.getLong(prefix + "increment"),
        rs.getLong(prefix + "min"),
        rs.getLong(prefix + "max"),
        rs.getLong(prefix + "cache"),
        rs.getBoolean(prefix + "cycle"));
  }

  private static ColumnRow columnRow(ResultSet rs) throws SQLException {
    String identityKind = rs.getString("identity");
    IdentityRow identity = null;
    if (identityKind != null && !identityKind.isEmpty() && rs.getString("identity_type") != null) {
      identity = new IdentityRow(identityKind, settings(rs, "identity_"));
    }
    return new ColumnRow(
        rs.getString("schema"),
        rs.getString("table_name"),
        rs.getString("name"),
        rs.getString("type_kind"),
        rs.getString("type_schema"),
        rs.getString("type_name"),
        rs.getString("type_sql"),
        rs.getBoolean("is_array"),
        rs.getBoolean("not_null"),
        identity,
        rs.getString("generated"),
        rs.getString("expression"),
        rs.getString("comment"),
        rs.getString("collation_name") == null
            ? null
            : new dev.shale.model.QualifiedName(
                rs.getString("collation_schema"), rs.getString("collation_name")));
  }

  private static ConstraintRow constraintRow(ResultSet rs) throws SQLException {
    return new ConstraintRow(
        rs.getString("schema"),
        rs.getString("table_name"),
        rs.getString("name"),
        rs.getString("type").charAt(0),
        CatalogQuery.strings(rs, "columns"),
        rs.getString("target_schema"),
        rs.getString("target_table"),
        CatalogQuery.strings(rs, "target_columns"),
        rs.getString("on_update").charAt(0),
        rs.getString("on_delete").charAt(0),
        rs.getString("match_type").charAt(0),
        rs.getBoolean("deferrable"),
        rs.getBoolean("deferred"),
        rs.getString("expression"),
        rs.getBoolean("is_local"),
        rs.getBoolean("no_inherit"),
        rs.getBoolean("validated"),
        rs.getBoolean("nulls_not_distinct"),
        rs.getBoolean("has_set_columns"));
  }

  private static IndexRow indexRow(ResultSet rs) throws SQLException {
    List<String> columns = CatalogQuery.strings(rs, "key_columns");
    List<String> sql = CatalogQuery.strings(rs, "key_sql");
    List<String> opclasses = CatalogQuery.strings(rs, "opclasses");
    List<Object> options = CatalogQuery.values(rs, "options");
    List<Object> collations = CatalogQuery.values(rs, "own_collations");
    List<IndexKeyRow> keys = new ArrayList<>();
    for (int i = 0; i < sql.size(); i++) {
      keys.add(
          new IndexKeyRow(
              columns.get(i),
              sql.get(i),
              opclasses.get(i),
              ((Number) options.get(i)).intValue(),
              Boolean.TRUE.equals(collations.get(i))));
    }
    return new IndexRow(
        rs.getString("schema"),
        rs.getString("table_name"),
        rs.getString("name"),
        rs.getBoolean("is_unique"),
        rs.getString("method"),
        rs.getBoolean("is_valid"),
        rs.getBoolean("nulls_not_distinct"),
        rs.getString("predicate"),
        keys,
        CatalogQuery.strings(rs, "include_columns"),
        CatalogQuery.strings(rs, "storage"),
        rs.getArray("exclusion_operators") == null
            ? null
            : new CatalogRows.ExclusionRow(
                CatalogQuery.strings(rs, "exclusion_operators"),
                rs.getBoolean("exclusion_deferrable"),
                rs.getBoolean("exclusion_deferred")));
  }

  private static ViewRow viewRow(ResultSet rs) throws SQLException {
    return new ViewRow(
        rs.getString("schema"),
        rs.getString("name"),
        rs.getBoolean("materialized"),
        rs.getString("query"),
        rs.getString("comment"),
        CatalogQuery.strings(rs, "options"));
  }
}
