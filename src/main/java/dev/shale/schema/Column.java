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
