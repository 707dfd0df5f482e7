package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PartitionBound;
import dev.shale.model.PartitionCopies;
import dev.shale.model.PgNames;
import dev.shale.model.Policy;
import dev.shale.model.QualifiedName;
import dev.shale.model.RowSecurity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.SequenceOwner;
import dev.shale.model.Table;
import dev.shale.model.TableStorage;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Model × model → the ordered list of changes that turns the first into the second. Renames are
 * decided first ({@link RenameResolver}); everything else is matched by name.
 */
public final class SchemaDiff {
  private final SchemaModel from;
  private final SchemaModel to;
  private final Map<Phase, List<Change>> phases = new EnumMap<>(Phase.class);

  /**
   * Per table, the columns dropped, renamed (both names) or given another type (including by an
   * enum rebuild): views, checks and index expressions that mention them are rebuilt.
   */
  private final Map<QualifiedName, Set<String>> touchedColumns = new java.util.HashMap<>();

  /** Columns whose type changes in a way that needs a cast: expressions over them are rebuilt. */
  private final Map<QualifiedName, Set<String>> retypedColumns = new java.util.HashMap<>();

  /**
   * Generated columns that read a column converted by an enum rebuild: PostgreSQL refuses the
   * conversion while they exist, so they are dropped before it and added again after.
   */
  private final Map<QualifiedName, Set<String>> regenerated = new java.util.HashMap<>();

  /** Tables that gain columns: views that select {@code *} from them are rebuilt. */
  private final Set<QualifiedName> widenedTables = new HashSet<>();

  private void touch(QualifiedName table, String column) {
    touchedColumns.computeIfAbsent(table, t -> new HashSet<>()).add(column);
  }

  /**
   * Columns given any ALTER COLUMN … TYPE, a binary-compatible or collation-only one included:
   * PostgreSQL refuses each while a trigger names the column (found by the round trip, seed
   * -41742).
   */
  private final Map<QualifiedName, Set<String>> typeAltered = new java.util.HashMap<>();

  private void retype(QualifiedName table, String column) {
    touch(table, column);
    retypedColumns.computeIfAbsent(table, t -> new HashSet<>()).add(column);
  }

  /** Foreign keys (table, name) that are dropped and re-added because what they rest on changes. */
  private final Set<List<Object>> rebuiltForeignKeys = new HashSet<>();

  /** SET LOGGED and SET UNLOGGED changes, added once all are known, in foreign key order. */
  private final List<Change.SetLogged> persistence = new ArrayList<>();

  /**
   * The persistence changes in an order PostgreSQL accepts: a logged table may not reference an
   * unlogged one, so SET LOGGED goes to referenced tables first and SET UNLOGGED to referencing
   * tables first.
   */
  private void persistenceInForeignKeyOrder() {
    add(Phase.COLUMNS, referencedFirst(persistence.stream().filter(c -> c.logged()).toList()));
    List<Change.SetLogged> unlogged =
        new ArrayList<>(referencedFirst(persistence.stream().filter(c -> !c.logged()).toList()));
    java.util.Collections.reverse(unlogged);
    add(Phase.COLUMNS, unlogged);
  }

  private List<Change.SetLogged> referencedFirst(List<Change.SetLogged> changes) {
    Set<QualifiedName> switching = new HashSet<>();
    changes.forEach(c -> switching.add(c.table()));
    List<Change.SetLogged> left = new ArrayList<>(changes);
    Set<QualifiedName> placed = new HashSet<>();
    List<Change.SetLogged> order = new ArrayList<>();
    while (!left.isEmpty()) {
      Change.SetLogged next =
          left.stream()
              .filter(
                  c ->
                      referencedBy(c.table()).stream()
                          .filter(t -> switching.contains(t) && !t.equals(c.table()))
                          .allMatch(placed::contains))
              .findFirst()
              .orElse(left.get(0));
      order.add(next);
      placed.add(next.table());
      left.remove(next);
    }
    return order;
  }

  /** The tables {@code table}'s foreign keys reference, before or after the change. */
  private Set<QualifiedName> referencedBy(QualifiedName table) {
    Set<QualifiedName> targets = new HashSet<>();
    oldTable(table).ifPresent(t -> t.foreignKeys().forEach(fk -> targets.add(fk.targetTable())));
    newTable(table).ifPresent(t -> t.foreignKeys().forEach(fk -> targets.add(fk.targetTable())));
    return targets;
  }

  /** Whether a view or schema is renamed: view drops must then wait for the renames. */
  private boolean viewsMoved;

  /** The oldest PostgreSQL the diff's output must run on when no version is given. */
  private static final int OLDEST_TARGET = 14;

  /** The first PostgreSQL with {@code ALTER COLUMN … SET EXPRESSION}. */
  private static final int SET_EXPRESSION_SINCE = 17;

  /** Whether the target changes generated expressions in place. */
  private final boolean setsExpressions;

  private final Map<QualifiedName, Table> fromTables;
  private final Map<QualifiedName, Table> toTables;

  private SchemaDiff(SchemaModel from, SchemaModel to, int pgVersion) {
    this.from = from;
    this.to = to;
    this.setsExpressions = pgVersion >= SET_EXPRESSION_SINCE;
    this.fromTables = byName(from.tables(), Table::name);
    this.toTables = byName(to.tables(), Table::name);
    for (Phase phase : Phase.values()) {
      phases.put(phase, new ArrayList<>());
    }
  }

  /** The whole DDL of a schema: the diff from nothing. */
  public static List<Change> create(SchemaModel schema) {
    return diff(SchemaModel.EMPTY, schema, RenameAnswers.NONE);
  }

  /**
   * The changes from {@code from} to {@code to}.
   *
   * @throws DecisionsNeededException when a rename question has no answer yet
   * @throws IllegalArgumentException when an answer names something that was not removed
   */
  public static List<Change> diff(SchemaModel from, SchemaModel to, RenameAnswers answers) {
    return diff(from, to, answers, OLDEST_TARGET);
  }

  /**
   * The changes from {@code from} to {@code to} for a database of PostgreSQL {@code pgVersion}:
   * before 17, a changed generated expression is a generated column dropped and added again, with
   * the indexes, keys and checks on it (on 17 and later, {@code SET EXPRESSION} keeps them).
   *
   * @throws DecisionsNeededException when a rename question has no answer yet
   * @throws IllegalArgumentException when an answer names something that was not removed
   */
  public static List<Change> diff(
      SchemaModel from, SchemaModel to, RenameAnswers answers, int pgVersion) {
    Contractions.Result contracted = Contractions.of(from, to);
    List<Change> changes = new ArrayList<>(contracted.changes());
    changes.addAll(Backfills.added(from, to, plainDiff(contracted.from(), to, answers, pgVersion)));
    return List.copyOf(changes);
  }

