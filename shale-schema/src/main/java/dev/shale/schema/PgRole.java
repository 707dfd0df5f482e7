package dev.shale.schema;

/**
 * A role the schema declares, so that Shale creates it when it is missing: {@code
 * role("authenticated")}, {@code role("app").login()}. Roles belong to the whole cluster, not to
 * one database: a declared role is created only when no role of that name exists, and never
 * dropped. Roles named by grants and policies without a declaration must exist already.
 */
public final class PgRole {
  private final String name;
  private boolean login;
  private boolean inherit = true;
  private boolean createDb;
  private boolean createRole;
  private boolean bypassRls;

  PgRole(String name) {
    this.name = name;
  }

  /** {@code LOGIN}: the role may connect (a user); without it, {@code NOLOGIN} (a group). */
  public PgRole login() {
    login = true;
    return this;
  }

  /** {@code NOINHERIT}: the role does not use the privileges of the roles it is a member of. */
  public PgRole noInherit() {
    inherit = false;
    return this;
  }

  /** {@code CREATEDB}. */
  public PgRole createDb() {
    createDb = true;
    return this;
  }

  /** {@code CREATEROLE}. */
  public PgRole createRole() {
    createRole = true;
    return this;
  }

  /** {@code BYPASSRLS}: row-level security policies do not apply to the role. */
  public PgRole bypassRls() {
    bypassRls = true;
    return this;
  }

  public String name() {
    return name;
  }

  public boolean canLogin() {
    return login;
  }

  public boolean inherits() {
    return inherit;
  }

  public boolean canCreateDb() {
    return createDb;
  }

  public boolean canCreateRole() {
    return createRole;
  }

  public boolean bypassesRls() {
    return bypassRls;
  }
}
