package dev.shale.schema;

/**
 * A standalone sequence: {@code sequence("order_no").startWith(1000)}, optionally owned by a
 * column: {@code .ownedBy("orders", "number")}.
 */
public final class PgSequence {
  private final String schema;
  private final String name;
  private DataType type = DataType.builtin("bigint");
  private SequenceOptions options = SequenceOptions.DEFAULTS;
  private final java.util.List<GrantDef> grants = new java.util.ArrayList<>();
  private String ownerTable;
  private String ownerColumn;

  PgSequence(String schema, String name) {
    this.schema = schema;
    this.name = name;
  }

  /** The sequence's type: smallint, integer or bigint (the default). */
  public PgSequence as(DataType type) {
    this.type = Args.notNull(type, "sequence " + name + ": as(type): the type");
    return this;
  }

  public PgSequence startWith(long value) {
    options = options.startWith(value);
    return this;
  }

  public PgSequence incrementBy(long value) {
    options = options.incrementBy(value);
    return this;
  }

  public PgSequence minValue(long value) {
    options = options.minValue(value);
    return this;
  }

  public PgSequence maxValue(long value) {
    options = options.maxValue(value);
    return this;
  }

  public PgSequence cache(long value) {
    options = options.cache(value);
    return this;
  }

  public PgSequence cycle() {
    options = options.cycle();
    return this;
  }

  /**
   * The column that owns the sequence ({@code ALTER SEQUENCE … OWNED BY table.column}): dropping
   * the column or its table drops the sequence, and the sequence moves with the table to another
   * schema. {@code table} is in the sequence's schema ({@code "orders"}), which PostgreSQL
   * requires; it may be written qualified ({@code "sales.orders"}).
   */
  public PgSequence ownedBy(String table, String column) {
    this.ownerTable =
        Args.notNull(table, "sequence " + name + ": ownedBy(table, column): the table");
    this.ownerColumn =
        Args.notNull(column, "sequence " + name + ": ownedBy(table, column): the column");
    return this;
  }

  /** The owning table as written in {@link #ownedBy}, or null. */
  public String ownerTable() {
    return ownerTable;
  }

  /** The owning column, or null. */
  public String ownerColumn() {
    return ownerColumn;
  }

  public String schema() {
    return schema;
  }

  public String name() {
    return name;
  }

  public DataType type() {
    return type;
  }

  public SequenceOptions options() {
    return options;
  }

  /**
   * Grants {@code privileges} on it to {@code role} ({@code "public"} for every role): {@code
   * .grant("reporting", SELECT)}. The role must exist, or be declared with {@code role(name)}.
   */
  public PgSequence grant(String role, Privilege... privileges) {
    grants.add(GrantDef.of("sequence " + name, role, privileges, false));
    return this;
  }

  /** Grants {@code privileges} {@code WITH GRANT OPTION}: the role may grant them on. */
  public PgSequence grantWithGrantOption(String role, Privilege... privileges) {
    grants.add(GrantDef.of("sequence " + name, role, privileges, true));
    return this;
  }

  /** The grants, in the order declared. */
  public java.util.List<GrantDef> grants() {
    return java.util.List.copyOf(grants);
  }
}
