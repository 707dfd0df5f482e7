package dev.shale.model;

import java.util.List;

/**
 * A row-level security policy of a table.
 *
 * @param permissive true for PERMISSIVE (the default), false for RESTRICTIVE
 * @param command ALL, SELECT, INSERT, UPDATE or DELETE
 * @param roles the roles it applies to, sorted; {@code public} stands for PUBLIC
 * @param using the USING expression, or null
 * @param withCheck the WITH CHECK expression, or null
 */
public record Policy(
    String name,
    boolean permissive,
    String command,
    List<String> roles,
    String using,
    String withCheck) {

  public static final List<String> COMMANDS =
      List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE");

  /** The pseudo-role every role is a member of. */
  public static final String PUBLIC = "public";

  public Policy {
    if (!COMMANDS.contains(command)) {
      throw new IllegalArgumentException("policy " + name + ": unknown command " + command);
    }
    roles = roles.isEmpty() ? List.of(PUBLIC) : roles.stream().sorted().distinct().toList();
  }

  public Policy withRoles(List<String> replaced) {
    return new Policy(name, permissive, command, replaced, using, withCheck);
  }

  /** This policy with {@code edit} applied to its expressions (null stays null). */
  public Policy withExpressions(java.util.function.UnaryOperator<String> edit) {
    return new Policy(
        name,
        permissive,
        command,
        roles,
        using == null ? null : edit.apply(using),
        withCheck == null ? null : edit.apply(withCheck));
  }

  /**
   * Whether {@code other} can become this policy through ALTER POLICY (same command and kind):
   * PostgreSQL changes a policy's roles and expressions in place, not its command or kind.
   */
  public boolean alterableTo(Policy other) {
    return name.equals(other.name)
        && permissive == other.permissive
        && command.equals(other.command);
  }
}
