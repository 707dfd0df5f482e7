package dev.shale.schema;

/**
 * The schema DSL. Use it with {@code import static dev.shale.schema.Pg.*;} and declare every object
 * as a {@code public static final} field; Shale collects them all.
 */
public final class Pg {
  private static final PgSchema PUBLIC = new PgSchema("public");

  private Pg() {}

  // ---- objects -----------------------------------------------------------------------------

  public static PgSchema schema(String name) {
    return new PgSchema(Args.notNull(name, "schema(name): the schema name"));
  }

  public static Table table(String name, TablePart... parts) {
    return PUBLIC.table(name, parts);
  }

  public static PgEnum enumType(String name, String... values) {
    return PUBLIC.enumType(name, values);
  }

  /** A domain in public: {@code domain("positive_amount", numeric(12, 2)).check(...)}. */
  public static PgDomain domain(String name, DataType baseType) {
    return PUBLIC.domain(name, baseType);
  }

  /** A domain in public over an enum, domain or composite type. */
  public static PgDomain domain(String name, UserType baseType) {
    return PUBLIC.domain(name, baseType);
  }

  /** A composite type in public: {@code compositeType("address").field("street", text())}. */
  public static PgComposite compositeType(String name) {
    return PUBLIC.compositeType(name);
  }

  public static PgSequence sequence(String name) {
    return PUBLIC.sequence(name);
  }

  /** An extension installed into public: {@code extension("pg_trgm")}. */
  public static PgExtension extension(String name) {
    return PUBLIC.extension(name);
  }

  /** A function in public: {@code function("touch_updated_at").returns("trigger")...}. */
  public static PgFunction function(String name) {
    return PUBLIC.function(name);
  }

  /** A procedure in public ({@code CALL name(...)}). */
  public static PgFunction procedure(String name) {
    return PUBLIC.procedure(name);
  }

  public static PgView view(String name, String query) {
    return PUBLIC.view(name, query);
  }

  public static PgView materializedView(String name, String query) {
    return PUBLIC.materializedView(name, query);
  }

  /**
   * A role Shale creates when no role of that name exists: {@code role("authenticated")}. Roles
   * named by grants and policies but not declared must exist already.
   */
  public static PgRole role(String name) {
    return new PgRole(Args.notNull(name, "role(name): the role name"));
  }

  // ---- table parts -------------------------------------------------------------------------

  public static Column column(String name, DataType type) {
    Args.notNull(name, "column(name, type): the column name");
    return new Column(
        name,
        Args.notNull(
            type,
            "column "
                + name
                + ": its type (if it is a field, declare it above the table that uses it)"));
  }

  public static Column column(String name, PgEnum type) {
    Args.notNull(name, "column(name, enum): the column name");
    if (type == null) {
      throw new IllegalStateException(
          "column "
              + name
              + ": its enum is still null here: declare the enum field above the table that uses"
              + " it (Java initializes static fields in order)");
    }
    return new Column(name, type.type());
  }

  /** A column of a domain: {@code column("price", POSITIVE_AMOUNT)}. */
  public static Column column(String name, PgDomain type) {
    return userTypeColumn(name, type, "domain");
  }

  /** A column of a composite type: {@code column("home", ADDRESS)}. */
  public static Column column(String name, PgComposite type) {
    return userTypeColumn(name, type, "composite type");
  }

  private static Column userTypeColumn(String name, UserType type, String kind) {
    Args.notNull(name, "column(name, " + kind + "): the column name");
    if (type == null) {
      throw new IllegalStateException(
          "column "
              + name
              + ": its "
              + kind
              + " is still null here: declare the "
              + kind
              + " field above the table that uses it (Java initializes static fields in order)");
    }
    return new Column(name, type.type());
  }

  public static PrimaryKeyDef primaryKey(String... columns) {
    return new PrimaryKeyDef(Args.names(columns, "primaryKey(columns...): the columns"));
  }

  public static UniqueDef unique(String... columns) {
    return new UniqueDef(Args.names(columns, "unique(columns...): the columns"));
  }

  public static ForeignKeyDef foreignKey(String... columns) {
    return new ForeignKeyDef(Args.names(columns, "foreignKey(columns...): the columns"));
  }

