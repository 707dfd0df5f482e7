package dev.shale.diff;

import dev.shale.model.Grant;
import dev.shale.model.Role;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Roles and grants: declared roles created (when missing) or altered, never dropped; privileges
 * revoked and granted per object and grantee. An object created in this change (or dropped and
 * created again, as a view whose query or columns change is) starts with its owner's privileges
 * alone (and a function with PUBLIC's EXECUTE), so all its grants are given and a revoked EXECUTE
 * revoked again; an object dropped takes its privileges with it, so nothing is revoked from it.
 */
final class GrantDiff {
  private GrantDiff() {}

  static void run(SchemaModel from, SchemaModel to, Map<Phase, List<Change>> phases) {
    for (Role role : to.roles()) {
      Optional<Role> held = from.role(role.name());
      if (held.isEmpty()) {
        phases.get(Phase.ROLES).add(new Change.CreateRole(role));
      } else if (!held.get().equals(role)) {
        phases.get(Phase.ROLES).add(new Change.AlterRole(held.get(), role));
      }
    }
    Set<String> fresh = freshObjects(phases);
    Map<String, List<Grant>> before = byObjectAndGrantee(from.grants());
    Map<String, List<Grant>> after = byObjectAndGrantee(to.grants());
    Set<String> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<Change> revokes = new ArrayList<>();
    List<Change> grants = new ArrayList<>();
    for (String key : keys) {
      List<Grant> wanted = after.getOrDefault(key, List.of());
      Grant any = wanted.isEmpty() ? before.get(key).get(0) : wanted.get(0);
      if (!exists(to, any)) {
        continue;
      }
      List<Grant> held =
          fresh.contains(identity(any)) ? List.of() : before.getOrDefault(key, List.of());
      if (any.revoked()) {
        Grant execute =
            new Grant(
                any.on(),
                any.schema(),
                any.name(),
                any.arguments(),
                any.grantee(),
                any.privileges(),
                false);
        if (!wanted.isEmpty() && held.isEmpty()) {
          revokes.add(new Change.RevokePrivileges(execute, false, fresh.contains(identity(any))));
        } else if (wanted.isEmpty() && !held.isEmpty()) {
          grants.add(new Change.GrantPrivileges(execute, true));
        }
        continue;
      }
      Set<String> heldPlain = privileges(held, false);
      Set<String> heldOption = privileges(held, true);
      Set<String> wantPlain = privileges(wanted, false);
      Set<String> wantOption = privileges(wanted, true);
      Set<String> heldAll = union(heldPlain, heldOption);
      Set<String> wantAll = union(wantPlain, wantOption);
      Grant slot = any.with(List.of(), false);
      Set<String> gone = minus(heldAll, wantAll);
      if (!gone.isEmpty()) {
        revokes.add(new Change.RevokePrivileges(slot.with(List.copyOf(gone), false), false));
      }
      Set<String> optionGone = minus(heldOption, wantOption);
      optionGone.retainAll(wantAll);
      if (!optionGone.isEmpty()) {
        revokes.add(new Change.RevokePrivileges(slot.with(List.copyOf(optionGone), true), true));
      }
      boolean declared =
          any.grantee().equals(Grant.PUBLIC)
              || any.grantee().startsWith("pg_")
              || to.role(any.grantee()).isPresent();
      Set<String> newPlain = minus(wantPlain, heldAll);
      if (!newPlain.isEmpty()) {
        grants.add(new Change.GrantPrivileges(slot.with(List.copyOf(newPlain), false), declared));
      }
      Set<String> newOption = minus(wantOption, heldOption);
      if (!newOption.isEmpty()) {
        grants.add(new Change.GrantPrivileges(slot.with(List.copyOf(newOption), true), declared));
      }
    }
    phases.get(Phase.GRANTS).addAll(revokes);
    phases.get(Phase.GRANTS).addAll(grants);
  }

  /** The objects the changes create, by {@link #identity}. */
  private static Set<String> freshObjects(Map<Phase, List<Change>> phases) {
    Set<String> fresh = new HashSet<>();
    for (List<Change> changes : phases.values()) {
      for (Change change : changes) {
        if (change instanceof Change.CreateTable c) {
          fresh.add("table " + c.definition().name());
        } else if (change instanceof Change.CreateSequence c) {
          fresh.add("sequence " + c.sequence().name());
        } else if (change instanceof Change.CreateSchema c) {
          fresh.add("schema " + c.name());
        } else if (change instanceof Change.CreateView c) {
          fresh.add((c.view().materialized() ? "materialized view " : "view ") + c.view().name());
        } else if (change instanceof Change.CreateRoutine c) {
          fresh.add("function " + c.routine().signature());
        }
      }
    }
    return fresh;
  }

  /** {@code table public.orders}, {@code function public.f(integer)}, {@code schema auth}. */
  private static String identity(Grant g) {
    return g.object();
  }

  private static boolean exists(SchemaModel model, Grant g) {
    if (g.on().equals("schema")) {
      return g.schema().equals("public") || model.schemas().contains(g.schema());
    }
    if (g.on().equals("table")) {
      return model.table(g.qualifiedName()).isPresent();
    }
    if (g.onView()) {
      return model.views().stream()
          .anyMatch(
              v ->
                  v.name().equals(g.qualifiedName())
                      && v.materialized() == g.on().equals("materialized view"));
    }
    if (g.on().equals("sequence")) {
      return model.sequences().stream().anyMatch(s -> s.name().equals(g.qualifiedName()));
    }
    return model.routine(g.schema() + "." + g.name() + "(" + g.arguments() + ")").isPresent();
  }

  private static Map<String, List<Grant>> byObjectAndGrantee(List<Grant> grants) {
    Map<String, List<Grant>> map = new TreeMap<>();
    for (Grant g : grants) {
      String key = identity(g) + "\0" + g.grantee() + (g.revoked() ? "\0revoked" : "");
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
    }
    return map;
  }

  private static Set<String> privileges(List<Grant> grants, boolean grantable) {
    Set<String> set = new LinkedHashSet<>();
    grants.stream()
        .filter(g -> g.grantable() == grantable)
        .forEach(g -> set.addAll(g.privileges()));
    return set;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> d = new LinkedHashSet<>(a);
    d.removeAll(b);
    return d;
  }
}
