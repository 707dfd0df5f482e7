package dev.shale.sql.parse;

import java.util.List;

/**
 * One action of an {@code ALTER TABLE}, with its own span (for a caret under the action rather than
 * the whole statement). Actions a rule has no use for are {@link Other}, kept with their text.
 */
public sealed interface AlterTableAction {
  Span span();

  record AddColumn(Span span, boolean ifNotExists, ColumnDef column) implements AlterTableAction {}

  record DropColumn(Span span, boolean ifExists, String column, boolean cascade)
      implements AlterTableAction {}

  /**
   * @param using the {@code USING} expression, or null
   */
  record AlterColumnType(Span span, String column, ColumnType type, String collation, String using)
      implements AlterTableAction {}

  record SetDefault(Span span, String column, String expression) implements AlterTableAction {}

  record DropDefault(Span span, String column) implements AlterTableAction {}

  record SetNotNull(Span span, String column) implements AlterTableAction {}

  record DropNotNull(Span span, String column) implements AlterTableAction {}

  /** {@code ALTER COLUMN c SET EXPRESSION AS (expr)} (PostgreSQL 17). */
  record SetExpression(Span span, String column, String expression) implements AlterTableAction {}

  record DropExpression(Span span, String column, boolean ifExists) implements AlterTableAction {}

  record AddIdentity(Span span, String column, boolean always, String options)
      implements AlterTableAction {}

  record DropIdentity(Span span, String column, boolean ifExists) implements AlterTableAction {}

  /** {@code ALTER COLUMN c SET GENERATED ...}, {@code SET/RESTART} of an identity. */
  record AlterIdentity(Span span, String column, String text) implements AlterTableAction {}

  /**
   * {@code ADD [CONSTRAINT name] ...}; NOT VALID is on the constraint where PostgreSQL allows it
   * (CHECK, FOREIGN KEY, NOT NULL).
   */
  record AddConstraint(Span span, Constraint constraint) implements AlterTableAction {}

  record ValidateConstraint(Span span, String name) implements AlterTableAction {}

  record DropConstraint(Span span, boolean ifExists, String name, boolean cascade)
      implements AlterTableAction {}

  /** {@code ALTER CONSTRAINT name [NOT] DEFERRABLE ...}. */
  record AlterConstraint(Span span, String name, String text) implements AlterTableAction {}

  /** {@code SET LOGGED} ({@code logged}) or {@code SET UNLOGGED}. */
  record SetLogged(Span span, boolean logged) implements AlterTableAction {}

  record SetTablespace(Span span, String tablespace) implements AlterTableAction {}

  /**
   * @param bound the bound spec as written ({@code FOR VALUES ...} or {@code DEFAULT})
   */
  record AttachPartition(Span span, QualifiedName partition, String bound)
      implements AlterTableAction {}

  record DetachPartition(
      Span span, QualifiedName partition, boolean concurrently, boolean finalizing)
      implements AlterTableAction {}

  /**
   * @param mode {@code ENABLE}, {@code ENABLE ALWAYS}, {@code ENABLE REPLICA} or {@code DISABLE}
   * @param trigger the trigger's name, or {@code ALL} / {@code USER} (upper case) for those forms
   */
  record EnableTrigger(Span span, String mode, String trigger) implements AlterTableAction {}

  /**
   * {@code ENABLE}, {@code DISABLE}, {@code FORCE} or {@code NO FORCE ROW LEVEL SECURITY}.
   *
   * @param mode {@code ENABLE}, {@code DISABLE}, {@code FORCE} or {@code NO FORCE}
   */
  record RowLevelSecurity(Span span, String mode) implements AlterTableAction {}

  /**
   * {@code SET (name = value, ...)} or ({@code reset}) {@code RESET (name, ...)}: storage
   * parameters, as {@code name=value} texts or names.
   */
  record StorageParameters(Span span, boolean reset, List<String> parameters)
      implements AlterTableAction {
    public StorageParameters {
      parameters = List.copyOf(parameters);
    }
  }

  record OwnerTo(Span span, String owner) implements AlterTableAction {}

  /**
   * Any other action: {@code kind} is its leading keywords in upper case (e.g. {@code ALTER COLUMN
   * SET STATISTICS}, {@code REPLICA IDENTITY}, {@code CLUSTER ON}).
   */
  record Other(Span span, String kind, String text) implements AlterTableAction {}
}