  /** Enables row-level security on the table; {@code .force()} applies it to its owner too. */
  public static RowLevelSecurityDef rowLevelSecurity() {
    return new RowLevelSecurityDef();
  }

  /** A row-level security policy of the table. */
  public static PolicyDef policy(String name) {
    return new PolicyDef(Args.notNull(name, "policy(name): the policy name"));
  }

  /** A trigger on the table: {@code trigger("audit").after().onUpdate().execute(AUDIT)}. */
  public static TriggerDef trigger(String name) {
    return new TriggerDef(Args.notNull(name, "trigger(name): the trigger name"));
  }

  public static CheckDef check(String expression) {
    return new CheckDef(Args.notNull(expression, "check(expression): the expression"));
  }

  /** An index on columns by name. */
  public static IndexDef index(String... columns) {
    return new IndexDef(
        Args.names(columns, "index(columns...): the columns").stream().map(Pg::key).toList());
  }

  /** An index on keys made with {@link #key} and {@link #expr}. */
  public static IndexDef index(IndexKey... keys) {
    return new IndexDef(
        Args.elements(
            keys, "index(keys...)", " (make keys with key(\"column\") or expr(\"sql\"))"));
  }

  /**
   * An exclusion constraint using an index access method ({@code "gist"} for ranges; plain columns
   * with {@code =} in gist need the btree_gist extension).
   */
  public static ExclusionDef exclude(String method, ExclusionDef.Element... elements) {
    return new ExclusionDef(
        Args.notNull(method, "exclude(method, elements...): the index method"),
        Args.elements(
            elements,
            "exclude(method, elements...)",
            " (make them with element(\"column\", \"=\"))"));
  }

  /** An element of an exclusion constraint: a column and its operator, {@code ("during", "&&")}. */
  public static ExclusionDef.Element element(String column, String operator) {
    return element(key(column), operator);
  }

  /** An element on a key made with {@link #key} or {@link #expr}, e.g. with an operator class. */
  public static ExclusionDef.Element element(IndexKey key, String operator) {
    return new ExclusionDef.Element(
        Args.notNull(key, "element(key, operator): the key"),
        Args.notNull(operator, "element(key, operator): the operator"));
  }

  /** An index key on a column. */
  public static IndexKey key(String column) {
    return new IndexKey(
        Args.notNull(column, "key(column): the column name"), null, null, false, null);
  }

  /** An index key on an SQL expression: {@code expr("lower(email)")}. */
  public static IndexKey expr(String expression) {
    return new IndexKey(
        null, Args.notNull(expression, "expr(expression): the expression"), null, false, null);
  }

  /** {@code MINVALUE} in a range partition's bound: below every value. */
  public static final PartitionBoundDef.Limit MINVALUE = PartitionBoundDef.Limit.MINVALUE;

  /** {@code MAXVALUE} in a range partition's bound: above every value. */
  public static final PartitionBoundDef.Limit MAXVALUE = PartitionBoundDef.Limit.MAXVALUE;

  /**
   * A range partition's bound, {@code valuesFrom("2024-01-01").to("2025-01-01")}: from the lower
   * values (included) to the upper ones (excluded), one value per key column.
   */
  public static PartitionBoundDef valuesFrom(Object... values) {
    return PartitionBoundDef.range(values);
  }

  /** A list partition's bound: {@code valuesIn("CA", "OR")}; {@code null} takes the nulls. */
  public static PartitionBoundDef valuesIn(Object... values) {
    return PartitionBoundDef.list(values);
  }

  /** A hash partition's bound: {@code FOR VALUES WITH (MODULUS modulus, REMAINDER remainder)}. */
  public static PartitionBoundDef valuesWith(int modulus, int remainder) {
    return PartitionBoundDef.hash(modulus, remainder);
  }

  /** The default partition: the rows no other partition of the parent takes. */
  public static PartitionBoundDef defaultPartition() {
    return PartitionBoundDef.defaultBound();
  }

  /** Sequence options for identity columns: {@code sequenceOptions().startWith(100)}. */
  public static SequenceOptions sequenceOptions() {
    return SequenceOptions.DEFAULTS;
  }

  // ---- types -------------------------------------------------------------------------------

  public static DataType smallint() {
    return DataType.builtin("smallint");
  }

  public static DataType integer() {
    return DataType.builtin("integer");
  }

  public static DataType bigint() {
    return DataType.builtin("bigint");
  }

