package dev.shale.schema;

import java.util.List;

/**
 * One {@code grant(role, privileges...)} of an object, as declared.
 *
 * @param role the role that receives the privileges; {@code "public"} for PUBLIC
 * @param privileges as given, {@link Privilege#ALL} not yet expanded
 * @param withGrantOption whether the role may grant them on ({@code WITH GRANT OPTION})
 */
public record GrantDef(String role, List<Privilege> privileges, boolean withGrantOption) {
  static GrantDef of(String what, String role, Privilege[] privileges, boolean option) {
    Args.notNull(role, what + ": grant(role, privileges...): the role");
    return new GrantDef(
        role,
        Args.elements(privileges, what + ": grant(\"" + role + "\", privileges...)", ""),
        option);
  }
}
