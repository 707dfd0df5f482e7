package dev.shale.introspect;

import dev.shale.model.SequenceOptions;
import java.util.List;

/** The rows of the catalog queries, as read, before they become the model. */
final class CatalogRows {
  private CatalogRows() {}

  record ExtensionRow(String name, String schema, String version, String defaultVersion) {}

  /** A function or procedure; per argument its mode letter, name, type and default ('' = none). */
  record RoutineRow(
      String schema,
      String name,
      boolean procedure,
      String language,
      String volatility,
      boolean strict,
      boolean securityDefiner,
      String parallel,
      List<String> settings,
      String body,
      String returns,
      List<String> modes,
      List<String> names,
      List<String> types,
      List<String> defaults) {}

  record EnumRow(String schema, String name, String printed, List<String> labels) {}

  /** A sequence's type and options as pg_sequence holds them (every option filled in). */
  record SequenceSettings(
      String dataType, long start, long increment, long min, long max, long cache, boolean cycle) {
    /** The options as the model keeps them: those equal to PostgreSQL's defaults left out. */
    SequenceOptions canonical() {
      return SequenceOptions.canonical(dataType, start, increment, min, max, cache, cycle);
    }
  }

  record SequenceRow(
      String schema,
      String name,
      String regclass,
      SequenceSettings settings,
      String ownerSchema,
      String ownerTable,
      String ownerColumn) {}

  record TableRow(
      String schema,
      String name,
      String comment,
      boolean rowSecurity,
      boolean forceRowSecurity,
      boolean unlogged,
      List<String> options,
      List<String> toastOptions,
      String partitionKey,
      String parentSchema,
      String parentName,
      String partitionBound) {}

  record PolicyRow(
      String schema,
      String table,
      String name,
      boolean permissive,
      String command,
      List<String> roles,
      String using,
      String withCheck) {}

  /** An identity column's kind ({@code a} always, {@code d} by default) and sequence. */
  record IdentityRow(String kind, SequenceSettings settings) {}

  record ColumnRow(
      String schema,
      String table,
      String name,
      String typeKind,
      String typeSchema,
      String typeName,
      String typeSql,
      boolean array,
      boolean notNull,
      IdentityRow identity,
      String generated,
      String expression,
      String comment,
      dev.shale.model.QualifiedName collation) {}

  record ConstraintRow(
      String schema,
      String table,
      String name,
      char type,
      List<String> columns,
      String targetSchema,
      String targetTable,
      List<String> targetColumns,
      char onUpdate,
      char onDelete,
      char matchType,
      boolean deferrable,
      boolean deferred,
      String expression,
      boolean local,
      boolean noInherit,
      boolean validated,
      boolean nullsNotDistinct,
      boolean setColumns) {}

  /** One key of an index: column (null for an expression), its SQL, opclass, indoption. */
  record IndexKeyRow(String column, String sql, String opclass, int option, boolean ownCollation) {}

  record IndexRow(
      String schema,
      String table,
      String name,
      boolean unique,
      String method,
      boolean valid,
      boolean nullsNotDistinct,
      String predicate,
      List<IndexKeyRow> keys,
      List<String> include,
      List<String> storage,
      ExclusionRow exclusion) {}

  /** What makes an index an exclusion constraint's: its operators, one per key. */
  record ExclusionRow(List<String> operators, boolean deferrable, boolean deferred) {}

  record ViewRow(
      String schema,
      String name,
      boolean materialized,
      String query,
      String comment,
      List<String> options) {}

  record UnmanagedRow(String kind, String schema, String name, String table) {}

  /** Everything read, for one set of schemas. */
  record Catalog(
      List<String> schemas,
      List<ExtensionRow> extensions,
      List<RoutineRow> routines,
      List<EnumRow> enums,
      List<SequenceRow> sequences,
      List<TableRow> tables,
      List<ColumnRow> columns,
      List<ConstraintRow> constraints,
      List<IndexRow> indexes,
      List<ViewRow> views,
      List<PolicyRow> policies,
      List<UnmanagedRow> unmanaged,
      UserTypeRows userTypes) {}
}
