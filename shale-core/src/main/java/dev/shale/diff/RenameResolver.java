package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PgNames;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Decides, for every object that appeared while another of its kind disappeared, whether it was
 * renamed or created, from the user's answers; never on its own for objects that hold data. Renames
 * are applied to the old model, so the rest of the diff matches by name. Indexes and constraints,
 * which hold no data, are matched automatically when only their name changed.
 */
final class RenameResolver {
  private SchemaModel model;
  private final SchemaModel target;
  private final RenameAnswers answers;
  private final List<Change> renames = new ArrayList<>();

  /** Indexes dropped before the renames, so that a rename can take their name. */
  private final List<Change.DropIndex> drops = new ArrayList<>();

  /** Every object that appeared, whatever its kind: answers must name one of them. */
  private final java.util.Set<ObjectRef> appeared = new java.util.HashSet<>();

  /** Schema renames already applied, so answers may name objects by their old schema too. */
  private final Map<String, String> schemaRenames = new LinkedHashMap<>();

  private RenameResolver(SchemaModel from, SchemaModel target, RenameAnswers answers) {
    this.model = from;
    this.target = target;
    this.answers = answers;
  }

  /**
   * The old model with the renames applied (and without the indexes in {@code drops}), the renames,
   * and the index drops that must run before them.
   */
  record Resolution(SchemaModel renamed, List<Change> renames, List<Change.DropIndex> drops) {}

  static Resolution resolve(SchemaModel from, SchemaModel to, RenameAnswers answers) {
    RenameResolver resolver = new RenameResolver(from, to, answers);
    resolver.refuseAnswersForMissingObjects();
    resolver.schemas();
    resolver.topLevel();
    resolver.columnsAndEnumValues();
    resolver.indexesAndConstraints();
    resolver.refuseUnusedAnswers();
    return new Resolution(
        resolver.model, List.copyOf(resolver.renames), List.copyOf(resolver.drops));
  }

  private void schemas() {
    List<RenameQuestion> questions = new ArrayList<>();
    Map<ObjectRef, ObjectRef> decided =
        decide(
            ObjectKind.SCHEMA,
            model.schemas().stream().map(s -> ObjectRef.of(ObjectKind.SCHEMA, s)).toList(),
            target.schemas().stream().map(s -> ObjectRef.of(ObjectKind.SCHEMA, s)).toList(),
            questions);
    ask(questions);
    decided.forEach(
        (from, to) -> {
          model = ModelEdits.renameSchema(model, from.key(), to.key());
          renames.add(new Change.RenameSchema(from.key(), to.key()));
          schemaRenames.put(from.key(), to.key());
        });
  }

