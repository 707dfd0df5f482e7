package dev.shale.schema;

/**
 * A PostgreSQL schema (namespace). Objects made through it live in it: {@code
 * schema("auth").table("users", ...)}. Declaring a schema other than public makes Shale create it.
 */
public final class PgSchema {
  private final String name;
  private final java.util.List<GrantDef> grants = new java.util.ArrayList<>();

  PgSchema(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public Table table(String name, TablePart... parts) {
    Args.notNull(name, "table(name, parts...): the table name");
    return new Table(
        this.name,
        name,
        Args.elements(
            parts,
            "table " + name,
            " (if it is a field, declare it above the table: Java initializes static fields in"
                + " order)"));
  }

  public PgEnum enumType(String name, String... values) {
    Args.notNull(name, "enumType(name, values...): the enum name");
    return new PgEnum(this.name, name, Args.elements(values, "enum " + name + " values", ""));
  }

  /** A domain in this schema over {@code baseType}: {@code domain("amount", numeric(12, 2))}. */
  public PgDomain domain(String name, DataType baseType) {
    Args.notNull(name, "domain(name, baseType): the domain name");
    return new PgDomain(
        this.name,
        name,
        Args.notNull(
            baseType,
            "domain "
                + name
                + ": its base type (if it is a field, declare it above the domain that uses it)"));
  }

  /** A domain in this schema over an enum, domain or composite type. */
  public PgDomain domain(String name, UserType baseType) {
    Args.notNull(name, "domain(name, baseType): the domain name");
    return domain(
        name,
        Args.notNull(
                baseType,
                "domain "
                    + name
                    + ": its base type is still null here: declare it above the domain")
            .type());
  }

  /** A composite type in this schema; add its fields with {@code field(name, type)}. */
  public PgComposite compositeType(String name) {
    return new PgComposite(
        this.name, Args.notNull(name, "compositeType(name): the composite type name"));
  }

  public PgSequence sequence(String name) {
    return new PgSequence(this.name, Args.notNull(name, "sequence(name): the sequence name"));
  }

  /** An extension whose objects go into this schema ({@code CREATE EXTENSION … SCHEMA}). */
  public PgExtension extension(String name) {
    return new PgExtension(this.name, Args.notNull(name, "extension(name): the extension name"));
  }

  /** A function in this schema. */
  public PgFunction function(String name) {
    return new PgFunction(
        this.name, Args.notNull(name, "function(name): the function name"), false);
  }

  /** A procedure in this schema. */
  public PgFunction procedure(String name) {
    return new PgFunction(
        this.name, Args.notNull(name, "procedure(name): the procedure name"), true);
  }

  public PgView view(String name, String query) {
    Args.notNull(name, "view(name, query): the view name");
    return new PgView(this.name, name, Args.notNull(query, "view " + name + ": the query"), false);
  }

  public PgView materializedView(String name, String query) {
    Args.notNull(name, "materializedView(name, query): the view name");
    return new PgView(
        this.name, name, Args.notNull(query, "materialized view " + name + ": the query"), true);
  }

  /**
   * Grants {@code privileges} on it to {@code role} ({@code "public"} for every role): {@code
   * .grant("reporting", SELECT)}. The role must exist, or be declared with {@code role(name)}.
   */
  public PgSchema grant(String role, Privilege... privileges) {
    grants.add(GrantDef.of("schema " + name, role, privileges, false));
    return this;
  }

  /** Grants {@code privileges} {@code WITH GRANT OPTION}: the role may grant them on. */
  public PgSchema grantWithGrantOption(String role, Privilege... privileges) {
    grants.add(GrantDef.of("schema " + name, role, privileges, true));
    return this;
  }

  /** The grants, in the order declared. */
  public java.util.List<GrantDef> grants() {
    return java.util.List.copyOf(grants);
  }
}
