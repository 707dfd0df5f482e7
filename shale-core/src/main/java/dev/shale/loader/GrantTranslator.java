package dev.shale.loader;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.Grant;
import dev.shale.model.Identifiers;
import dev.shale.model.Role;
import dev.shale.schema.GrantDef;
import dev.shale.schema.PgFunction;
import dev.shale.schema.PgRole;
import dev.shale.schema.Privilege;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The grants of declared tables, views, sequences, schemas and functions (and the functions whose
 * EXECUTE is revoked from PUBLIC), and the declared roles, as the model keeps them: ALL expanded,
 * PUBLIC spelled {@code public}, one grant per object, grantee and grant option, a privilege held
 * with the grant option not also held without it.
 */
final class GrantTranslator {
  private final List<String> problems;

  /** Per object and grantee: the privileges without and with the grant option. */
  private final Map<Grant, List<Set<String>>> byGrantee = new TreeMap<>();

  /** The functions whose EXECUTE is revoked from PUBLIC. */
  private final Set<Grant> revoked = new java.util.TreeSet<>();

  private GrantTranslator(List<String> problems) {
    this.problems = problems;
  }

  /**
   * The grants of every declared object; {@code arguments} gives a declared function's identity
   * arguments, or null when the function itself is wrong (its problem is reported elsewhere).
   */
  static List<Grant> grants(
      DeclaredObjects declared,
      Function<Declared<PgFunction>, String> arguments,
      List<String> problems) {
    GrantTranslator t = new GrantTranslator(problems);
    for (Declared<dev.shale.schema.Table> each : declared.tables()) {
      dev.shale.schema.Table table = each.object();
      t.add("table", table.schema(), table.name(), null, table.grants(), each.origin());
    }
    for (Declared<dev.shale.schema.PgView> each : declared.views()) {
      dev.shale.schema.PgView v = each.object();
      String on = v.materialized() ? "materialized view" : "view";
      t.add(on, v.schema(), v.name(), null, v.grants(), each.origin());
    }
    for (Declared<dev.shale.schema.PgSequence> each : declared.sequences()) {
      dev.shale.schema.PgSequence s = each.object();
      t.add("sequence", s.schema(), s.name(), null, s.grants(), each.origin());
    }
    for (Declared<dev.shale.schema.PgSchema> each : declared.schemas()) {
      t.add("schema", each.object().name(), null, null, each.object().grants(), each.origin());
    }
    for (Declared<PgFunction> each : declared.functions()) {
      PgFunction f = each.object();
      if (f.grants().isEmpty() && !f.executeRevokedFromPublic()) {
        continue;
      }
      String args = arguments.apply(each);
      if (args != null) {
        t.add("function", f.schema(), f.name(), args, f.grants(), each.origin());
        if (f.executeRevokedFromPublic()) {
          t.revoked.add(Grant.executeRevokedFromPublic(f.schema(), f.name(), args));
        }
      }
    }
    List<Grant> grants = t.build();
    grants.addAll(t.revoked);
    return grants;
  }

  private void add(
      String on, String schema, String name, String arguments, List<GrantDef> defs, String origin) {
    for (GrantDef def : defs) {
      Grant key = new Grant(on, schema, name, arguments, "", List.of(), false);
      String what = key.object() + " (" + origin + "): grant(\"" + def.role() + "\", ...)";
      String grantee = def.role().strip();
      if (grantee.equalsIgnoreCase(Grant.PUBLIC)) {
        grantee = Grant.PUBLIC;
      } else {
        String problem = Identifiers.problem(grantee);
        if (problem != null) {
          problems.add(what + ": " + problem);
          continue;
        }
      }
      if (def.privileges().isEmpty()) {
        problems.add(what + " names no privilege: name at least one, or ALL");
        continue;
      }
      Set<String> privileges = new LinkedHashSet<>();
      for (Privilege p : def.privileges()) {
        if (p == Privilege.ALL) {
          privileges.addAll(Grant.ALL.get(on));
        } else {
          privileges.add(p.name());
        }
      }
      Grant grant = key.with(List.copyOf(privileges), def.withGrantOption());
      if (!grant.fitsKind()) {
        problems.add(
            what
                + ": a "
                + on
                + " takes only "
                + String.join(", ", Grant.ALL.get(on))
                + (Grant.TAKE_MAINTAIN.contains(on) ? ", MAINTAIN" : "")
                + " (or ALL), not "
                + privileges.stream()
                    .filter(p -> !grant.with(List.of(p), false).fitsKind())
                    .toList());
        continue;
      }
      String defaulted = defaultPrivilege(on, schema, grantee, privileges);
      if (defaulted != null) {
        problems.add(what + ": " + defaulted);
        continue;
      }
      Grant slot = new Grant(on, schema, name, arguments, grantee, List.of(), false);
      List<Set<String>> sets =
          byGrantee.computeIfAbsent(
              slot, k -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()));
      sets.get(def.withGrantOption() ? 1 : 0).addAll(privileges);
    }
  }

  /**
   * Why a grant to PUBLIC is one the server gives by default (and so not one Shale can keep), or
   * null.
   */
  private static String defaultPrivilege(
      String on, String schema, String grantee, Set<String> privileges) {
    if (!grantee.equals(Grant.PUBLIC)) {
      return null;
    }
    if (on.equals("function")) {
      return "PUBLIC may execute every function by default; Shale does not manage that grant"
          + " (revokeExecuteFromPublic() takes it away)";
    }
    if (on.equals("schema") && schema.equals("public") && privileges.contains("USAGE")) {
      return "PUBLIC has USAGE on the public schema by default; Shale does not manage that grant";
    }
    return null;
  }

  private List<Grant> build() {
    List<Grant> grants = new ArrayList<>();
    byGrantee.forEach(
        (slot, sets) -> {
          Set<String> plain = new LinkedHashSet<>(sets.get(0));
          plain.removeAll(sets.get(1));
          if (!plain.isEmpty()) {
            grants.add(slot.with(List.copyOf(plain), false));
          }
          if (!sets.get(1).isEmpty()) {
            grants.add(slot.with(List.copyOf(sets.get(1)), true));
          }
        });
    return grants;
  }

  /** The declared roles, each once; a name declared twice differently is a problem. */
  static List<Role> roles(List<Declared<PgRole>> declared, List<String> problems) {
    Map<String, Role> byName = new TreeMap<>();
    for (Declared<PgRole> each : declared) {
      PgRole r = each.object();
      String what = "role " + r.name() + " (" + each.origin() + ")";
      String problem = Identifiers.problem(r.name());
      String lower = r.name().toLowerCase(Locale.ROOT);
      if (problem != null) {
        problems.add(what + ": " + problem);
        continue;
      }
      if (lower.equals(Grant.PUBLIC) || lower.equals("none") || r.name().startsWith("pg_")) {
        problems.add(
            what + ": the name is reserved (public, none and names starting with pg_ are)");
        continue;
      }
      Role role =
          new Role(
              r.name(),
              r.canLogin(),
              r.inherits(),
              r.canCreateDb(),
              r.canCreateRole(),
              r.bypassesRls());
      Role earlier = byName.putIfAbsent(r.name(), role);
      if (earlier != null && !earlier.equals(role)) {
        problems.add(
            "role "
                + r.name()
                + " is declared twice, differently (again by "
                + each.origin()
                + ")");
      }
    }
    return List.copyOf(byName.values());
  }
}
