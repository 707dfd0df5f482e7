package dev.shale.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A function or procedure: {@code function("touch_updated_at").returns("trigger")
 * .language("plpgsql").body("""…""")}, {@code function("add").argument("a", integer())
 * .argument("b", integer(), "0").returns(integer()).language("sql").immutable().body("SELECT a +
 * b")}, {@code procedure("archive").argument("days", integer())...}. Overloads (the same name with
 * other input argument types) are distinct objects. Shale creates functions after types and
 * sequences and before tables (whose defaults, checks and indexes may call them), with {@code
 * check_function_bodies} off for {@code sql} bodies, and drops them after what used them.
 */
public final class PgFunction {
  /** One argument as declared. */
  public record Argument(String mode, String name, DataType type, String defaultValue) {}

  private final String schema;
  private final String name;
  private final boolean procedure;
  private final List<Argument> arguments = new ArrayList<>();
  private String returns;
  private DataType returnType;
  private boolean returnsSet;
  private String language;
  private String volatility = "volatile";
  private boolean strict;
  private boolean securityDefiner;
  private String parallel = "unsafe";
  private final Map<String, String> settings = new LinkedHashMap<>();
  private String body;
  private final java.util.List<GrantDef> grants = new java.util.ArrayList<>();
  private boolean executeRevokedFromPublic;

  PgFunction(String schema, String name, boolean procedure) {
    this.schema = schema;
    this.name = name;
    this.procedure = procedure;
  }

  private String what() {
    return (procedure ? "procedure " : "function ") + name;
  }

  private PgFunction add(String mode, String name, DataType type, String defaultValue) {
    String call = what() + ": " + mode + "(name, type)";
    arguments.add(
        new Argument(mode, Args.notNull(name, call), Args.notNull(type, call), defaultValue));
    return this;
  }

  /** An IN argument; {@code ""} for an unnamed one. */
  public PgFunction argument(String name, DataType type) {
    return add("in", name, type, null);
  }

  /** An IN argument with a default expression ({@code "0"}, {@code "now()"}). */
  public PgFunction argument(String name, DataType type, String defaultValue) {
    return add("in", name, type, Args.notNull(defaultValue, what() + ": the default of " + name));
  }

  /** An OUT argument: part of the result, not of the call. */
  public PgFunction out(String name, DataType type) {
    return add("out", name, type, null);
  }

  public PgFunction inout(String name, DataType type) {
    return add("inout", name, type, null);
  }

  public PgFunction inout(String name, DataType type, String defaultValue) {
    return add(
        "inout", name, type, Args.notNull(defaultValue, what() + ": the default of " + name));
  }

  /** A VARIADIC argument (its type is an array: {@code integer().array()}). */
  public PgFunction variadic(String name, DataType type) {
    return add("variadic", name, type, null);
  }

  public PgFunction variadic(String name, DataType type, String defaultValue) {
    return add(
        "variadic", name, type, Args.notNull(defaultValue, what() + ": the default of " + name));
  }

  /** The result type: {@code returns(integer())}. */
  public PgFunction returns(DataType type) {
    this.returnType = Args.notNull(type, what() + ": returns(type)");
    this.returns = null;
    this.returnsSet = false;
    return this;
  }

  /** A set of rows of {@code type}: {@code RETURNS SETOF type}. */
  public PgFunction returnsSetOf(DataType type) {
    returns(type);
    this.returnsSet = true;
    return this;
  }

  /**
   * The result as PostgreSQL prints it, for pseudo-types and tables: {@code returns("trigger")},
   * {@code returns("void")}, {@code returns("SETOF record")}, {@code returns("TABLE(id bigint, name
   * text)")}.
   */
  public PgFunction returns(String result) {
    this.returns = Args.notNull(result, what() + ": returns(result)");
    this.returnType = null;
    this.returnsSet = false;
    return this;
  }

  /** The language: {@code plpgsql}, {@code sql}, … */
  public PgFunction language(String language) {
    this.language = Args.notNull(language, what() + ": language(language)");
    return this;
  }

  /** The body, stored and compared verbatim (a text block reads best). */
  public PgFunction body(String body) {
    this.body = Args.notNull(body, what() + ": body(body)");
    return this;
  }

  /** STABLE: the result does not change within a statement. */
  public PgFunction stable() {
    this.volatility = "stable";
    return this;
  }

  /** IMMUTABLE: the result depends on the arguments only. */
  public PgFunction immutable() {
    this.volatility = "immutable";
    return this;
  }

  /** STRICT: returns null, without running, when an argument is null. */
  public PgFunction strict() {
    this.strict = true;
    return this;
  }

  /** SECURITY DEFINER: runs with its owner's privileges (set a search_path with it). */
  public PgFunction securityDefiner() {
    this.securityDefiner = true;
    return this;
  }

  public PgFunction parallelSafe() {
    this.parallel = "safe";
    return this;
  }

  public PgFunction parallelRestricted() {
    this.parallel = "restricted";
    return this;
  }

  /**
   * A configuration parameter set while the function runs: {@code set("search_path", "public,
   * pg_temp")}, {@code set("work_mem", "64MB")}.
   */
  public PgFunction set(String parameter, String value) {
    settings.put(
        Args.notNull(parameter, what() + ": set(parameter, value)"),
        Args.notNull(value, what() + ": set(" + parameter + ", value)"));
    return this;
  }

  public String schema() {
    return schema;
  }

  public String name() {
    return name;
  }

  public boolean procedure() {
    return procedure;
  }

  public List<Argument> arguments() {
    return List.copyOf(arguments);
  }

  /** The result given as text, or null. */
  public String returnsText() {
    return returns;
  }

  /** The result given as a type, or null. */
  public DataType returnType() {
    return returnType;
  }

  public boolean returnsSet() {
    return returnsSet;
  }

  public String language() {
    return language;
  }

  public String volatility() {
    return volatility;
  }

  public boolean isStrict() {
    return strict;
  }

  public boolean isSecurityDefiner() {
    return securityDefiner;
  }

  public String parallel() {
    return parallel;
  }

  public Map<String, String> settings() {
    return java.util.Collections.unmodifiableMap(settings);
  }

  public String body() {
    return body;
  }

  /**
   * Grants {@code privileges} on it to {@code role} ({@code "public"} for every role): {@code
   * .grant("reporting", SELECT)}. The role must exist, or be declared with {@code role(name)}.
   */
  public PgFunction grant(String role, Privilege... privileges) {
    grants.add(GrantDef.of(what(), role, privileges, false));
    return this;
  }

  /** Grants {@code privileges} {@code WITH GRANT OPTION}: the role may grant them on. */
  public PgFunction grantWithGrantOption(String role, Privilege... privileges) {
    grants.add(GrantDef.of(what(), role, privileges, true));
    return this;
  }

  /** The grants, in the order declared. */
  public java.util.List<GrantDef> grants() {
    return java.util.List.copyOf(grants);
  }

  /**
   * Takes away the EXECUTE every role has on a new function by default ({@code REVOKE EXECUTE ON
   * FUNCTION ... FROM PUBLIC}): only its owner, superusers and the roles given {@code grant(role,
   * EXECUTE)} may call it. Without it, PUBLIC's EXECUTE is given back.
   */
  public PgFunction revokeExecuteFromPublic() {
    this.executeRevokedFromPublic = true;
    return this;
  }

  /** Whether {@link #revokeExecuteFromPublic()} was called. */
  public boolean executeRevokedFromPublic() {
    return executeRevokedFromPublic;
  }
}