  private void topLevel() {
    List<RenameQuestion> questions = new ArrayList<>();
    Map<ObjectRef, ObjectRef> tables =
        decide(
            ObjectKind.TABLE,
            refs(ObjectKind.TABLE, model.tables(), Table::name),
            refs(ObjectKind.TABLE, target.tables(), Table::name),
            questions);
    Map<ObjectRef, ObjectRef> enums =
        decide(
            ObjectKind.ENUM,
            refs(ObjectKind.ENUM, model.enums(), e -> e.name()),
            refs(ObjectKind.ENUM, target.enums(), e -> e.name()),
            questions);
    Map<ObjectRef, ObjectRef> domains =
        decide(
            ObjectKind.DOMAIN,
            refs(ObjectKind.DOMAIN, model.domains(), d -> d.name()),
            refs(ObjectKind.DOMAIN, target.domains(), d -> d.name()),
            questions);
    Map<ObjectRef, ObjectRef> composites =
        decide(
            ObjectKind.TYPE,
            refs(ObjectKind.TYPE, model.composites(), c -> c.name()),
            refs(ObjectKind.TYPE, target.composites(), c -> c.name()),
            questions);
    // A table moved to another schema takes the sequences it owns along: they are matched there.
    Map<QualifiedName, String> tableMoves = new java.util.HashMap<>();
    tables.forEach(
        (from, to) -> {
          if (!name(from).schema().equals(name(to).schema())) {
            tableMoves.put(name(from), name(to).schema());
          }
        });
    UnaryOperator<dev.shale.model.Sequence> followOwner =
        s ->
            s.ownedBy() != null && tableMoves.containsKey(s.ownedBy().table())
                ? s.withName(
                    new QualifiedName(tableMoves.get(s.ownedBy().table()), s.name().name()))
                : s;
    Map<ObjectRef, ObjectRef> sequences =
        decide(
            ObjectKind.SEQUENCE,
            refs(ObjectKind.SEQUENCE, model.sequences(), s -> followOwner.apply(s).name()),
            refs(ObjectKind.SEQUENCE, target.sequences(), s -> s.name()),
            questions);
    Map<ObjectRef, ObjectRef> views =
        decide(
            ObjectKind.VIEW,
            refs(ObjectKind.VIEW, model.views(), v -> v.name()),
            refs(ObjectKind.VIEW, target.views(), v -> v.name()),
            questions);
    ask(questions);
    tables.forEach(
        (from, to) -> {
          Table renamed = model.table(name(from)).orElseThrow();
          model = ModelEdits.renameTable(model, name(from), name(to));
          renames.add(new Change.RenameTable(name(from), name(to)));
          for (var column : renamed.columns()) {
            if (column.type().isSerial() || column.identity() != null) {
              renameOwnedSequence(name(from).name(), column.name(), name(to), column.name());
            }
          }
        });
    enums.forEach(
        (from, to) -> {
          model = ModelEdits.renameEnum(model, name(from), name(to));
          renames.add(new Change.RenameEnum(name(from), name(to)));
        });
    domains.forEach(
        (from, to) -> {
          model = ModelEdits.renameEnum(model, name(from), name(to));
          renames.add(new Change.RenameUserType(name(from), name(to), true));
        });
    composites.forEach(
        (from, to) -> {
          model = ModelEdits.renameEnum(model, name(from), name(to));
          renames.add(new Change.RenameUserType(name(from), name(to), false));
        });
    sequences.forEach(
        (from, to) -> {
          boolean disown =
              !name(from).schema().equals(name(to).schema())
                  && model.sequences().stream()
                      .anyMatch(s -> s.name().equals(name(from)) && s.ownedBy() != null);
          model = ModelEdits.renameSequence(model, name(from), name(to));
          renames.add(new Change.RenameSequence(name(from), name(to), disown));
        });
    views.forEach(
        (from, to) -> {
          boolean materialized =
              model.views().stream()
                  .filter(v -> v.name().equals(name(from)))
                  .findFirst()
                  .orElseThrow()
                  .materialized();
          model = ModelEdits.renameView(model, name(from), name(to));
          renames.add(new Change.RenameView(name(from), name(to), materialized));
        });
  }

  /** Columns and enum values: the level after tables and enums, asked together. */
  private void columnsAndEnumValues() {
    List<RenameQuestion> questions = new ArrayList<>();
    Map<QualifiedName, Map<ObjectRef, ObjectRef>> values = enumValues(questions);
    Map<QualifiedName, Map<ObjectRef, ObjectRef>> fields = compositeFields(questions);
    columns(questions);
    fields.forEach(
        (type, pairs) ->
            pairs.forEach(
                (from, to) -> {
                  model = UserTypeEdits.renameField(model, type, from.name(), to.name());
                  renames.add(new Change.RenameCompositeField(type, from.name(), to.name()));
                }));
    values.forEach(
        (type, pairs) ->
            pairs.forEach(
                (from, to) -> {
                  model = ModelEdits.renameEnumValue(model, type, from.name(), to.name());
                  renames.add(new Change.RenameEnumValue(type, from.name(), to.name()));
                }));
  }

  /** Fields that one composite type lost while it gained others: renamed or replaced? */
  private Map<QualifiedName, Map<ObjectRef, ObjectRef>> compositeFields(
      List<RenameQuestion> questions) {
    Map<QualifiedName, Map<ObjectRef, ObjectRef>> decided = new LinkedHashMap<>();
    for (var after : target.composites()) {
      var before = model.composite(after.name());
      if (before.isEmpty() || before.get().fields().equals(after.fields())) {
        continue;
      }
      String prefix = after.name().schema() + "." + after.name().name() + ".";
      decided.put(
          after.name(),
          decide(
              ObjectKind.FIELD,
              before.get().fields().stream()
                  .map(f -> new ObjectRef(ObjectKind.FIELD, prefix + f.name()))
                  .toList(),
              after.fields().stream()
                  .map(f -> new ObjectRef(ObjectKind.FIELD, prefix + f.name()))
                  .toList(),
              questions));
    }
    return decided;
  }