  public static DataType smallserial() {
    return DataType.builtin("smallserial");
  }

  public static DataType serial() {
    return DataType.builtin("serial");
  }

  public static DataType bigserial() {
    return DataType.builtin("bigserial");
  }

  public static DataType numeric() {
    return DataType.builtin("numeric");
  }

  public static DataType numeric(int precision) {
    return DataType.builtin("numeric(" + precision + ")");
  }

  public static DataType numeric(int precision, int scale) {
    return DataType.builtin("numeric(" + precision + "," + scale + ")");
  }

  public static DataType real() {
    return DataType.builtin("real");
  }

  public static DataType doublePrecision() {
    return DataType.builtin("double precision");
  }

  public static DataType bool() {
    return DataType.builtin("boolean");
  }

  public static DataType text() {
    return DataType.builtin("text");
  }

  public static DataType varchar() {
    return DataType.builtin("character varying");
  }

  public static DataType varchar(int length) {
    return DataType.builtin("character varying(" + length + ")");
  }

  public static DataType character(int length) {
    return DataType.builtin("character(" + length + ")");
  }

  public static DataType uuid() {
    return DataType.builtin("uuid");
  }

  public static DataType date() {
    return DataType.builtin("date");
  }

  public static DataType time() {
    return DataType.builtin("time without time zone");
  }

  public static DataType time(int precision) {
    return DataType.builtin("time(" + precision + ") without time zone");
  }

  public static DataType timetz() {
    return DataType.builtin("time with time zone");
  }

  public static DataType timetz(int precision) {
    return DataType.builtin("time(" + precision + ") with time zone");
  }

  public static DataType timestamp() {
    return DataType.builtin("timestamp without time zone");
  }

  public static DataType timestamp(int precision) {
    return DataType.builtin("timestamp(" + precision + ") without time zone");
  }

  public static DataType timestamptz() {
    return DataType.builtin("timestamp with time zone");
  }

  public static DataType timestamptz(int precision) {
    return DataType.builtin("timestamp(" + precision + ") with time zone");
  }

  public static DataType interval() {
    return DataType.builtin("interval");
  }

  public static DataType json() {
    return DataType.builtin("json");
  }

  public static DataType jsonb() {
    return DataType.builtin("jsonb");
  }

  public static DataType bytea() {
    return DataType.builtin("bytea");
  }

  public static DataType inet() {
    return DataType.builtin("inet");
  }

  public static DataType cidr() {
    return DataType.builtin("cidr");
  }

  public static DataType macaddr() {
    return DataType.builtin("macaddr");
  }

  public static DataType macaddr8() {
    return DataType.builtin("macaddr8");
  }

  /**
   * Any other type, written as PostgreSQL's format_type() prints it (e.g. {@code "tsvector"},
   * {@code "point"}, {@code "public.ltree"}); Shale passes it through unchanged.
   */
  public static DataType customType(String sql) {
    return DataType.builtin(Args.notNull(sql, "customType(sql): the type name"));
  }

  // ---- foreign key actions -----------------------------------------------------------------

  public static final FkAction NO_ACTION = FkAction.NO_ACTION;
  public static final FkAction RESTRICT = FkAction.RESTRICT;
  public static final FkAction CASCADE = FkAction.CASCADE;
  public static final FkAction SET_NULL = FkAction.SET_NULL;
  public static final FkAction SET_DEFAULT = FkAction.SET_DEFAULT;

  // ---- privileges (grant(role, privileges...)) ----------------------------------------------

  public static final Privilege SELECT = Privilege.SELECT;
  public static final Privilege INSERT = Privilege.INSERT;
  public static final Privilege UPDATE = Privilege.UPDATE;
  public static final Privilege DELETE = Privilege.DELETE;
  public static final Privilege TRUNCATE = Privilege.TRUNCATE;
  public static final Privilege REFERENCES = Privilege.REFERENCES;
  public static final Privilege TRIGGER = Privilege.TRIGGER;
  public static final Privilege MAINTAIN = Privilege.MAINTAIN;
  public static final Privilege USAGE = Privilege.USAGE;
  public static final Privilege CREATE = Privilege.CREATE;
  public static final Privilege EXECUTE = Privilege.EXECUTE;
  public static final Privilege ALL = Privilege.ALL;
}
