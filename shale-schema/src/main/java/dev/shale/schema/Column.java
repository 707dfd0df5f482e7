package dev.shale.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * A column: {@code column("email", varchar(320)).notNull().unique()}. Built by chaining; each call
 * returns this column.
 */
public final class Column implements TablePart {
  /** How an identity column generates its values. */
  public enum IdentityKind {
    ALWAYS,
    BY_DEFAULT
  }

  private final String name;
  private final DataType type;
  private boolean notNull;
  private boolean primaryKey;
  private UniqueDef unique;
  private String defaultSql;
  private IdentityKind identity;
  private SequenceOptions identityOptions = SequenceOptions.DEFAULTS;
  private String generatedExpression;
  private ForeignKeyDef references;
  private CheckDef check;
  private String comment;
  private String collationSchema;
  private String collation;
  private String replacesColumn;
  private String replacesUsing;
  private String replacesReverse;

  Column(String name, DataType type) {
    this.name = name;
    this.type = type;
  }

  public Column notNull() {
    this.notNull = true;
    return this;
  }

  /** A single-column primary key (implies NOT NULL). */
  public Column primaryKey() {
    this.primaryKey = true;
    return this;
  }

  public Column unique() {
    this.unique = new UniqueDef(List.of(name));
    return this;
  }

  /** A unique constraint with an explicit name. */
  public Column unique(String constraintName) {
    Args.notNull(constraintName, "column " + name + ": unique(name): the constraint name");
    this.unique = new UniqueDef(List.of(name)).name(constraintName);
    return this;
  }

  /** UNIQUE NULLS NOT DISTINCT (PostgreSQL 15+). */
  public Column uniqueNullsNotDistinct() {
    this.unique = new UniqueDef(List.of(name)).nullsNotDistinct();
    return this;
  }

  /** A literal default: strings are quoted, numbers and booleans written as they are. */
  public Column defaultValue(Object value) {
    this.defaultSql = literal(value);
    return this;
  }

  /** A default given as an SQL expression, written as it is: {@code defaultSql("now()")}. */
  public Column defaultSql(String expression) {
    this.defaultSql =
        Args.notNull(expression, "column " + name + ": defaultSql(expression): the expression");
    return this;
  }

  public Column defaultNow() {
    return defaultSql("now()");
  }

  public Column defaultRandomUuid() {
    return defaultSql("gen_random_uuid()");
  }

  public Column generatedAlwaysAsIdentity() {
    return identity(IdentityKind.ALWAYS, SequenceOptions.DEFAULTS);
  }

  public Column generatedAlwaysAsIdentity(SequenceOptions options) {
    return identity(IdentityKind.ALWAYS, options);
  }

  public Column generatedByDefaultAsIdentity() {
    return identity(IdentityKind.BY_DEFAULT, SequenceOptions.DEFAULTS);
  }

  public Column generatedByDefaultAsIdentity(SequenceOptions options) {
    return identity(IdentityKind.BY_DEFAULT, options);
  }

  private Column identity(IdentityKind kind, SequenceOptions options) {
    this.identity = kind;
    this.identityOptions =
        Args.notNull(options, "column " + name + ": the identity's sequence options");
    this.notNull = true;
    return this;
  }

  /** A stored generated column: {@code GENERATED ALWAYS AS (expression) STORED}. */
  public Column generatedAlwaysAs(String expression) {
    this.generatedExpression =
        Args.notNull(
            expression, "column " + name + ": generatedAlwaysAs(expression): the expression");
    return this;
  }

  /** A foreign key to a table object, resolved lazily so cycles work. */
  public Column references(Supplier<Table> table, String column) {
    Args.notNull(table, "column " + name + ": references(() -> TABLE, column): the table supplier");
    Args.notNull(column, "column " + name + ": references(() -> TABLE, column): the column name");
    this.references = new ForeignKeyDef(List.of(name)).references(table, column);
    return this;
  }

  /** A foreign key to a table by name: {@code "users"} or {@code "auth.users"}. */
  public Column references(String table, String column) {
    Args.notNull(table, "column " + name + ": references(table, column): the table name");
    Args.notNull(column, "column " + name + ": references(table, column): the column name");
    this.references = new ForeignKeyDef(List.of(name)).references(table, column);
    return this;
  }

  /** ON DELETE action of this column's foreign key. */
  public Column onDelete(FkAction action) {
    requireReference("onDelete")
        .onDelete(Args.notNull(action, "column " + name + ": onDelete(action): the action"));
    return this;
  }