  /** Values that one enum lost while it gained others: renamed or replaced? */
  private Map<QualifiedName, Map<ObjectRef, ObjectRef>> enumValues(List<RenameQuestion> questions) {
    Map<QualifiedName, Map<ObjectRef, ObjectRef>> decided = new LinkedHashMap<>();
    for (var after : target.enums()) {
      var before = model.enumType(after.name());
      if (before.isEmpty() || before.get().values().equals(after.values())) {
        continue;
      }
      String prefix = after.name().schema() + "." + after.name().name() + ".";
      decided.put(
          after.name(),
          decide(
              ObjectKind.ENUM_VALUE,
              before.get().values().stream()
                  .map(v -> new ObjectRef(ObjectKind.ENUM_VALUE, prefix + v))
                  .toList(),
              after.values().stream()
                  .map(v -> new ObjectRef(ObjectKind.ENUM_VALUE, prefix + v))
                  .toList(),
              questions));
    }
    return decided;
  }

  private void columns(List<RenameQuestion> questions) {
    Map<QualifiedName, Map<ObjectRef, ObjectRef>> decided = new LinkedHashMap<>();
    Map<QualifiedName, Table> tables = tablesByName();
    for (Table after : target.tables()) {
      Optional<Table> before = Optional.ofNullable(tables.get(after.name()));
      if (before.isEmpty() || after.isPartition() && before.get().isPartition()) {
        continue; // a partition's columns are renamed with its parent's
      }
      String prefix = after.name().schema() + "." + after.name().name() + ".";
      decided.put(
          after.name(),
          decide(
              ObjectKind.COLUMN,
              before.get().columns().stream()
                  .map(c -> new ObjectRef(ObjectKind.COLUMN, prefix + c.name()))
                  .toList(),
              after.columns().stream()
                  .map(c -> new ObjectRef(ObjectKind.COLUMN, prefix + c.name()))
                  .toList(),
              questions));
    }
    ask(questions);
    decided.forEach(
        (table, pairs) ->
            pairs.forEach(
                (from, to) -> {
                  boolean serial =
                      model
                          .table(table)
                          .flatMap(t -> t.column(from.name()))
                          .map(c -> c.type().isSerial() || c.identity() != null)
                          .orElse(false);
                  for (QualifiedName partition : model.partitionTree(table)) {
                    // RENAME COLUMN on a partitioned table renames its partitions' column too.
                    model = ModelEdits.renameColumn(model, partition, from.name(), to.name());
                  }
                  renames.add(new Change.RenameColumn(table, from.name(), to.name()));
                  if (serial) {
                    renameOwnedSequence(table.name(), from.name(), table, to.name());
                  }
                }));
  }

  private void indexesAndConstraints() {
    // Renames below replace only the table being visited, so this index stays right for the rest.
    Map<QualifiedName, Table> tables = tablesByName();
    for (Table after : target.tables()) {
      Optional<Table> maybeBefore = Optional.ofNullable(tables.get(after.name()));
      if (maybeBefore.isEmpty()) {
        continue;
      }
      Table before = maybeBefore.get();
      String prefix = after.name().schema() + "." + after.name().name() + ".";
      matchIndexes(after.name(), before.indexes(), after.indexes());
      Map<String, Object> oldConstraints = constraintShapes(before);
      Map<String, Object> newConstraints = constraintShapes(after);
      for (String added : newConstraints.keySet()) {
        if (oldConstraints.containsKey(added)) {
          continue;
        }
        ObjectRef addedRef = new ObjectRef(ObjectKind.CONSTRAINT, prefix + added);
        appeared.add(addedRef);
        Optional<String> from =
            answers
                .renamedFrom(addedRef)
                .map(ObjectRef::name)
                .filter(n -> oldConstraints.containsKey(n) && !newConstraints.containsKey(n));
        if (from.isEmpty() && !answers.isCreated(addedRef)) {
          from =
              oldConstraints.entrySet().stream()
                  .filter(
                      e ->
                          !newConstraints.containsKey(e.getKey())
                              && e.getValue().equals(newConstraints.get(added)))
                  .map(Map.Entry::getKey)
                  .findFirst();
        }
        if (from.isPresent()) {
          model = ModelEdits.renameConstraint(model, after.name(), from.get(), added);
          renames.add(new Change.RenameConstraint(after.name(), from.get(), added));
          oldConstraints.remove(from.get());
          oldConstraints.put(added, newConstraints.get(added));
        }
      }
    }
    Map<QualifiedName, dev.shale.model.View> views =
        model.views().stream()
            .collect(Collectors.toMap(dev.shale.model.View::name, Function.identity()));
    for (dev.shale.model.View after : target.views()) {
      dev.shale.model.View before = views.get(after.name());
      if (before != null && before.materialized() && after.materialized()) {
        matchIndexes(after.name(), before.indexes(), after.indexes());
      }
    }
  }

