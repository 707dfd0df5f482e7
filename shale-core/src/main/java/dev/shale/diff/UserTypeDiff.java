package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.CompositeField;
import dev.shale.model.CompositeType;
import dev.shale.model.Domain;
import dev.shale.model.QualifiedName;
import dev.shale.model.Routine;
import dev.shale.model.RoutineArgument;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Domains and composite types, old × new (after renames): created in dependency order (what a type
 * uses first) with the types, or with the functions when a domain's check or default calls a
 * function created by the same change; dropped in the reverse order before the enums they may use,
 * or before the functions their checks call; altered in place where PostgreSQL can. A change
 * PostgreSQL cannot make while columns store the type (a domain's base type or collation, a
 * composite field's type or position) is dropped and created again when nothing uses the type, and
 * refused with {@link UnsupportedChangeException} when something does.
 */
final class UserTypeDiff {
  private final SchemaModel from;
  private final SchemaModel to;
  private final Map<Phase, List<Change>> phases;

  private UserTypeDiff(SchemaModel from, SchemaModel to, Map<Phase, List<Change>> phases) {
    this.from = from;
    this.to = to;
    this.phases = phases;
  }

  static void run(SchemaModel from, SchemaModel to, Map<Phase, List<Change>> phases) {
    new UserTypeDiff(from, to, phases).run();
  }

  private void run() {
    List<Change> creates = new ArrayList<>();
    List<Change> afterFunctions = new ArrayList<>();
    List<Change> alters = new ArrayList<>();
    List<Change> drops = new ArrayList<>();
    List<Change> dropsBeforeFunctions = new ArrayList<>();
    Set<QualifiedName> callsNewFunction = new HashSet<>();
    for (QualifiedName name : dependencyOrder(to)) {
      Optional<Domain> domain = to.domain(name);
      Optional<Domain> oldDomain = from.domain(name);
      Optional<CompositeType> composite = to.composite(name);
      Optional<CompositeType> oldComposite = from.composite(name);
      boolean late =
          uses(to, name).stream().anyMatch(callsNewFunction::contains)
              || domain.isPresent() && callsRoutine(domain.get(), createdRoutines());
      if (late) {
        callsNewFunction.add(name);
      }
      List<Change> target = late ? afterFunctions : creates;
      if (domain.isPresent()) {
        Domain d = domain.get();
        if (oldDomain.isEmpty()) {
          if (oldComposite.isPresent()) {
            dropEarly(new Change.DropComposite(oldComposite.get(), true), creates);
          }
          target.add(new Change.CreateDomain(d));
        } else if (!oldDomain.get().equals(d)) {
          Domain old = oldDomain.get();
          if (!old.baseType().equals(d.baseType())
              || !Objects.equals(old.collation(), d.collation())) {
            refuseIfUsed(
                name,
                "domain "
                    + name
                    + " changes its "
                    + (old.baseType().equals(d.baseType())
                        ? "collation from " + old.collation() + " to " + d.collation()
                        : "base type from " + old.baseType() + " to " + d.baseType())
                    + ", which ALTER DOMAIN cannot do");
            creates.add(new Change.DropDomain(old, true));
            target.add(new Change.CreateDomain(d));
          } else {
            renamedChecks(old, d)
                .forEach((a, b) -> alters.add(new Change.RenameDomainConstraint(name, a, b)));
            Domain renamed = withCheckNames(old, renamedChecks(old, d));
            refuseIfHeldByStoredComposite(renamed, d);
            if (!renamed.equals(d)) {
              (late ? afterFunctions : alters).add(new Change.AlterDomain(renamed, d));
            }
          }
        }
      } else if (composite.isPresent()) {
        CompositeType c = composite.get();
        if (oldComposite.isEmpty()) {
          if (oldDomain.isPresent()) {
            dropEarly(new Change.DropDomain(oldDomain.get(), true), creates);
          }
          target.add(new Change.CreateComposite(c));
        } else if (!oldComposite.get().equals(c)) {
          alterComposite(oldComposite.get(), c, creates, target, alters);
        }
      }
    }
    List<QualifiedName> oldOrder = new ArrayList<>(dependencyOrder(from));
    java.util.Collections.reverse(oldOrder);
    Set<String> droppedRoutines = droppedRoutines();
    for (QualifiedName name : oldOrder) {
      if (to.domain(name).isPresent() || to.composite(name).isPresent()) {
        continue;
      }
      Optional<Domain> domain = from.domain(name);
      if (domain.isPresent()) {
        (callsRoutine(domain.get(), droppedRoutines) ? dropsBeforeFunctions : drops)
            .add(new Change.DropDomain(domain.get(), false));
      } else {
        drops.add(new Change.DropComposite(from.composite(name).orElseThrow(), false));
      }
    }
    phases.get(Phase.TYPES_AND_SEQUENCES).addAll(creates);
    phases.get(Phase.TYPES_AND_SEQUENCES).addAll(alters);
    phases.get(Phase.FUNCTIONS).addAll(afterFunctions);
    // Before the enums (and other types) they use, which the same phase drops.
    phases.get(Phase.DROP_TYPES_AND_SEQUENCES).addAll(0, drops);
    phases.get(Phase.DROP_FUNCTIONS).addAll(0, dropsBeforeFunctions);
  }

  /** A domain and a composite type that trade a name: the old one goes first. */
  private static void dropEarly(Change drop, List<Change> creates) {
    creates.add(drop);
  }

  private void alterComposite(
      CompositeType old,
      CompositeType c,
      List<Change> creates,
      List<Change> target,
      List<Change> alters) {
    Set<String> kept = new HashSet<>();
    old.fields().forEach(f -> kept.add(f.name()));
    kept.retainAll(c.fields().stream().map(CompositeField::name).toList());
    List<String> resulting = new ArrayList<>();
    old.fields().stream().map(CompositeField::name).filter(kept::contains).forEach(resulting::add);
    c.fields().stream()
        .map(CompositeField::name)
        .filter(n -> !kept.contains(n))
        .forEach(resulting::add);
    boolean reordered = !resulting.equals(c.fields().stream().map(CompositeField::name).toList());
    boolean retyped =
        c.fields().stream()
            .anyMatch(f -> old.field(f.name()).map(o -> !o.type().equals(f.type())).orElse(false));
    boolean used = storedInColumns(old.name());
    if (reordered || retyped && used) {
      refuseIfUsed(
          old.name(),
          "composite type "
              + old.name()
              + (reordered
                  ? " gets a field before existing ones, which ALTER TYPE cannot do (it adds"
                      + " fields at the end)"
                  : " changes the type of a field, which ALTER TYPE refuses while columns store"
                      + " the type"));
      creates.add(new Change.DropComposite(old, true));
      target.add(new Change.CreateComposite(c));
      return;
    }
    alters.add(new Change.AlterComposite(old, c, used));
  }

  /** Checks dropped and added with the same expression: renamed, not rebuilt. */
  private static Map<String, String> renamedChecks(Domain old, Domain d) {
    Map<String, String> renamed = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (CheckConstraint gone : old.checks()) {
      if (d.check(gone.name()).isPresent()) {
        continue;
      }
      for (CheckConstraint added : d.checks()) {
        if (old.check(added.name()).isEmpty()
            && added.expression().equals(gone.expression())
            && taken.add(added.name())) {
          renamed.put(gone.name(), added.name());
          break;
        }
      }
    }
    return renamed;
  }

  private static Domain withCheckNames(Domain d, Map<String, String> renamed) {
    return d.withChecks(
        d.checks().stream()
            .map(c -> new CheckConstraint(renamed.getOrDefault(c.name(), c.name()), c.expression()))
            .toList());
  }

  private void refuseIfUsed(QualifiedName type, String what) {
    List<String> users = users(type);
    if (!users.isEmpty()) {
      throw new UnsupportedChangeException(
          what
              + " while "
              + String.join(", ", users)
              + " use"
              + (users.size() == 1 ? "s" : "")
              + " it. Make it a new type under another name, move those users to it, then drop"
              + " the old type; or drop and recreate the users yourself");
    }
  }

  /**
   * What in the old schema that remains uses {@code type}: columns of tables, fields of composite
   * types, domains over it, function arguments and results.
   */
  private List<String> users(QualifiedName type) {
    List<String> users = new ArrayList<>();
    for (Table t : from.tables()) {
      if (to.table(t.name()).isEmpty()) {
        continue;
      }
      for (Column c : t.columns()) {
        if (type.equals(c.type().userType())) {
          users.add("column " + t.name() + "." + c.name());
        }
      }
    }
    for (CompositeType c : from.composites()) {
      for (CompositeField f : c.fields()) {
        if (type.equals(f.type().userType()) && !c.name().equals(type)) {
          users.add("field " + c.name() + "." + f.name());
        }
      }
    }
    for (Domain d : from.domains()) {
      if (type.equals(d.baseType().userType())) {
        users.add("domain " + d.name());
      }
    }
    for (Routine r : from.routines()) {
      if (mentionsType(r, type)) {
        users.add(r.kind() + " " + r.signature());
      }
    }
    return users;
  }

  /** Whether columns store {@code type}: directly, in arrays, or inside composites and domains. */
  private boolean storedInColumns(QualifiedName type) {
    Set<QualifiedName> containing = containing(type);
    return from.tables().stream()
        .flatMap(t -> t.columns().stream())
        .anyMatch(c -> containing.contains(c.type().userType()));
  }

  /** {@code type} and the composites and domains of the old schema that hold it, at any depth. */
  private Set<QualifiedName> containing(QualifiedName type) {
    Set<QualifiedName> containing = new HashSet<>();
    containing.add(type);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (CompositeType c : from.composites()) {
        if (!containing.contains(c.name())
            && c.fields().stream().anyMatch(f -> containing.contains(f.type().userType()))) {
          grew |= containing.add(c.name());
        }
      }
      for (Domain d : from.domains()) {
        if (!containing.contains(d.name()) && containing.contains(d.baseType().userType())) {
          grew |= containing.add(d.name());
        }
      }
    }
    return containing;
  }

  /**
   * A domain that gains NOT NULL or a check while a column stores it inside an array or a composite
   * type (at any depth, or through domains over those): PostgreSQL cannot check the values there,
   * so it refuses both ("cannot alter type … because column … uses it"); a check added NOT VALID
   * would stay so, short of the schema. A column of the domain itself, or of a domain over it, is
   * checked by a scan as usual.
   */
  private void refuseIfHeldByStoredComposite(Domain old, Domain d) {
    List<String> added = new ArrayList<>();
    if (d.notNull() && !old.notNull()) {
      added.add("NOT NULL");
    }
    for (CheckConstraint c : d.checks()) {
      if (!old.checks().contains(c)) {
        added.add("check " + c.name());
      }
    }
    if (added.isEmpty()) {
      return;
    }
    Set<QualifiedName> direct = new HashSet<>(Set.of(d.name()));
    Set<QualifiedName> inside = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (CompositeType c : from.composites()) {
        if (!inside.contains(c.name())
            && c.fields().stream()
                .map(f -> f.type().userType())
                .anyMatch(t -> direct.contains(t) || inside.contains(t))) {
          grew |= inside.add(c.name());
        }
      }
      for (Domain x : from.domains()) {
        QualifiedName base = x.baseType().userType();
        if (base == null || direct.contains(x.name()) || inside.contains(x.name())) {
          continue;
        }
        if (inside.contains(base) || (x.baseType().isArray() && direct.contains(base))) {
          grew |= inside.add(x.name());
        } else if (direct.contains(base)) {
          grew |= direct.add(x.name());
        }
      }
    }
    List<String> columns = new ArrayList<>();
    for (Table t : from.tables()) {
      for (Column c : t.columns()) {
        QualifiedName type = c.type().userType();
        if (inside.contains(type) || (direct.contains(type) && c.type().isArray())) {
          columns.add(t.name() + "." + c.name() + " (" + c.type() + ")");
        }
      }
    }
    if (columns.isEmpty()) {
      return;
    }
    throw new UnsupportedChangeException(
        "domain "
            + d.name()
            + " gets "
            + String.join(" and ", added)
            + ", which PostgreSQL cannot add while a column stores the domain inside an array or a"
            + " composite type (it does not check values there): "
            + String.join(", ", columns)
            + ". Put the constraint on those columns' tables instead, or stop storing the"
            + " domain so in one migration and add the constraint in a later one");
  }

  private static boolean mentionsType(Routine r, QualifiedName type) {
    Pattern name = Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(type.name()) + "\"?(?![\\w$])");
    for (RoutineArgument a : r.arguments()) {
      if (name.matcher(a.type()).find()) {
        return true;
      }
    }
    return r.returns() != null && name.matcher(r.returns()).find();
  }

  /** Names of the functions this change creates (new signatures, or recreated ones). */
  private Set<String> createdRoutines() {
    Set<String> names = new HashSet<>();
    for (Routine r : to.routines()) {
      if (from.routine(r.signature()).map(old -> !old.equals(r)).orElse(true)) {
        names.add(r.name().name());
      }
    }
    return names;
  }

  private Set<String> droppedRoutines() {
    Set<String> names = new HashSet<>();
    for (Routine r : from.routines()) {
      if (to.routine(r.signature()).map(now -> !now.equals(r)).orElse(true)) {
        names.add(r.name().name());
      }
    }
    return names;
  }

  private static boolean callsRoutine(Domain d, Set<String> routineNames) {
    List<String> expressions = new ArrayList<>();
    d.checks().forEach(c -> expressions.add(c.expression()));
    if (d.defaultExpression() != null) {
      expressions.add(d.defaultExpression());
    }
    for (String name : routineNames) {
      Pattern call = Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(name) + "\"?\\s*\\(");
      if (expressions.stream().anyMatch(e -> call.matcher(e).find())) {
        return true;
      }
    }
    return false;
  }

  /** The domains and composite types that {@code name} uses directly. */
  private static Set<QualifiedName> uses(SchemaModel m, QualifiedName name) {
    Set<QualifiedName> used = new LinkedHashSet<>();
    m.domain(name)
        .map(Domain::baseType)
        .filter(ColumnType::isUserDefined)
        .ifPresent(t -> used.add(t.userType()));
    m.composite(name)
        .ifPresent(
            c ->
                c.fields().stream()
                    .map(CompositeField::type)
                    .filter(ColumnType::isUserDefined)
                    .forEach(t -> used.add(t.userType())));
    return used;
  }

  /**
   * The domains and composite types of {@code m}, each after those it uses (by name; a cycle, which
   * the loader refuses, falls back to name order).
   */
  static List<QualifiedName> dependencyOrder(SchemaModel m) {
    Set<QualifiedName> all = new java.util.TreeSet<>();
    m.domains().forEach(d -> all.add(d.name()));
    m.composites().forEach(c -> all.add(c.name()));
    List<QualifiedName> order = new ArrayList<>();
    Set<QualifiedName> placed = new HashSet<>();
    Set<QualifiedName> visiting = new HashSet<>();
    for (QualifiedName name : all) {
      visit(m, name, all, placed, visiting, order);
    }
    return order;
  }

  private static void visit(
      SchemaModel m,
      QualifiedName name,
      Set<QualifiedName> all,
      Set<QualifiedName> placed,
      Set<QualifiedName> visiting,
      List<QualifiedName> order) {
    if (placed.contains(name) || !all.contains(name) || !visiting.add(name)) {
      return;
    }
    for (QualifiedName used : uses(m, name)) {
      visit(m, used, all, placed, visiting, order);
    }
    placed.add(name);
    order.add(name);
  }
}
