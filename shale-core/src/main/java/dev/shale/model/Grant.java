package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Privileges on one object held by one role, as the object's access list keeps them: {@code GRANT
 * SELECT, INSERT ON TABLE public.orders TO reporting}. A role holding some privileges with the
 * grant option and others without has two grants, one of each. The owner's own privileges and
 * PUBLIC's default ones (EXECUTE on functions, USAGE on the public schema, CREATE there before
 * PostgreSQL 15) are never part of the model.
 *
 * <p>One default is modelled when it is taken away: a function's EXECUTE revoked from PUBLIC
 * ({@code REVOKE EXECUTE ON FUNCTION f FROM PUBLIC}) is a {@code revoked} grant to {@code public}
 * of EXECUTE.
 *
 * @param on {@code table} (partitioned tables and partitions too), {@code view}, {@code
 *     materialized view}, {@code sequence}, {@code schema} or {@code function} (procedures too)
 * @param schema the object's schema; for a schema grant, the schema itself
 * @param name the object's name; null for a schema grant
 * @param arguments a function's input argument types as {@link Routine#identityArguments} spells
 *     them; null for other kinds
 * @param grantee the role, {@code public} for PUBLIC
 * @param privileges upper case, in {@link #PRIVILEGES} order, no duplicates
 * @param grantable held {@code WITH GRANT OPTION}
 * @param revoked not a privilege held but PUBLIC's default one withheld: only {@code public}'s
 *     EXECUTE on a function
 */
public record Grant(
    String on,
    String schema,
    String name,
    String arguments,
    String grantee,
    List<String> privileges,
    boolean grantable,
    boolean revoked)
    implements Comparable<Grant> {

  /** Every privilege, in the order PostgreSQL's access lists print them. */
  public static final List<String> PRIVILEGES =
      List.of(
          "SELECT",
          "INSERT",
          "UPDATE",
          "DELETE",
          "TRUNCATE",
          "REFERENCES",
          "TRIGGER",
          "MAINTAIN",
          "USAGE",
          "CREATE",
          "EXECUTE");

  /**
   * The privileges each kind takes; ALL stands for these, MAINTAIN (PostgreSQL 17+) left out so
   * that ALL means the same on every supported version.
   */
  public static final Map<String, List<String>> ALL =
      Map.of(
          "table",
          List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"),
          "sequence",
          List.of("SELECT", "UPDATE", "USAGE"),
          "view",
          List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"),
          "materialized view",
          List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"),
          "schema",
          List.of("USAGE", "CREATE"),
          "function",
          List.of("EXECUTE"));

  /**
   * The kinds that take MAINTAIN (PostgreSQL 17+) besides {@link #ALL}: relations but sequences.
   */
  public static final java.util.Set<String> TAKE_MAINTAIN =
      java.util.Set.of("table", "view", "materialized view");

  public static final String PUBLIC = "public";

  private static final Comparator<Grant> ORDER =
      Comparator.comparing(Grant::on)
          .thenComparing(Grant::schema)
          .thenComparing(g -> g.name == null ? "" : g.name)
          .thenComparing(g -> g.arguments == null ? "" : g.arguments)
          .thenComparing(Grant::grantee)
          .thenComparing(Grant::grantable)
          .thenComparing(Grant::revoked);

  public Grant {
    if (!ALL.containsKey(on)) {
      throw new IllegalArgumentException("a grant on an unknown kind of object: " + on);
    }
    privileges =
        privileges.stream().distinct().sorted(Comparator.comparing(PRIVILEGES::indexOf)).toList();
  }

  /** A privilege held (not {@link #revoked}). */
  public Grant(
      String on,
      String schema,
      String name,
      String arguments,
      String grantee,
      List<String> privileges,
      boolean grantable) {
    this(on, schema, name, arguments, grantee, privileges, grantable, false);
  }

  /** PUBLIC's default EXECUTE on the function {@code schema.name(arguments)}, withheld. */
  public static Grant executeRevokedFromPublic(String schema, String name, String arguments) {
    return new Grant("function", schema, name, arguments, PUBLIC, List.of("EXECUTE"), false, true);
  }

  /** Whether it is on a view or a materialized view. */
  public boolean onView() {
    return on.equals("view") || on.equals("materialized view");
  }

  /** Whether every privilege is one {@code on} takes. */
  public boolean fitsKind() {
    return privileges.stream()
        .allMatch(
            p -> ALL.get(on).contains(p) || TAKE_MAINTAIN.contains(on) && p.equals("MAINTAIN"));
  }

  /** The same object and grantee with other privileges (and grant option). */
  public Grant with(List<String> newPrivileges, boolean newGrantable) {
    return new Grant(on, schema, name, arguments, grantee, newPrivileges, newGrantable);
  }

  /** The same grant on an object now named {@code newSchema.newName}. */
  public Grant movedTo(String newSchema, String newName) {
    return new Grant(on, newSchema, newName, arguments, grantee, privileges, grantable, revoked);
  }

  /** Whether it is on the same object as {@code other}. */
  public boolean sameObject(Grant other) {
    return on.equals(other.on)
        && schema.equals(other.schema)
        && java.util.Objects.equals(name, other.name)
        && java.util.Objects.equals(arguments, other.arguments);
  }

  /** The object as a reader would name it: {@code table public.orders}, {@code schema auth}. */
  public String object() {
    return on
        + " "
        + (name == null ? schema : schema + "." + name)
        + (arguments == null ? "" : "(" + arguments + ")");
  }

  /** The object's schema and name (a function's without its arguments); null for a schema. */
  public QualifiedName qualifiedName() {
    return name == null ? null : new QualifiedName(schema, name);
  }

  @Override
  public int compareTo(Grant other) {
    return ORDER.compare(this, other);
  }
}