  /**
   * Pairs each index that appeared, or whose name now holds another definition, with a removed one
   * of the same definition (or the one the user named). A name may pass from one index to another:
   * when an index named by default is renamed, the next one of its columns takes its name ({@code
   * t_a_idx1} becomes {@code t_a_idx}). The renames run in an order where each name is free when
   * taken. A name held by an index that goes anyway (its name now holds another definition) is
   * freed by dropping that index first, when it is not unique (a unique one may carry a foreign
   * key, which the diff rebuilds around a drop it sees); a pair that would take a name nothing
   * frees (or that is part of a cycle) is dropped and created instead.
   */
  private void matchIndexes(QualifiedName owner, List<Index> before, List<Index> after) {
    Map<String, Index> oldIndexes = new LinkedHashMap<>();
    before.forEach(i -> oldIndexes.put(i.name(), i));
    Map<String, Index> newIndexes = new LinkedHashMap<>();
    after.forEach(i -> newIndexes.put(i.name(), i));
    Map<String, Index> changed = new LinkedHashMap<>(oldIndexes);
    changed.values().removeIf(i -> i.equals(newIndexes.get(i.name())));
    Map<String, String> pairs = new LinkedHashMap<>();
    for (Index added : after) {
      if (added.equals(oldIndexes.get(added.name()))) {
        continue;
      }
      ObjectRef addedRef = new ObjectRef(ObjectKind.INDEX, owner.schema() + "." + added.name());
      appeared.add(addedRef);
      Optional<String> from =
          answers
              .renamedFrom(addedRef)
              .map(ObjectRef::name)
              .filter(n -> changed.containsKey(n) && !pairs.containsKey(n));
      if (from.isEmpty() && !answers.isCreated(addedRef)) {
        from =
            changed.values().stream()
                .filter(i -> !pairs.containsKey(i.name()) && sameIndex(i, added))
                .map(Index::name)
                .findFirst();
      }
      from.ifPresent(name -> pairs.put(name, added.name()));
    }
    Set<String> held = new java.util.HashSet<>(oldIndexes.keySet());
    for (String to : List.copyOf(pairs.values())) {
      Index goes = changed.get(to);
      if (goes != null && !pairs.containsKey(to) && !goes.unique()) {
        model = ModelEdits.dropIndex(model, owner, to);
        drops.add(new Change.DropIndex(owner, to, goes));
        held.remove(to);
      }
    }
    boolean renamed = true;
    while (renamed) {
      renamed = false;
      for (var pair : pairs.entrySet()) {
        if (!held.contains(pair.getValue())) {
          String from = pair.getKey();
          String to = pair.getValue();
          model = ModelEdits.renameIndex(model, owner, from, to);
          renames.add(new Change.RenameIndex(owner, from, to));
          held.remove(from);
          held.add(to);
          pairs.remove(from);
          renamed = true;
          break;
        }
      }
    }
  }

  private Map<QualifiedName, Table> tablesByName() {
    return model.tables().stream().collect(Collectors.toMap(Table::name, Function.identity()));
  }

  private static boolean sameIndex(Index a, Index b) {
    return a.unique() == b.unique()
        && a.nullsNotDistinct() == b.nullsNotDistinct()
        && Objects.equals(a.method(), b.method())
        && a.elements().equals(b.elements())
        && a.include().equals(b.include())
        && Objects.equals(a.where(), b.where());
  }

