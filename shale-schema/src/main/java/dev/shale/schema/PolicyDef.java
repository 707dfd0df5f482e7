package dev.shale.schema;

import java.util.List;

/**
 * A row-level security policy: {@code policy("own_rows").forSelect().to("app_user").using("owner =
 * current_user")}. Permissive, for all commands and to PUBLIC unless said otherwise.
 */
public final class PolicyDef implements TablePart {
  private final String name;
  private boolean restrictive;
  private String command = "ALL";
  private List<String> roles = List.of();
  private String using;
  private String withCheck;

  PolicyDef(String name) {
    this.name = name;
  }

  /** {@code AS RESTRICTIVE}: rows must pass this policy as well as a permissive one. */
  public PolicyDef restrictive() {
    restrictive = true;
    return this;
  }

  public PolicyDef forAll() {
    command = "ALL";
    return this;
  }

  public PolicyDef forSelect() {
    command = "SELECT";
    return this;
  }

  public PolicyDef forInsert() {
    command = "INSERT";
    return this;
  }

  public PolicyDef forUpdate() {
    command = "UPDATE";
    return this;
  }

  public PolicyDef forDelete() {
    command = "DELETE";
    return this;
  }

  /** The roles it applies to (they must exist); {@code "public"} is every role, the default. */
  public PolicyDef to(String... roles) {
    this.roles = Args.elements(roles, "policy " + name + ": to(roles...)", "");
    return this;
  }

  /** Which existing rows the policy lets a command see or change. */
  public PolicyDef using(String expression) {
    this.using = Args.notNull(expression, "policy " + name + ": using(expression)");
    return this;
  }

  /** Which new or changed rows the policy accepts. */
  public PolicyDef withCheck(String expression) {
    this.withCheck = Args.notNull(expression, "policy " + name + ": withCheck(expression)");
    return this;
  }

  public String name() {
    return name;
  }

  public boolean isRestrictive() {
    return restrictive;
  }

  public String command() {
    return command;
  }

  public List<String> roles() {
    return roles;
  }

  public String usingExpression() {
    return using;
  }

  public String withCheckExpression() {
    return withCheck;
  }
}