  /** ON UPDATE action of this column's foreign key. */
  public Column onUpdate(FkAction action) {
    requireReference("onUpdate")
        .onUpdate(Args.notNull(action, "column " + name + ": onUpdate(action): the action"));
    return this;
  }

  public Column deferrable() {
    requireReference("deferrable").deferrable();
    return this;
  }

  public Column initiallyDeferred() {
    requireReference("initiallyDeferred").initiallyDeferred();
    return this;
  }

  /** A check constraint on this column: {@code check("price >= 0")}. */
  public Column check(String expression) {
    this.check =
        new CheckDef(
            Args.notNull(expression, "column " + name + ": check(expression): the expression"));
    return this;
  }

  /**
   * COLLATE: a built-in collation ({@code collate("C")}, {@code collate("und-x-icu")}), spelled as
   * in {@code pg_collation}.
   */
  public Column collate(String collation) {
    return collate("pg_catalog", collation);
  }

  /** COLLATE a collation of another schema: {@code collate("public", "case_insensitive")}. */
  public Column collate(String schema, String collation) {
    this.collationSchema =
        Args.notNull(schema, "column " + name + ": collate(schema, name): the schema");
    this.collation =
        Args.notNull(collation, "column " + name + ": collate(..): the collation name");
    return this;
  }

  /** The collation's schema, or null when the column has none of its own. */
  public String collationSchema() {
    return collationSchema;
  }

  /** The collation's name, or null when the column has none of its own. */
  public String collationName() {
    return collation;
  }

  /**
   * Expand and contract: this column takes the place of {@code oldColumn} of the same table without
   * breaking running code. {@code column("full_name", text()).replaces("name")} renames; {@code
   * column("amount", bigint()).replaces("amount")} changes the type (the values are cast). {@code
   * generate} first writes the expand migrations (the new column beside the old, a trigger keeping
   * both in step, a batched backfill, then the indexes, constraints and NOT NULL of the new column,
   * all online); once every instance runs code that uses the new column, remove {@code replaces(…)}
   * and {@code generate} writes the contract migration (the old column dropped, the new one renamed
   * into place).
   */
  public Column replaces(String oldColumn) {
    this.replacesColumn =
        Args.notNull(oldColumn, "column " + name + ": replaces(column): the old column");
    return this;
  }

  /**
   * As {@link #replaces(String)}, with the SQL expression that computes this column's value from a
   * row of the table as it was: {@code replaces("amount", "amount::bigint")}, {@code
   * replaces("full_name", "first_name || ' ' || last_name")}. The opposite direction (a write of
   * the new column by new code, copied back into the old one) is a cast to the old type.
   */
  public Column replaces(String oldColumn, String using) {
    replaces(oldColumn);
    this.replacesUsing =
        Args.notNull(using, "column " + name + ": replaces(column, using): the expression");
    return this;
  }

  /**
   * As {@link #replaces(String, String)}, with the expression that computes the old column's value
   * from a row as new code writes it, this column under its declared name: {@code
   * replaces("payload", "payload::jsonb", "payload::text")}.
   */
  public Column replaces(String oldColumn, String using, String reverse) {
    replaces(oldColumn, using);
    this.replacesReverse =
        Args.notNull(
            reverse,
            "column " + name + ": replaces(column, using, reverse): the reverse expression");
    return this;
  }

  /** The column this one replaces (expand and contract), or null. */
  public String replacedColumn() {
    return replacesColumn;
  }

  /** The expression computing this column from the old row, or null for a cast. */
  public String replacementUsing() {
    return replacesUsing;
  }

  /** The expression computing the old column from the new row, or null for a cast. */
  public String replacementReverse() {
    return replacesReverse;
  }

  public Column comment(String text) {
    this.comment = text;
    return this;
  }

  private ForeignKeyDef requireReference(String method) {
    if (references == null) {
      throw new IllegalStateException(
          "column " + name + ": " + method + "() needs references(...) before it");
    }
    return references;
  }

  static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString()).toPlainString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }

  public String name() {
    return name;
  }

  public DataType type() {
    return type;
  }

  public boolean isNotNull() {
    return notNull;
  }

  public boolean isPrimaryKey() {
    return primaryKey;
  }

  public UniqueDef uniqueConstraint() {
    return unique;
  }

  public String defaultExpression() {
    return defaultSql;
  }

  public IdentityKind identityKind() {
    return identity;
  }

  public SequenceOptions identityOptions() {
    return identityOptions;
  }

  public String generatedExpression() {
    return generatedExpression;
  }

  public ForeignKeyDef foreignKey() {
    return references;
  }

  public CheckDef checkConstraint() {
    return check;
  }

  public String commentText() {
    return comment;
  }
}