  private static List<Change> plainDiff(
      SchemaModel from, SchemaModel to, RenameAnswers answers, int pgVersion) {
    RenameResolver.Resolution resolution = RenameResolver.resolve(from, to, answers);
    refuseMovingPairs(from, resolution.renames());
    SchemaDiff diff = new SchemaDiff(resolution.renamed(), to, pgVersion);
    for (Change rename : resolution.renames()) {
      boolean indexOrConstraint =
          rename instanceof Change.RenameIndex || rename instanceof Change.RenameConstraint;
      diff.add(indexOrConstraint ? Phase.RENAME_INDEXES_AND_CONSTRAINTS : Phase.RENAMES, rename);
      diff.viewsMoved |=
          rename instanceof Change.RenameView || rename instanceof Change.RenameSchema;
    }
    for (Change rename : resolution.renames()) {
      if (rename instanceof Change.RenameColumn c) {
        diff.touch(c.table(), c.from());
        diff.touch(c.table(), c.to());
      }
    }
    diff.run();
    GrantDiff.run(diff.from, to, diff.phases);
    diff.dropRebuiltUnderOldNames();
    diff.phases.get(Phase.DROP_INDEXES_AND_CONSTRAINTS).addAll(0, resolution.drops());
    diff.withoutIndexEditsOfDroppedViews();
    List<Change> all = new ArrayList<>();
    diff.phases.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /**
   * A table that holds an expand-and-contract pair keeps its name and schema until the contract:
   * the pair's trigger, function and backfill name it.
   */
  private static void refuseMovingPairs(SchemaModel from, List<Change> renames) {
    List<String> problems = new ArrayList<>();
    for (ColumnPair pair : ColumnPair.in(from)) {
      for (Change rename : renames) {
        boolean moves =
            rename instanceof Change.RenameTable t && t.from().equals(pair.table())
                || rename instanceof Change.RenameSchema s
                    && s.from().equals(pair.table().schema());
        if (moves) {
          problems.add(
              pair.table()
                  + " is renamed while "
                  + pair.display()
                  + " is expanded: contract that pair first (remove its replaces(…) and generate),"
                  + " then rename the table in a generate of its own");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new dev.shale.model.InvalidSchemaException(problems);
    }
  }

  /**
   * An index or constraint that is renamed (its default name followed a table rename) and also
   * rebuilt (a column it covers changes type) is dropped under its old name and not renamed: drops
   * come before renames, so that a freed name can be taken, and the new name does not exist yet.
   */
  private void dropRebuiltUnderOldNames() {
    // A drop moved to its old name stays there: that name may be the new name of another rename
    // (t_a_idx to t_a_lookup, t_a_idx1 to t_a_idx), which then runs after the drop frees it.
    Set<Change> moved = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    var renames = phases.get(Phase.RENAME_INDEXES_AND_CONSTRAINTS).iterator();
    while (renames.hasNext()) {
      Change rename = renames.next();
      phases:
      for (Phase phase : List.of(Phase.DROP_FOREIGN_KEYS, Phase.DROP_INDEXES_AND_CONSTRAINTS)) {
        List<Change> drops = phases.get(phase);
        for (int i = 0; i < drops.size(); i++) {
          Change drop = drops.get(i);
          if (moved.contains(drop)) {
            continue;
          }
          Change underOldName = null;
          if (rename instanceof Change.RenameIndex r
              && drop instanceof Change.DropIndex d
              && d.table().equals(r.table())
              && d.name().equals(r.to())) {
            underOldName = new Change.DropIndex(r.table(), r.from(), d.index());
          } else if (rename instanceof Change.RenameConstraint r
              && drop instanceof Change.DropConstraint d
              && d.table().equals(r.table())
              && d.name().equals(r.to())) {
            underOldName = new Change.DropConstraint(d.table(), r.from(), d.kind(), d.referenced());
          }
          if (underOldName != null) {
            drops.set(i, underOldName);
            moved.add(underOldName);
            renames.remove();
            break phases;
          }
        }
      }
    }
  }

  /**
   * A materialized view that is dropped (or rebuilt) takes its indexes along, before the phase that
   * renames indexes: the renames and drops of its indexes that rename resolution planned go.
   */
  private void withoutIndexEditsOfDroppedViews() {
    for (Phase phase :
        List.of(Phase.DROP_INDEXES_AND_CONSTRAINTS, Phase.RENAME_INDEXES_AND_CONSTRAINTS)) {
      phases
          .get(phase)
          .removeIf(
              c ->
                  c instanceof Change.RenameIndex r && droppedViews.contains(r.table())
                      || c instanceof Change.DropIndex d && droppedViews.contains(d.table()));
    }
  }

  /**
   * Whether {@code column}'s type is a domain (or a domain over domains) that refuses NULL while
   * neither it nor the column gives a default: a row added without a value, or a column added to a
   * table with rows, fails.
   */
  private boolean requiredByType(Column column) {
    if (column.defaultExpression() != null
        || column.generatedExpression() != null
        || column.identity() != null) {
      return false;
    }
    boolean notNull = false;
    Set<QualifiedName> seen = new HashSet<>();
    dev.shale.model.ColumnType type = column.type();
    while (type.isUserDefined() && !type.isArray() && seen.add(type.userType())) {
      Optional<dev.shale.model.Domain> domain = to.domain(type.userType());
      if (domain.isEmpty()) {
        break;
      }
      if (domain.get().defaultExpression() != null) {
        return false;
      }
      notNull |= domain.get().notNull();
      type = domain.get().baseType();
    }
    return notNull;
  }

  /** Views dropped, to go or to be created again. */
  private final Set<QualifiedName> droppedViews = new HashSet<>();

  private Optional<Table> oldTable(QualifiedName name) {
    return Optional.ofNullable(fromTables.get(name));
  }

  private Optional<Table> newTable(QualifiedName name) {
    return Optional.ofNullable(toTables.get(name));
  }

  /** The other tables of the target whose foreign keys reference {@code table.column}. */
  private List<QualifiedName> referencing(QualifiedName table, String column) {
    return to.tables().stream()
        .filter(t -> !t.name().equals(table))
        .filter(
            t ->
                t.foreignKeys().stream()
                    .anyMatch(
                        fk ->
                            fk.targetTable().equals(table) && fk.targetColumns().contains(column)))
        .map(Table::name)
        .toList();
  }

  private void add(Phase phase, Change change) {
    if (change instanceof Change.CreateIndex c
        && newTable(c.table()).map(Table::isPartition).orElse(false)) {
      // A partition's own indexes before its parent's: those PostgreSQL makes on the partition
      // for the parent's then take other names than the ones declared.
      phases.get(phase).add(0, change);
      return;
    }
    phases.get(phase).add(change);
  }

  private void add(Phase phase, List<? extends Change> changes) {
    phases.get(phase).addAll(changes);
  }

  private void run() {
    schemas();
    extensions();
    routines();
    enums();
    sequences();
    UserTypeDiff.run(from, to, phases);
    for (Table table : parentsFirst(to)) {
      Optional<Table> old = oldTable(table.name());
      if (old.isEmpty()) {
        createTable(table);
      } else {
        Table was = old.get();
        Table next = table;
        if (was.isPartition() && !table.isPartition()) {
          was = asDetached(was);
        } else if (!was.isPartition() && table.isPartition()) {
          next = columnsKeptByAttach(was, table);
          was = asAttached(was);
        }
        new TableDiff(was, next).run();
      }
    }
    persistenceInForeignKeyOrder();
    Set<QualifiedName> dropped =
        from.tables().stream()
            .map(Table::name)
            .filter(n -> !toTables.containsKey(n))
            .collect(Collectors.toSet());
    for (Table table : from.tables()) {
      if (dropped.contains(table.name()) && !droppedWithParent(table, dropped)) {
        dropTable(table, dropped);
      }
    }
    sequenceOwners();
    foreignKeysRestingOnChanges();
    foreignKeyValidations();
    views();
    rowSecurity();
    new TriggerDiff(
            from,
            to,
            fromTables,
            t -> {
              Set<String> changed = new HashSet<>(retypedColumns.getOrDefault(t, Set.of()));
              changed.addAll(regenerated.getOrDefault(t, Set.of()));
              changed.addAll(typeAltered.getOrDefault(t, Set.of()));
              return changed;
            },
            (phase, change) -> add(phase, change))
        .run();
  }

  /**
   * Row-level security of the tables that remain or are created: policies created, altered in place
   * where PostgreSQL can, or dropped and created again (a policy that reads a column or table that
   * changes is rebuilt, as a view is); row-level security is enabled after the policies exist and
   * disabled before they are dropped.
   */
  private void rowSecurity() {
    List<Change> enable = new ArrayList<>();
    for (Table table : to.tables()) {
      Optional<Table> old = oldTable(table.name());
      RowSecurity before = old.map(Table::security).orElse(RowSecurity.NONE);
      RowSecurity after = table.security();
      QualifiedName name = table.name();
      if (before.enabled() && !after.enabled()) {
        add(Phase.DROP_POLICIES, new Change.SetRowSecurity(name, false));
      }
      if (before.forced() && !after.forced()) {
        add(Phase.DROP_POLICIES, new Change.SetForceRowSecurity(name, false));
      }
      for (Policy policy : after.policies()) {
        Optional<Policy> prev = before.policy(policy.name());
        if (prev.isEmpty()) {
          add(Phase.POLICIES, new Change.CreatePolicy(name, policy));
        } else if (old.isPresent() && readsChangedColumns(old.get(), prev.get())
            || !alterable(prev.get(), policy)) {
          add(Phase.DROP_POLICIES, new Change.DropPolicy(name, prev.get(), true));
          add(Phase.POLICIES, new Change.CreatePolicy(name, policy));
        } else if (!prev.get().equals(policy)) {
          add(Phase.POLICIES, new Change.AlterPolicy(name, prev.get(), policy));
        }
      }
      for (Policy policy : before.policies()) {
        if (after.policy(policy.name()).isEmpty()) {
          add(Phase.DROP_POLICIES, new Change.DropPolicy(name, policy, false));
        }
      }
      if (!before.enabled() && after.enabled()) {
        enable.add(new Change.SetRowSecurity(name, true));
      }
      if (!before.forced() && after.forced()) {
        enable.add(new Change.SetForceRowSecurity(name, true));
      }
    }
    add(Phase.POLICIES, enable);
  }

  /**
   * Whether ALTER POLICY can turn {@code from} into {@code to}: the same command and kind, and no
   * expression removed (ALTER POLICY sets expressions, it cannot take one away).
   */
  private static boolean alterable(Policy from, Policy to) {
    return from.alterableTo(to)
        && (from.using() == null || to.using() != null)
        && (from.withCheck() == null || to.withCheck() != null);
  }

  /**
   * Whether a policy of {@code table} reads a column of it that is dropped, renamed or retyped, or
   * mentions another table that changes so.
   */
  private boolean readsChangedColumns(Table table, Policy policy) {
    Set<String> touched = touchedColumns.getOrDefault(table.name(), Set.of());
    for (String expression : java.util.Arrays.asList(policy.using(), policy.withCheck())) {
      if (expression == null) {
        continue;
      }
      if (touched.stream().anyMatch(c -> ViewDependencies.mentionsColumn(expression, c))
          || readsChangedTable(expression)) {
        return true;
      }
    }
    return false;
  }

  private void schemas() {
    for (String schema : to.schemas()) {
      if (!from.schemas().contains(schema)) {
        add(Phase.CREATE_SCHEMAS, new Change.CreateSchema(schema));
      }
    }
    for (String schema : from.schemas()) {
      if (!to.schemas().contains(schema)) {
        add(Phase.DROP_SCHEMAS, new Change.DropSchema(schema));
      }
    }
  }

  private void extensions() {
    for (Extension wanted : to.extensions()) {
      Optional<Extension> installed = from.extension(wanted.name());
      if (installed.isEmpty()) {
        add(Phase.EXTENSIONS, new Change.CreateExtension(wanted));
      } else if (!wanted.satisfiedBy(installed.get())) {
        add(Phase.EXTENSIONS, new Change.AlterExtension(installed.get(), wanted));
      }
    }
    List<Extension> dropped =
        from.extensions().stream().filter(x -> to.extension(x.name()).isEmpty()).toList();
    if (!dropped.isEmpty()) {
      add(Phase.DROP_EXTENSIONS, new Change.DropExtensions(dropped));
    }
  }

  /**
   * Functions and procedures, matched by signature: created, replaced in place when CREATE OR
   * REPLACE can make the change, else dropped and created again; dropped after their callers.
   */
  private void routines() {
    for (dev.shale.model.Routine wanted : to.routines()) {
      Optional<dev.shale.model.Routine> old = from.routine(wanted.signature());
      if (old.isEmpty()) {
        add(Phase.FUNCTIONS, new Change.CreateRoutine(wanted));
      } else if (old.get().equals(wanted)) {
        continue;
      } else if (old.get().replaceableBy(wanted)) {
        add(Phase.FUNCTIONS, new Change.ReplaceRoutine(old.get(), wanted));
      } else {
        add(Phase.FUNCTIONS, new Change.DropRoutine(old.get(), true, callers(old.get())));
        add(Phase.FUNCTIONS, new Change.CreateRoutine(wanted));
      }
    }
    for (dev.shale.model.Routine old : from.routines()) {
      if (to.routine(old.signature()).isEmpty()) {
        add(Phase.DROP_FUNCTIONS, new Change.DropRoutine(old, false, List.of()));
      }
    }
  }

  /**
   * What in the old schema calls {@code routine} by name and is not dropped before it is: column
   * defaults and generated expressions, checks, index expressions and predicates, policies and
   * views of tables and views that remain.
   */
  private List<String> callers(dev.shale.model.Routine routine) {
    java.util.regex.Pattern call =
        java.util.regex.Pattern.compile(
            "(?<![\\w$])\"?" + java.util.regex.Pattern.quote(routine.name().name()) + "\"?\\s*\\(");
    java.util.function.Predicate<String> calls = e -> e != null && call.matcher(e).find();
    List<String> callers = new ArrayList<>();
    for (Table t : from.tables()) {
      if (!toTables.containsKey(t.name())) {
        continue;
      }
      for (Column c : t.columns()) {
        if (calls.test(c.defaultExpression()) || calls.test(c.generatedExpression())) {
          callers.add("column " + t.name() + "." + c.name());
        }
      }
      for (CheckConstraint c : t.checks()) {
        if (calls.test(c.expression())) {
          callers.add("check " + c.name() + " on " + t.name());
        }
      }
      for (Index i : t.indexes()) {
        if (calls.test(i.where())
            || i.elements().stream().anyMatch(e -> calls.test(e.expression()))) {
          callers.add("index " + i.name() + " on " + t.name());
        }
      }
      for (Policy p : t.security().policies()) {
        if (calls.test(p.using()) || calls.test(p.withCheck())) {
          callers.add("policy " + p.name() + " on " + t.name());
        }
      }
    }
    for (View v : from.views()) {
      if (calls.test(v.query()) && to.views().stream().anyMatch(w -> w.equals(v))) {
        callers.add((v.materialized() ? "materialized view " : "view ") + v.name());
      }
    }
    return callers;
  }

  private void enums() {
    for (EnumType type : to.enums()) {
      Optional<EnumType> old = from.enumType(type.name());
      if (old.isEmpty()) {
        add(Phase.TYPES_AND_SEQUENCES, new Change.CreateEnum(type));
      } else if (!old.get().values().equals(type.values())) {
        alterEnum(old.get(), type);
      }
    }
    for (EnumType type : from.enums()) {
      if (to.enumType(type.name()).isEmpty()) {
        if (toTables.containsKey(type.name())
            || to.views().stream().anyMatch(v -> v.name().equals(type.name()))) {
          // A table or view takes the enum's name (they share PostgreSQL's type names), while
          // columns may still use the enum until the column changes: move it aside first.
          QualifiedName aside =
              new QualifiedName(
                  type.name().schema(), PgNames.makeObjectName(type.name().name(), null, "old"));
          add(Phase.DROP_TABLES, new Change.RenameEnum(type.name(), aside));
          add(
              Phase.DROP_TYPES_AND_SEQUENCES,
              new Change.DropEnum(new EnumType(aside, type.values()), false));
        } else {
          add(Phase.DROP_TYPES_AND_SEQUENCES, new Change.DropEnum(type, false));
        }
      }
    }
  }

  private void alterEnum(EnumType old, EnumType type) {
    if (isSubsequence(old.values(), type.values())) {
      List<String> current = new ArrayList<>(old.values());
      for (int i = 0; i < type.values().size(); i++) {
        String value = type.values().get(i);
        if (current.contains(value)) {
          continue;
        }
        String after = i > 0 ? type.values().get(i - 1) : null;
        String before = after == null ? current.get(0) : null;
        add(Phase.TYPES_AND_SEQUENCES, new Change.AddEnumValue(type.name(), value, before, after));
        current.add(after == null ? 0 : current.indexOf(after) + 1, value);
      }
      return;
    }
    List<Change.EnumColumn> columns = new ArrayList<>();
    for (Table table : from.tables()) {
      Optional<Table> next = newTable(table.name());
      for (Column column : table.columns()) {
        if (!type.name().equals(column.type().userType()) || next.isEmpty()) {
          continue;
        }
        Optional<Column> after = next.get().column(column.name());
        if (after.isPresent() && after.get().type().equals(column.type())) {
          for (Column generated : table.columns()) {
            if (generated.generatedExpression() != null
                && ViewDependencies.mentionsColumn(
                    generated.generatedExpression(), column.name())) {
              regenerated.computeIfAbsent(table.name(), t -> new HashSet<>()).add(generated.name());
            }
          }
          columns.add(
              new Change.EnumColumn(
                  table.name(),
                  column.name(),
                  column.type().dimensions(),
                  after.get().defaultExpression()));
          retype(table.name(), column.name());
        }
      }
    }
    add(Phase.TYPES_AND_SEQUENCES, new Change.RebuildEnum(old, type, columns));
    EnumType retired =
        new EnumType(
            new QualifiedName(
                old.name().schema(), PgNames.makeObjectName(old.name().name(), null, "old")),
            old.values());
    add(Phase.DROP_TYPES_AND_SEQUENCES, new Change.DropEnum(retired, true));
  }

  private static boolean isSubsequence(List<String> small, List<String> big) {
    int i = 0;
    for (String value : big) {
      if (i < small.size() && small.get(i).equals(value)) {
        i++;
      }
    }
    return i == small.size() && new HashSet<>(big).containsAll(small);
  }

  private void sequences() {
    Map<QualifiedName, Sequence> old = byName(from.sequences(), Sequence::name);
    Map<QualifiedName, Sequence> next = byName(to.sequences(), Sequence::name);
    for (Sequence sequence : to.sequences()) {
      Sequence before = old.get(sequence.name());
      if (before == null) {
        add(Phase.TYPES_AND_SEQUENCES, new Change.CreateSequence(sequence));
      } else if (!before.withOwner(null).equals(sequence.withOwner(null))) {
        add(Phase.TYPES_AND_SEQUENCES, new Change.AlterSequence(before, sequence));
      }
    }
    for (Sequence sequence : from.sequences()) {
      if (!next.containsKey(sequence.name())) {
        // A sequence no default uses can go early, freeing its name for a new table.
        add(
            usedByDefault(sequence.name()) ? Phase.DROP_TYPES_AND_SEQUENCES : Phase.DROP_TABLES,
            new Change.DropSequence(sequence, false));
      }
    }
  }

  /**
   * Sequences dropped, and owners set or released, once the table changes are known. PostgreSQL
   * drops a sequence with the column or table that owns it: a sequence that stays is released
   * before its owner goes (or is dropped to be added again), and one dropped with its owner may be
   * gone already when its own drop comes. SET LOGGED and SET UNLOGGED (PostgreSQL 15 and later)
   * change the sequences the table owns too: a sequence is released around them, so that it stays
   * logged, as created.
   */
  private void sequenceOwners() {
    Set<SequenceOwner> goneColumns = new HashSet<>();
    Set<QualifiedName> goneTables = new HashSet<>();
    Set<QualifiedName> switching = new HashSet<>();
    for (Phase phase : Phase.values()) {
      for (Change change : phases.get(phase)) {
        if (change instanceof Change.DropColumn c) {
          goneColumns.add(new SequenceOwner(c.table(), c.column().name()));
        } else if (change instanceof Change.DropTable c) {
          goneTables.add(c.definition().name());
        } else if (change instanceof Change.SetLogged c) {
          switching.add(c.table());
        }
      }
    }
    java.util.function.Predicate<SequenceOwner> goes =
        o -> o != null && (goneTables.contains(o.table()) || goneColumns.contains(o));
    List<Change> releasedFirst = new ArrayList<>();
    for (Phase phase : List.of(Phase.DROP_TABLES, Phase.DROP_TYPES_AND_SEQUENCES)) {
      phases
          .get(phase)
          .replaceAll(
              c -> {
                if (!(c instanceof Change.DropSequence d) || !goes.test(d.sequence().ownedBy())) {
                  return c;
                }
                if (usedByDefaultThatStays(d.sequence().name(), goneTables, goneColumns)) {
                  // Dropped with its owner, the sequence would take along the default of a table
                  // that stays (PostgreSQL refuses): it is released first, dropped after the
                  // default goes.
                  releasedFirst.add(
                      new Change.SetSequenceOwner(
                          d.sequence().name(), d.sequence().ownedBy(), null));
                  return c;
                }
                return new Change.DropSequence(d.sequence(), true);
              });
    }
    releasedFirst.forEach(c -> add(Phase.DISOWN_SEQUENCES, c));
    Map<QualifiedName, Sequence> old = byName(from.sequences(), Sequence::name);
    for (Sequence sequence : to.sequences()) {
      Sequence before = old.get(sequence.name());
      SequenceOwner was = before == null ? null : before.ownedBy();
      SequenceOwner now = sequence.ownedBy();
      boolean released = goes.test(was) || was != null && switching.contains(was.table());
      if (released) {
        add(Phase.DISOWN_SEQUENCES, new Change.SetSequenceOwner(sequence.name(), was, null));
        was = null;
      }
      if (!Objects.equals(was, now)) {
        add(Phase.OWN_SEQUENCES, new Change.SetSequenceOwner(sequence.name(), was, now));
      }
    }
  }

  /** Whether a default of a column that the plan neither drops nor drops with its table uses it. */
  private boolean usedByDefaultThatStays(
      QualifiedName sequence, Set<QualifiedName> goneTables, Set<SequenceOwner> goneColumns) {
    for (Table t : from.tables()) {
      if (goneTables.contains(t.name())) {
        continue;
      }
      for (Column c : t.columns()) {
        if (c.defaultExpression() != null
            && !goneColumns.contains(new SequenceOwner(t.name(), c.name()))
            && ViewDependencies.mentions(c.defaultExpression(), sequence)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean usedByDefault(QualifiedName sequence) {
    return from.tables().stream()
        .flatMap(t -> t.columns().stream())
        .map(Column::defaultExpression)
        .filter(Objects::nonNull)
        .anyMatch(d -> ViewDependencies.mentions(d, sequence));
  }

  /** The tables, each partition after its parent. */
  private static List<Table> parentsFirst(SchemaModel model) {
    Map<QualifiedName, Integer> depth = new HashMap<>();
    for (Table t : model.tables()) {
      int d = 0;
      for (Table p = t; p.isPartition() && d < 100; d++) {
        p = model.table(p.partitioning().parent()).orElse(null);
        if (p == null) {
          break;
        }
      }
      depth.put(t.name(), d);
    }
    return model.tables().stream()
        .sorted(java.util.Comparator.comparingInt(t -> depth.get(t.name())))
        .toList();
  }

  /**
   * A partition as DETACH PARTITION leaves it: with its own copies of its parents' keys, checks,
   * foreign keys and indexes (keys and indexes named as PostgreSQL named them on the partition,
   * past the names in use, its own indexes' first; checks and foreign keys as on the parent), and
   * without identity: PostgreSQL 14 to 16 give a partition none, 17 and later drop it on DETACH.
   */
  private Table asDetached(Table partition) {
    QualifiedName parentName = partition.partitioning().parent();
    PartitionCopies copies =
        PartitionCopies.of(
            from,
            parentName,
            partition.name().name(),
            from.relationNames(partition.name().schema())::contains);
    Table t =
        partition.withColumns(partition.columns().stream().map(c -> c.withIdentity(null)).toList());
    if (copies.primaryKey() != null && t.primaryKey() == null) {
      t = t.withPrimaryKey(copies.primaryKey());
    }
    List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
    uniques.addAll(copies.uniques());
    List<Index> indexes = new ArrayList<>(t.indexes());
    indexes.addAll(copies.indexes());
    List<CheckConstraint> checks = new ArrayList<>(t.checks());
    List<ForeignKey> keys = new ArrayList<>(t.foreignKeys());
    int depth = 0;
    for (Table parent = from.table(parentName).orElse(null);
        parent != null && depth < 100;
        parent =
                parent.isPartition()
                    ? from.table(parent.partitioning().parent()).orElse(null)
                    : null,
            depth++) {
      checks.addAll(parent.checks());
      keys.addAll(parent.foreignKeys());
    }
    return t.withUniques(sortedByName(uniques, UniqueConstraint::name))
        .withIndexes(sortedByName(indexes, Index::name))
        .withChecks(sortedByName(checks, CheckConstraint::name))
        .withForeignKeys(sortedByName(keys, ForeignKey::name));
  }

  private static <T> List<T> sortedByName(List<T> items, Function<T, String> name) {
    return items.stream().sorted(java.util.Comparator.comparing(name)).toList();
  }

  /** The new parent of a table that becomes a partition, then its ancestors. */
  private List<Table> newAncestors(Table partition) {
    List<Table> ancestors = new ArrayList<>();
    Table parent = to.table(partition.partitioning().parent()).orElse(null);
    for (int depth = 0; parent != null && depth < 100; depth++) {
      ancestors.add(parent);
      parent = parent.isPartition() ? to.table(parent.partitioning().parent()).orElse(null) : null;
    }
    return ancestors;
  }

  /**
   * A table that becomes a partition as ATTACH PARTITION leaves it: ATTACH takes the table's own
   * primary key, unique constraints, indexes, foreign keys and checks that match its new parents'
   * as the partition's copies of them (checks by name and expression, the rest by definition), so
   * they are not dropped first; what does not match is the table's own.
   */
  private Table asAttached(Table table) {
    Table t = table;
    Table partition = to.table(table.name()).orElseThrow();
    for (Table parent : newAncestors(partition)) {
      if (t.primaryKey() != null
          && parent.primaryKey() != null
          && t.primaryKey().columns().equals(parent.primaryKey().columns())) {
        t = t.withPrimaryKey(null);
      }
      t =
          t.withUniques(
              t.uniques().stream()
                  .filter(
                      u ->
                          parent.uniques().stream()
                              .noneMatch(
                                  p ->
                                      p.columns().equals(u.columns())
                                          && p.nullsNotDistinct() == u.nullsNotDistinct()))
                  .toList());
      t =
          t.withIndexes(
              t.indexes().stream()
                  .filter(
                      i -> parent.indexes().stream().noneMatch(p -> p.withName(i.name()).equals(i)))
                  .toList());
      t =
          t.withForeignKeys(
              t.foreignKeys().stream()
                  .filter(
                      f ->
                          parent.foreignKeys().stream()
                              .noneMatch(p -> p.withName(f.name()).equals(f)))
                  .toList());
      t = t.withChecks(t.checks().stream().filter(k -> !parent.checks().contains(k)).toList());
    }
    return t;
  }

  /**
   * The columns a table that becomes a partition is compared with: its parent's, but with the
   * table's own defaults and no identity. A partition's defaults and identity are its parent's (the
   * model does not hold them apart), and ATTACH leaves the table's own defaults in place; an
   * identity column of its own is dropped (PostgreSQL 17 and later refuse to attach it).
   */
  private static Table columnsKeptByAttach(Table was, Table partition) {
    List<Column> columns = new ArrayList<>();
    for (Column c : partition.columns()) {
      String ownDefault = was.column(c.name()).map(Column::defaultExpression).orElse(null);
      columns.add(
          new Column(
              c.name(),
              c.type(),
              c.notNull(),
              ownDefault,
              null,
              c.generatedExpression(),
              c.comment(),
              c.collation()));
    }
    return partition.withColumns(columns);
  }

  /**
   * A table that becomes a partition as it stands just before ATTACH: its own columns, the parts
   * ATTACH takes as its parents' (kept, not dropped), the parents' checks it lacked added NOT
   * VALID, and the partition's own parts.
   */
  private Table beforeAttach(Table partition, List<CheckConstraint> added) {
    Table was = from.table(partition.name()).orElseThrow();
    Table own = asAttached(was);
    Table t = columnsKeptByAttach(was, partition).withPartitioning(was.partitioning());
    if (was.primaryKey() != null && own.primaryKey() == null) {
      t = t.withPrimaryKey(was.primaryKey());
    }
    t =
        t.withUniques(
                sortedByName(
                    adopted(t.uniques(), was.uniques(), own.uniques()), UniqueConstraint::name))
            .withIndexes(
                sortedByName(adopted(t.indexes(), was.indexes(), own.indexes()), Index::name))
            .withForeignKeys(
                sortedByName(
                    adopted(t.foreignKeys(), was.foreignKeys(), own.foreignKeys()),
                    ForeignKey::name));
    List<CheckConstraint> checks = adopted(t.checks(), was.checks(), own.checks());
    added.forEach(k -> checks.add(k.withNotValid(true)));
    return t.withChecks(sortedByName(checks, CheckConstraint::name));
  }

  /** {@code current} and the parts of {@code was} that ATTACH adopts (those not in {@code own}). */
  private static <T> List<T> adopted(List<T> current, List<T> was, List<T> own) {
    List<T> parts = new ArrayList<>(current);
    for (T part : was) {
      if (!own.contains(part) && !parts.contains(part)) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** The checks of a partition's parent and its ancestors that it does not declare itself. */
  private List<CheckConstraint> parentChecks(Table partition) {
    List<CheckConstraint> checks = new ArrayList<>();
    Set<String> own = new HashSet<>();
    partition.checks().forEach(k -> own.add(k.name()));
    Table was = from.table(partition.name()).orElse(null);
    List<CheckConstraint> kept = was == null || was.isPartition() ? List.of() : was.checks();
    for (Table parent : newAncestors(partition)) {
      for (CheckConstraint k : parent.checks()) {
        // A check the table has already is taken by ATTACH as the parent's.
        if (own.add(k.name()) && !kept.contains(k)) {
          checks.add(k);
        }
      }
    }
    return checks;
  }

  /** Whether a partition goes with its parent, dropped in the same change (as PostgreSQL does). */
  private boolean droppedWithParent(Table table, Set<QualifiedName> dropped) {
    return table.isPartition() && dropped.contains(table.partitioning().parent());
  }

  private void createTable(Table table) {
    add(Phase.CREATE_TABLES, new Change.CreateTable(table));
    for (CheckConstraint check : table.checks()) {
      if (check.notValid()) {
        // CREATE TABLE would validate it: added apart, it stays NOT VALID as declared.
        add(Phase.ADD_INDEXES_AND_CONSTRAINTS, new Change.AddCheck(table.name(), check));
      }
    }
    for (Index index : table.indexes()) {
      add(Phase.ADD_INDEXES_AND_CONSTRAINTS, new Change.CreateIndex(table.name(), index));
    }
    for (ForeignKey fk : table.foreignKeys()) {
      add(Phase.ADD_FOREIGN_KEYS, new Change.AddForeignKey(table.name(), fk));
    }
    if (table.comment() != null) {
      add(Phase.COMMENTS, new Change.CommentOnTable(table.name(), table.comment()));
    }
    for (Column column : table.columns()) {
      if (column.comment() != null) {
        add(
            Phase.COMMENTS,
            new Change.CommentOnColumn(table.name(), column.name(), column.comment()));
      }
    }
  }

  private void dropTable(Table table, Set<QualifiedName> dropped) {
    List<ForeignKey> droppedEarly = new ArrayList<>();
    for (ForeignKey fk : table.foreignKeys()) {
      // A key between two dropped tables would block whichever table is dropped first, and a key
      // to a surviving table would block changes to the key or columns it references.
      boolean toOtherDropped =
          dropped.contains(fk.targetTable()) && !fk.targetTable().equals(table.name());
      boolean toChangingKey = !dropped.contains(fk.targetTable()) && targetChanges(fk);
      if (toOtherDropped || toChangingKey) {
        add(
            Phase.DROP_FOREIGN_KEYS,
            new Change.DropConstraint(table.name(), fk.name(), "foreign key", fk.targetTable()));
        droppedEarly.add(fk);
      }
    }
    // The table as it stands when dropped, without the keys dropped before it.
    List<ForeignKey> remaining =
        table.foreignKeys().stream().filter(fk -> !droppedEarly.contains(fk)).toList();
    add(Phase.DROP_TABLES, new Change.DropTable(table.withForeignKeys(remaining)));
  }

  /**
   * Foreign keys that did not change themselves but rest on something that does: a primary or
   * unique key being rebuilt, or a column on either side changing type.
   */
  private void foreignKeysRestingOnChanges() {
    for (Table table : to.tables()) {
      Optional<Table> old = oldTable(table.name());
      if (old.isEmpty()) {
        continue;
      }
      for (ForeignKey fk : table.foreignKeys()) {
        boolean unchanged =
            old.get().foreignKeys().stream()
                .anyMatch(o -> o.withNotValid(fk.notValid()).equals(fk));
        if (!unchanged || rebuiltForeignKeys.contains(List.of(table.name(), fk.name()))) {
          continue;
        }
        if (restsOnChange(old.get(), table, fk)) {
          rebuiltForeignKeys.add(List.of(table.name(), fk.name()));
          add(
              Phase.DROP_FOREIGN_KEYS,
              new Change.DropConstraint(table.name(), fk.name(), "foreign key", fk.targetTable()));
          add(Phase.ADD_FOREIGN_KEYS, new Change.AddForeignKey(table.name(), fk));
        }
      }
    }
  }

  /**
   * Foreign keys declared before as {@code NOT VALID} and now without it, that nothing else changes
   * or rebuilds: validated where they stand.
   */
  private void foreignKeyValidations() {
    for (Table table : to.tables()) {
      Optional<Table> old = oldTable(table.name());
      if (old.isEmpty()) {
        continue;
      }
      for (ForeignKey fk : table.foreignKeys()) {
        boolean validated =
            !fk.notValid()
                && old.get().foreignKeys().stream()
                    .anyMatch(o -> o.notValid() && sameKey(o.withDeferral(fk.deferral()), fk));
        if (validated && !rebuiltForeignKeys.contains(List.of(table.name(), fk.name()))) {
          add(
              Phase.ADD_FOREIGN_KEYS,
              new Change.ValidateConstraint(table.name(), fk.name(), fk.targetTable()));
        }
      }
    }
  }

  /**
   * The old key as the new one when the two differ only in validity: dropping a validated key to
   * add it back {@code NOT VALID} would weaken nothing worth a lock, and validating happens apart.
   */
  private static ForeignKey validityOnly(ForeignKey was, Table next) {
    return next.foreignKeys().stream()
        .filter(fk -> fk.name().equals(was.name()) && was.withNotValid(fk.notValid()).equals(fk))
        .findFirst()
        .orElse(was);
  }

  private static boolean sameKey(ForeignKey a, ForeignKey b) {
    return a.withNotValid(b.notValid()).equals(b);
  }

  /** Whether a foreign key of a dropped table must go first: what it references changes. */
  private boolean targetChanges(ForeignKey fk) {
    Optional<Table> oldTarget = oldTable(fk.targetTable());
    Optional<Table> newTarget = newTable(fk.targetTable());
    return oldTarget.isPresent()
        && newTarget.isPresent()
        && referencedChange(fk, oldTarget.get(), newTarget.get(), false);
  }

  private boolean restsOnChange(Table oldTable, Table newTable, ForeignKey fk) {
    Optional<Table> oldTarget = oldTable(fk.targetTable());
    Optional<Table> newTarget = newTable(fk.targetTable());
    if (oldTarget.isEmpty() || newTarget.isEmpty()) {
      return true;
    }
    for (String column : fk.columns()) {
      if (!sameType(oldTable, newTable, column) || isRetyped(newTable.name(), column)) {
        return true;
      }
    }
    return referencedChange(fk, oldTarget.get(), newTarget.get(), true);
  }

  /**
   * Whether the referenced columns change type (or, with {@code countRetyped}, are converted by an
   * enum rebuild) or the unique key they rest on is rebuilt.
   */
  private boolean referencedChange(
      ForeignKey fk, Table oldTarget, Table newTarget, boolean countRetyped) {
    for (String column : fk.targetColumns()) {
      if (!sameType(oldTarget, newTarget, column)
          || (countRetyped && isRetyped(fk.targetTable(), column))) {
        return true;
      }
    }
    return keyChanged(oldTarget, newTarget, Set.copyOf(fk.targetColumns()));
  }

  private boolean isRetyped(QualifiedName table, String column) {
    return retypedColumns.getOrDefault(table, Set.of()).contains(column);
  }

  private static boolean sameType(Table a, Table b, String column) {
    return Objects.equals(a.column(column).map(Column::type), b.column(column).map(Column::type));
  }

  /** Whether the unique key the foreign key needs is dropped (and re-created) in this change. */
  private static boolean keyChanged(Table old, Table next, Set<String> key) {
    if (old.primaryKey() != null
        && Set.copyOf(old.primaryKey().columns()).equals(key)
        && !old.primaryKey().equals(next.primaryKey())) {
      return true;
    }
    for (UniqueConstraint u : old.uniques()) {
      if (Set.copyOf(u.columns()).equals(key) && !next.uniques().contains(u)) {
        return true;
      }
    }
    for (Index i : old.indexes()) {
      if (i.unique() && !next.indexes().contains(i)) {
        Set<String> columns =
            i.elements().stream().map(e -> e.column()).collect(Collectors.toSet());
        if (columns.equals(key)) {
          return true;
        }
      }
    }
    return false;
  }

  private void views() {
    Map<QualifiedName, View> old = byName(from.views(), View::name);
    Map<QualifiedName, View> next = byName(to.views(), View::name);
    Set<QualifiedName> rebuild = new LinkedHashSet<>();
    for (View view : from.views()) {
      View after = next.get(view.name());
      if (after == null) {
        continue;
      }
      boolean changed =
          !after.query().equals(view.query()) || after.materialized() != view.materialized();
      if (changed || readsChangedTable(view.query())) {
        rebuild.add(view.name());
      }
    }
    // A rebuilt or dropped view takes every view built on it along.
    Set<QualifiedName> dropped = new LinkedHashSet<>(rebuild);
    old.keySet().stream().filter(n -> !next.containsKey(n)).forEach(dropped::add);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (View view : from.views()) {
        if (!dropped.contains(view.name())
            && dropped.stream().anyMatch(d -> ViewDependencies.mentions(view.query(), d))) {
          dropped.add(view.name());
          if (next.containsKey(view.name())) {
            rebuild.add(view.name());
          }
          grew = true;
        }
      }
    }
    droppedViews.addAll(dropped);
    List<View> toDrop =
        ViewDependencies.order(
            from.views().stream().filter(v -> dropped.contains(v.name())).toList());
    for (int i = toDrop.size() - 1; i >= 0; i--) {
      View view = toDrop.get(i);
      add(
          viewsMoved ? Phase.DROP_VIEWS : Phase.EARLY_DROP_VIEWS,
          new Change.DropView(view, next.containsKey(view.name())));
    }
    List<View> toCreate =
        ViewDependencies.order(
            to.views().stream()
                .filter(v -> !old.containsKey(v.name()) || rebuild.contains(v.name()))
                .toList());
    for (View view : toCreate) {
      add(Phase.CREATE_VIEWS, new Change.CreateView(view));
      for (Index index : view.indexes()) {
        add(Phase.CREATE_VIEWS, new Change.CreateIndex(view.name(), index));
      }
      if (view.comment() != null) {
        add(
            Phase.COMMENTS,
            new Change.CommentOnView(view.name(), view.materialized(), view.comment()));
      }
    }
    for (View view : to.views()) {
      View before = old.get(view.name());
      if (before != null && !rebuild.contains(view.name())) {
        viewOptions(before, view);
        viewIndexes(before, view);
      }
      if (before != null
          && !rebuild.contains(view.name())
          && !Objects.equals(before.comment(), view.comment())) {
        add(
            Phase.COMMENTS,
            new Change.CommentOnView(view.name(), view.materialized(), view.comment()));
      }
    }
  }

  /** A kept materialized view's indexes: dropped, created, or rebuilt when they change. */
  private void viewIndexes(View before, View after) {
    Map<String, Index> old = new java.util.TreeMap<>();
    before.indexes().forEach(i -> old.put(i.name(), i));
    Map<String, Index> next = new java.util.TreeMap<>();
    after.indexes().forEach(i -> next.put(i.name(), i));
    old.forEach(
        (name, index) -> {
          if (!index.equals(next.get(name))) {
            add(
                Phase.DROP_INDEXES_AND_CONSTRAINTS,
                new Change.DropIndex(after.name(), name, index));
          }
        });
    next.forEach(
        (name, index) -> {
          if (!index.equals(old.get(name))) {
            add(Phase.CREATE_VIEWS, new Change.CreateIndex(after.name(), index));
          }
        });
  }

  private void viewOptions(View before, View after) {
    TableStorage.Changes changes = TableStorage.Changes.between(before.options(), after.options());
    if (!changes.isEmpty()) {
      add(Phase.CREATE_VIEWS, new Change.SetViewOptions(after, changes.set(), changes.reset()));
    }
  }

  /**
   * Whether a view must be rebuilt for what happens to the tables it mentions: a table dropped, a
   * column it mentions dropped, renamed or retyped, or any column change under a {@code *}.
   */
  private boolean readsChangedTable(String query) {
    for (Table table : from.tables()) {
      QualifiedName name = table.name();
      if (!ViewDependencies.mentions(query, name)) {
        continue;
      }
      if (!toTables.containsKey(name)) {
        return true;
      }
      Set<String> touched = touchedColumns.getOrDefault(name, Set.of());
      boolean star = ViewDependencies.selectsStar(query);
      if (star && (widenedTables.contains(name) || !touched.isEmpty())) {
        return true;
      }
      if (touched.stream().anyMatch(c -> ViewDependencies.mentionsColumn(query, c))) {
        return true;
      }
    }
    return false;
  }

  private static <T> Map<QualifiedName, T> byName(List<T> items, Function<T, QualifiedName> name) {
    return items.stream().collect(Collectors.toMap(name, Function.identity()));
  }

  /** The changes within one table that exists on both sides. */
  private final class TableDiff {
    private final Table old;
    private final Table next;
    private final QualifiedName name;

    TableDiff(Table old, Table next) {
      this.old = old;
      this.next = next;
      this.name = next.name();
    }

    void run() {
      int before = pending();
      if (!(old.isPartition() && next.isPartition())) {
        // A partition's columns are its parent's: their changes come with the parent's.
        columns();
      }
      primaryKey();
      uniques();
      checks();
      exclusions();
      foreignKeys();
      indexes();
      storage();
      if (!Objects.equals(old.comment(), next.comment())) {
        add(Phase.COMMENTS, new Change.CommentOnTable(name, next.comment()));
      }
      partitioning(pending() == before);
    }

    private int pending() {
      return phases.values().stream().mapToInt(List::size).sum();
    }

    /**
     * A partition moved to another parent or bound is detached and attached again; a table that
     * becomes a partition is attached, one that stops being one detached (it keeps its rows). A
     * partition key cannot change in place.
     */
    private void partitioning(boolean nothingElse) {
      dev.shale.model.PartitionKey before =
          old.partitioning() == null ? null : old.partitioning().key();
      dev.shale.model.PartitionKey after =
          next.partitioning() == null ? null : next.partitioning().key();
      if (!Objects.equals(before, after)) {
        throw new UnsupportedChangeException(
            "table "
                + name
                + ": its partitioning changes ("
                + describe(before)
                + " → "
                + describe(after)
                + "), which PostgreSQL cannot do in place: create a new table partitioned as"
                + " wanted, move the rows, then drop the old one and rename the new (one"
                + " migration each, or a hand-written one)");
      }
      boolean samePlace =
          old.isPartition() == next.isPartition()
              && (!old.isPartition()
                  || (old.partitioning().parent().equals(next.partitioning().parent())
                      && old.partitioning().bound().equals(next.partitioning().bound())));
      if (samePlace) {
        return;
      }
      if (old.isPartition() && !next.isPartition()) {
        // Detached first: what the table then changes of what it kept from its parent needs it
        // detached. Concurrently only when nothing else changes in the table (the main step runs
        // before the concurrent one).
        QualifiedName parent = old.partitioning().parent();
        boolean defaultPartition =
            from.partitionsOf(parent).stream()
                .anyMatch(p -> p.partitioning().bound().kind() == PartitionBound.Kind.DEFAULT);
        add(
            Phase.DROP_TRIGGERS,
            new Change.DetachPartition(
                name,
                old.partitioning(),
                nothingElse && !defaultPartition && toTables.containsKey(parent)));
      }
      if (next.isPartition()) {
        QualifiedName parent = next.partitioning().parent();
        List<CheckConstraint> parentChecks = parentChecks(next);
        add(
            Phase.ADD_INDEXES_AND_CONSTRAINTS,
            new Change.AttachPartition(
                name,
                parent,
                newTable(parent).map(p -> p.partitioning().key()).orElse(null),
                next.partitioning().bound(),
                old.partitioning(),
                parentChecks,
                beforeAttach(next, parentChecks)));
      }
    }

    private static String describe(dev.shale.model.PartitionKey key) {
      return key == null
          ? "not partitioned"
          : "partitioned by " + key.strategy() + " " + key.elements();
    }

    private void storage() {
      TableStorage before = old.storageOrNone();
      TableStorage after = next.storageOrNone();
      if (before.unlogged() != after.unlogged()) {
        persistence.add(new Change.SetLogged(name, !after.unlogged()));
      }
      TableStorage.Changes changes =
          TableStorage.Changes.between(before.parameters(), after.parameters());
      if (!changes.isEmpty()) {
        add(Phase.COLUMNS, new Change.SetStorageParameters(name, changes.set(), changes.reset()));
      }
    }

    /** Drops first, then changes to kept columns, then additions (which may build on those). */
    /** Columns dropped and added again: every key and index on them is rebuilt. */
    private final Set<String> rebuiltColumns = new HashSet<>();

    /** SET EXPRESSION changes, held back until the columns they may read have been added. */
    private final List<Change> expressionChanges = new ArrayList<>();

    /**
     * Drops first (a new column may take a dropped one's name), then changes to kept columns, then
     * plain additions, then generated expressions and generated additions (which may read those),
     * and last the drops of columns that old generated expressions still read.
     */
    private void columns() {
      List<Column> added =
          next.columns().stream().filter(c -> old.column(c.name()).isEmpty()).toList();
      Set<String> readByGenerated = new HashSet<>();
      for (Column column : old.columns()) {
        if (column.generatedExpression() != null) {
          old.columns().stream()
              .map(Column::name)
              .filter(n -> ViewDependencies.mentionsColumn(column.generatedExpression(), n))
              .forEach(readByGenerated::add);
        }
      }
      regenerateReadersOfRetypedColumns();
      List<Column> readded = new ArrayList<>();
      List<Change> lateDrops = new ArrayList<>();
      for (Column column : old.columns()) {
        Optional<Column> after = next.column(column.name());
        if (after.isEmpty()) {
          String suspected =
              added.stream()
                  .filter(a -> a.type().equals(column.type()))
                  .map(Column::name)
                  .findFirst()
                  .orElse(null);
          Change drop = new Change.DropColumn(name, column, suspected, false);
          if (readByGenerated.contains(column.name())) {
            lateDrops.add(drop);
          } else {
            add(Phase.COLUMNS, drop);
          }
          touch(name, column.name());
        } else if (mustBeAddedAgain(column, after.get())) {
          boolean beforeEnumRebuild =
              regenerated.getOrDefault(name, Set.of()).contains(column.name());
          add(
              beforeEnumRebuild ? Phase.DROP_REGENERATED_COLUMNS : Phase.COLUMNS,
              new Change.DropColumn(name, column, null, true));
          readded.add(after.get());
          retype(name, column.name());
          rebuiltColumns.add(column.name());
        }
      }
      // A generated column that becomes plain stops reading first: PostgreSQL refuses to retype a
      // column that a generated column reads, whatever comes later in the same migration.
      for (Column column : old.columns()) {
        next.column(column.name())
            .filter(after -> column.generatedExpression() != null)
            .filter(after -> after.generatedExpression() == null && !readded.contains(after))
            .ifPresent(
                after ->
                    add(Phase.COLUMNS, new Change.DropGeneratedExpression(name, column.name())));
      }
      for (Column column : old.columns()) {
        next.column(column.name())
            .filter(after -> !readded.contains(after))
            .ifPresent(after -> alterColumn(column, after));
      }
      if (!added.isEmpty()) {
        widenedTables.add(name);
      }
      for (Column column : added) {
        if (column.generatedExpression() == null) {
          addColumn(column);
        }
      }
      expressionChanges.forEach(change -> add(Phase.COLUMNS, change));
      readded.forEach(this::addColumn);
      for (Column column : added) {
        if (column.generatedExpression() != null) {
          addColumn(column);
        }
      }
      lateDrops.forEach(change -> add(Phase.COLUMNS, change));
    }

    /**
     * PostgreSQL refuses any type change (even a binary-compatible one, or of the collation alone)
     * of a column that a stored generated column reads: such generated columns are dropped before
     * and added again after.
     */
    private void regenerateReadersOfRetypedColumns() {
      Set<String> retyped = new HashSet<>();
      for (Column column : old.columns()) {
        next.column(column.name())
            .filter(
                after ->
                    !after.type().equals(column.type())
                        || !Objects.equals(after.collation(), column.collation()))
            .ifPresent(after -> retyped.add(column.name()));
      }
      for (Column generated : old.columns()) {
        boolean kept =
            next.column(generated.name()).map(c -> c.generatedExpression() != null).orElse(false);
        if (generated.generatedExpression() != null
            && kept
            && retyped.stream()
                .anyMatch(
                    c ->
                        !c.equals(generated.name())
                            && ViewDependencies.mentionsColumn(
                                generated.generatedExpression(), c))) {
          regenerated.computeIfAbsent(name, t -> new HashSet<>()).add(generated.name());
        }
      }
    }

    private void addColumn(Column column) {
      add(Phase.COLUMNS, new Change.AddColumn(name, column, requiredByType(column)));
      if (column.comment() != null) {
        add(Phase.COMMENTS, new Change.CommentOnColumn(name, column.name(), column.comment()));
      }
    }

    /**
     * A plain column that becomes generated, or a generated column whose type changes in a way that
     * needs a cast (PostgreSQL allows no USING there): dropped and added again, with what rests on
     * it.
     */
    private boolean mustBeAddedAgain(Column before, Column after) {
      if (after.generatedExpression() == null) {
        return false;
      }
      if (regenerated.getOrDefault(name, Set.of()).contains(before.name())) {
        return true;
      }
      if (before.generatedExpression() == null) {
        return true;
      }
      if (!setsExpressions && !before.generatedExpression().equals(after.generatedExpression())) {
        return true;
      }
      return !before.type().equals(after.type()) && !Casts.automatic(before.type(), after.type());
    }

    private void alterColumn(Column before, Column after) {
      String column = after.name();
      if (after.generatedExpression() != null && before.generatedExpression() == null) {
        if (after.comment() != null) {
          add(Phase.COMMENTS, new Change.CommentOnColumn(name, column, after.comment()));
        }
        return;
      }
      if (before.identity() != null && after.identity() == null) {
        add(Phase.COLUMNS, new Change.DropIdentity(name, column));
      }
      boolean typeChanges =
          !before.type().equals(after.type())
              || !Objects.equals(before.collation(), after.collation());
      boolean defaultChanges =
          !Objects.equals(before.defaultExpression(), after.defaultExpression());
      if (typeChanges) {
        boolean retyped = !Casts.binaryCoercible(before.type(), after.type());
        add(
            Phase.COLUMNS,
            new Change.AlterColumnType(
                name,
                column,
                before.type(),
                after.type(),
                !Casts.automatic(before.type(), after.type()),
                before.defaultExpression(),
                after.defaultExpression(),
                before.collation(),
                after.collation(),
                readAgain(column, retyped)));
        typeAltered.computeIfAbsent(name, t -> new HashSet<>()).add(column);
        if (retyped) {
          retype(name, column);
        } else {
          touch(name, column);
        }
      } else if (defaultChanges && !before.type().isSerial()) {
        add(
            Phase.COLUMNS,
            after.defaultExpression() == null
                ? new Change.DropDefault(name, column)
                : new Change.SetDefault(name, column, after.defaultExpression()));
      }
      if (before.notNull() && !after.notNull()) {
        add(Phase.COLUMNS, new Change.DropNotNull(name, column));
      } else if (!before.notNull() && after.notNull()) {
        add(Phase.COLUMNS, new Change.SetNotNull(name, column));
      }
      if (before.identity() == null && after.identity() != null) {
        add(Phase.COLUMNS, new Change.AddIdentity(name, column, after.identity()));
      } else if (before.identity() != null
          && after.identity() != null
          && !before.identity().equals(after.identity())) {
        add(
            Phase.COLUMNS,
            new Change.AlterIdentity(
                name, column, before.identity(), after.identity(), Casts.base(after.type())));
      }
      if (before.generatedExpression() != null
          && after.generatedExpression() != null
          && !before.generatedExpression().equals(after.generatedExpression())) {
        expressionChanges.add(
            new Change.SetGeneratedExpression(name, column, after, referencing(name, column)));
        touch(name, column);
      }
      if (!Objects.equals(before.comment(), after.comment())) {
        add(Phase.COMMENTS, new Change.CommentOnColumn(name, column, after.comment()));
      }
    }

    private void primaryKey() {
      boolean rebuilt =
          old.primaryKey() != null
              && old.primaryKey().columns().stream().anyMatch(rebuiltColumns::contains);
      if (Objects.equals(old.primaryKey(), next.primaryKey()) && !rebuilt) {
        return;
      }
      if (old.primaryKey() != null) {
        add(
            Phase.DROP_INDEXES_AND_CONSTRAINTS,
            new Change.DropConstraint(name, old.primaryKey().name(), "primary key", null));
      }
      if (next.primaryKey() != null) {
        add(Phase.ADD_INDEXES_AND_CONSTRAINTS, new Change.AddPrimaryKey(name, next.primaryKey()));
      }
    }

    private void uniques() {
      compare(
          old.uniques(),
          next.uniques(),
          UniqueConstraint::name,
          key ->
              add(
                  Phase.DROP_INDEXES_AND_CONSTRAINTS,
                  new Change.DropConstraint(name, key, "unique constraint", null)),
          u -> add(Phase.ADD_INDEXES_AND_CONSTRAINTS, new Change.AddUnique(name, u)),
          u -> u.columns().stream().anyMatch(rebuiltColumns::contains));
    }

    private void checks() {
      Map<String, CheckConstraint> after = byKey(next.checks(), CheckConstraint::name);
      List<CheckConstraint> before = new ArrayList<>();
      for (CheckConstraint was : old.checks()) {
        CheckConstraint now = after.get(was.name());
        if (now != null && !was.equals(now) && was.withNotValid(now.notValid()).equals(now)) {
          if (was.notValid() && !mentionsRetyped(now.expression())) {
            add(
                Phase.ADD_INDEXES_AND_CONSTRAINTS,
                new Change.ValidateConstraint(name, now.name(), null));
          }
          was = now;
        }
        before.add(was);
      }
      compare(
          before,
          next.checks(),
          CheckConstraint::name,
          key ->
              add(
                  Phase.DROP_INDEXES_AND_CONSTRAINTS,
                  new Change.DropConstraint(name, key, "check constraint", null)),
          c -> add(Phase.ADD_INDEXES_AND_CONSTRAINTS, new Change.AddCheck(name, c)),
          c -> mentionsRetyped(c.expression()));
    }

    private void exclusions() {
      compare(
          old.exclusions(),
          next.exclusions(),
          dev.shale.model.ExclusionConstraint::name,
          key ->
              add(
                  Phase.DROP_INDEXES_AND_CONSTRAINTS,
                  new Change.DropConstraint(name, key, "exclusion constraint", null)),
          x -> add(Phase.ADD_INDEXES_AND_CONSTRAINTS, new Change.AddExclusion(name, x)),
          x ->
              x.elements().stream()
                      .anyMatch(
                          e ->
                              e.column() != null
                                  ? retypedColumns.getOrDefault(name, Set.of()).contains(e.column())
                                  : mentionsRetyped(e.expression()))
                  || x.where() != null && mentionsRetyped(x.where()));
    }

    private void foreignKeys() {
      Map<String, ForeignKey> before = byKey(old.foreignKeys(), ForeignKey::name);
      List<ForeignKey> deferralOnly = new ArrayList<>();
      for (ForeignKey fk : next.foreignKeys()) {
        ForeignKey was = before.get(fk.name());
        if (was != null
            && was.deferral() != fk.deferral()
            && sameKey(was, fk.withDeferral(was.deferral()))) {
          deferralOnly.add(fk);
        }
      }
      for (ForeignKey fk : deferralOnly) {
        add(Phase.ADD_FOREIGN_KEYS, new Change.AlterForeignKeyDeferral(name, fk));
      }
      Set<String> altered = deferralOnly.stream().map(ForeignKey::name).collect(Collectors.toSet());
      compare(
          old.foreignKeys().stream()
              .filter(fk -> !altered.contains(fk.name()))
              .map(fk -> validityOnly(fk, next))
              .toList(),
          next.foreignKeys().stream().filter(fk -> !altered.contains(fk.name())).toList(),
          ForeignKey::name,
          key ->
              add(
                  Phase.DROP_FOREIGN_KEYS,
                  new Change.DropConstraint(
                      name, key, "foreign key", before.get(key).targetTable())),
          fk -> add(Phase.ADD_FOREIGN_KEYS, new Change.AddForeignKey(name, fk)));
    }

    private void indexes() {
      compare(
          old.indexes(),
          next.indexes(),
          Index::name,
          key ->
              add(
                  Phase.DROP_INDEXES_AND_CONSTRAINTS,
                  new Change.DropIndex(
                      name,
                      key,
                      old.indexes().stream().filter(i -> i.name().equals(key)).findFirst().get())),
          i -> add(Phase.ADD_INDEXES_AND_CONSTRAINTS, new Change.CreateIndex(name, i)),
          i ->
              i.elements().stream().anyMatch(e -> rebuiltColumns.contains(e.column()))
                  || i.include().stream().anyMatch(rebuiltColumns::contains)
                  || (i.where() != null && mentionsRetyped(i.where()))
                  || i.elements().stream()
                      .anyMatch(e -> e.expression() != null && mentionsRetyped(e.expression())));
    }

    /**
     * Matches two lists by name: what changed or disappeared is dropped, what changed or appeared
     * is added, in name order.
     */
    private <T> void compare(
        List<T> before,
        List<T> after,
        Function<T, String> key,
        java.util.function.Consumer<String> drop,
        java.util.function.Consumer<T> create) {
      compare(before, after, key, drop, create, item -> false);
    }

    /** As above; {@code rebuild} forces an unchanged item to be dropped and added again. */
    private <T> void compare(
        List<T> before,
        List<T> after,
        Function<T, String> key,
        java.util.function.Consumer<String> drop,
        java.util.function.Consumer<T> create,
        java.util.function.Predicate<T> rebuild) {
      Map<String, T> oldByName = byKey(before, key);
      Map<String, T> newByName = byKey(after, key);
      oldByName.forEach(
          (name, item) -> {
            if (!item.equals(newByName.get(name)) || rebuild.test(item)) {
              drop.accept(name);
            }
          });
      newByName.forEach(
          (name, item) -> {
            T previous = oldByName.get(name);
            if (!item.equals(previous) || rebuild.test(previous)) {
              create.accept(item);
            }
          });
    }

    /**
     * Whether PostgreSQL reads the table to rebuild or re-validate what reads {@code column} when
     * ALTER COLUMN … TYPE leaves the rows as they are (a collation change). Measured on 14 and 17
     * with pg_stat_xact_user_tables: it rebuilds the indexes that have the column as a key, in an
     * expression or in the predicate (keys and unique constraints included), keeps one that only
     * INCLUDEs it, re-validates the checks that read it, keeps a foreign key on it without a scan,
     * and reads nothing when none of them is there. Checks and exclusion constraints on a {@code
     * retyped} column are dropped before and added after by this diff, so they do not count then;
     * an index that stays counts even when the plan rebuilds it, as the online plan keeps the old
     * one until its replacement is built (--simple drops it first: there the claim is one scan too
     * many).
     */
    private boolean readAgain(String column, boolean retyped) {
      java.util.function.Predicate<String> reads =
          e -> e != null && ViewDependencies.mentionsColumn(e, column);
      java.util.function.Predicate<List<dev.shale.model.IndexElement>> keys =
          elements ->
              elements.stream()
                  .anyMatch(e -> column.equals(e.column()) || reads.test(e.expression()));
      boolean indexed =
          old.indexes().stream()
              .filter(i -> next.indexes().stream().anyMatch(n -> n.name().equals(i.name())))
              .anyMatch(i -> keys.test(i.elements()) || reads.test(i.where()));
      boolean keyed =
          old.primaryKey() != null && old.primaryKey().columns().contains(column)
              || old.uniques().stream().anyMatch(u -> u.columns().contains(column));
      boolean checked =
          !retyped
              && (old.checks().stream()
                      .anyMatch(c -> next.checks().contains(c) && reads.test(c.expression()))
                  || old.exclusions().stream()
                      .anyMatch(
                          x ->
                              next.exclusions().contains(x)
                                  && (keys.test(x.elements()) || reads.test(x.where()))));
      return indexed || keyed || checked;
    }

    /**
     * Whether an expression of this table mentions a column whose type changes: PostgreSQL would
     * have to re-parse it against the new type (and refuses when operators no longer fit), so it is
     * dropped before and created again after.
     */
    private boolean mentionsRetyped(String expression) {
      return retypedColumns.getOrDefault(name, Set.of()).stream()
          .anyMatch(c -> ViewDependencies.mentionsColumn(expression, c));
    }

    private <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
      Map<String, T> map = new java.util.TreeMap<>();
      items.forEach(i -> map.put(key.apply(i), i));
      return map;
    }
  }
}