  /** Each constraint's definition without its name, so that renamed-only ones compare equal. */
  private static Map<String, Object> constraintShapes(Table t) {
    Map<String, Object> shapes = new LinkedHashMap<>();
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      shapes.put(pk.name(), List.of("pk", pk.columns()));
    }
    for (UniqueConstraint u : t.uniques()) {
      shapes.put(u.name(), List.of("unique", u.columns(), u.nullsNotDistinct()));
    }
    for (CheckConstraint c : t.checks()) {
      shapes.put(c.name(), List.of("check", c.expression()));
    }
    for (dev.shale.model.ExclusionConstraint x : t.exclusions()) {
      shapes.put(x.name(), List.of("exclude", x.withName("")));
    }
    for (ForeignKey fk : t.foreignKeys()) {
      shapes.put(
          fk.name(),
          List.of(
              "fk",
              fk.columns(),
              fk.targetTable(),
              fk.targetColumns(),
              fk.onDelete(),
              fk.onUpdate(),
              fk.deferral()));
    }
    return shapes;
  }

  /**
   * Pairs each added object with the removed one the user said it was renamed from. Explicit
   * answers naming an object that did not disappear are refused; unanswered ambiguities become
   * questions.
   */
  private Map<ObjectRef, ObjectRef> decide(
      ObjectKind kind,
      List<ObjectRef> before,
      List<ObjectRef> after,
      List<RenameQuestion> questions) {
    // Through hash sets: a list's removeAll compares every pair (a million for 1,000 tables).
    List<ObjectRef> removed = new ArrayList<>(before);
    removed.removeAll(new HashSet<>(after));
    List<ObjectRef> added = new ArrayList<>(after);
    added.removeAll(new HashSet<>(before));
    appeared.addAll(added);
    Map<ObjectRef, ObjectRef> pairs = new LinkedHashMap<>();
    for (ObjectRef each : added) {
      Optional<ObjectRef> from = answers.renamedFrom(each).map(this::afterSchemaRenames);
      if (from.isPresent()) {
        if (!removed.contains(from.get())) {
          throw new IllegalArgumentException(
              "--rename "
                  + kind.flagName()
                  + ":"
                  + from.get().display()
                  + "="
                  + each.display()
                  + ": "
                  + from.get().display()
                  + " is not a "
                  + kind.flagName()
                  + " that the new schema removes");
        }
        pairs.put(from.get(), each);
        removed.remove(from.get());
      }
    }
    for (ObjectRef each : added) {
      if (pairs.containsValue(each) || answers.isCreated(each) || removed.isEmpty()) {
        continue;
      }
      questions.add(new RenameQuestion(each, candidatesFor(kind, each, removed)));
    }
    questions.removeIf(q -> q.candidates().isEmpty());
    return pairs;
  }

  /** Every answer must name, as new, something the new schema has: a typo is caught at once. */
  private void refuseAnswersForMissingObjects() {
    java.util.Set<ObjectRef> existing = new java.util.HashSet<>();
    target.schemas().forEach(x -> existing.add(ObjectRef.of(ObjectKind.SCHEMA, x)));
    target.enums().forEach(e -> existing.add(new ObjectRef(ObjectKind.ENUM, e.name().toString())));
    target
        .enums()
        .forEach(
            e ->
                e.values()
                    .forEach(
                        v ->
                            existing.add(
                                new ObjectRef(ObjectKind.ENUM_VALUE, e.name() + "." + v))));
    target
        .sequences()
        .forEach(q -> existing.add(new ObjectRef(ObjectKind.SEQUENCE, q.name().toString())));
    for (var v : target.views()) {
      existing.add(new ObjectRef(ObjectKind.VIEW, v.name().toString()));
      v.indexes()
          .forEach(
              i ->
                  existing.add(
                      new ObjectRef(ObjectKind.INDEX, v.name().schema() + "." + i.name())));
    }
    target
        .domains()
        .forEach(d -> existing.add(new ObjectRef(ObjectKind.DOMAIN, d.name().toString())));
    for (var c : target.composites()) {
      existing.add(new ObjectRef(ObjectKind.TYPE, c.name().toString()));
      c.fields()
          .forEach(f -> existing.add(new ObjectRef(ObjectKind.FIELD, c.name() + "." + f.name())));
    }
    for (Table t : target.tables()) {
      String table = t.name().toString();
      existing.add(new ObjectRef(ObjectKind.TABLE, table));
      t.columns()
          .forEach(c -> existing.add(new ObjectRef(ObjectKind.COLUMN, table + "." + c.name())));
      t.indexes()
          .forEach(
              i ->
                  existing.add(
                      new ObjectRef(ObjectKind.INDEX, t.name().schema() + "." + i.name())));
      constraintShapes(t)
          .keySet()
          .forEach(n -> existing.add(new ObjectRef(ObjectKind.CONSTRAINT, table + "." + n)));
    }
    List<String> missing = new ArrayList<>();
    answers.renames().values().stream()
        .filter(to -> !existing.contains(to))
        .forEach(
            to ->
                missing.add(
                    "--rename …="
                        + to.display()
                        + ": the new schema has no "
                        + to.kind().flagName()
                        + " "
                        + to.display()));
    answers.creates().stream()
        .filter(c -> !existing.contains(c))
        .forEach(
            c ->
                missing.add(
                    "--create "
                        + c.kind().flagName()
                        + ":"
                        + c.display()
                        + ": the new schema has no "
                        + c.kind().flagName()
                        + " "
                        + c.display()));
    if (!missing.isEmpty()) {
      missing.sort(null);
      throw new IllegalArgumentException(
          "these answers name objects the new schema does not have:\n  "
              + String.join("\n  ", missing));
    }
  }

  /** An answer that names nothing that appeared is a mistake the user should hear about. */
  private void refuseUnusedAnswers() {
    List<String> unused = new ArrayList<>();
    answers
        .renames()
        .forEach(
            (from, to) -> {
              if (!appeared.contains(to)) {
                unused.add(
                    "--rename "
                        + to.kind().flagName()
                        + ":"
                        + from.display()
                        + "="
                        + to.display()
                        + ": no new "
                        + to.kind().flagName()
                        + " "
                        + to.display());
              }
            });
    for (ObjectRef created : answers.creates()) {
      if (!appeared.contains(created)) {
        unused.add(
            "--create "
                + created.kind().flagName()
                + ":"
                + created.display()
                + ": no new "
                + created.kind().flagName()
                + " "
                + created.display());
      }
    }
    if (!unused.isEmpty()) {
      unused.sort(null);
      throw new IllegalArgumentException(
          "these answers match nothing in this change (check the names; the new schema decides what is new):\n  "
              + String.join("\n  ", unused));
    }
  }

  /**
   * Follows a rename with the rename of the sequence a serial or identity column owns, as a fresh
   * create would name it.
   */
  private void renameOwnedSequence(
      String oldTable, String oldColumn, QualifiedName table, String column) {
    String before = PgNames.makeObjectName(oldTable, oldColumn, "seq");
    String after = PgNames.makeObjectName(table.name(), column, "seq");
    if (!before.equals(after)) {
      renames.add(
          new Change.RenameOwnedSequence(
              new QualifiedName(table.schema(), before), new QualifiedName(table.schema(), after)));
    }
  }

  /** {@code ref} with its schema renamed, if a schema rename of this diff applies to it. */
  private ObjectRef afterSchemaRenames(ObjectRef ref) {
    if (ref.kind() == ObjectKind.SCHEMA) {
      return ref;
    }
    int dot = ref.key().indexOf('.');
    String schema = ref.key().substring(0, dot);
    String renamed = schemaRenames.get(schema);
    return renamed == null ? ref : new ObjectRef(ref.kind(), renamed + ref.key().substring(dot));
  }

  /** Columns are only renamed within their table; other kinds anywhere. */
  private static List<ObjectRef> candidatesFor(
      ObjectKind kind, ObjectRef added, List<ObjectRef> removed) {
    if (kind != ObjectKind.COLUMN && kind != ObjectKind.ENUM_VALUE && kind != ObjectKind.FIELD) {
      return List.copyOf(removed);
    }
    String owner = added.key().substring(0, added.key().length() - added.name().length());
    return removed.stream().filter(r -> r.key().startsWith(owner)).toList();
  }

  private static void ask(List<RenameQuestion> questions) {
    if (!questions.isEmpty()) {
      throw new DecisionsNeededException(questions);
    }
  }

  private static QualifiedName name(ObjectRef ref) {
    return QualifiedName.parse(ref.key(), "public");
  }

  private static <T> List<ObjectRef> refs(
      ObjectKind kind, List<T> items, Function<T, QualifiedName> name) {
    return items.stream().map(i -> new ObjectRef(kind, name.apply(i).toString())).toList();
  }
}
