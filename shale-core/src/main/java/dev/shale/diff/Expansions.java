package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnReplacement;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.QualifiedName;
import dev.shale.model.Routine;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.Trigger;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The schema a declared one stands for while columns are replaced by expand and contract ({@code
 * replaces(…)}): the old column kept beside the new one, the trigger and function that keep them in
 * step, and the new column's indexes and constraints as copies beside the old column's. The
 * declared schema says where things end; this is what the database holds until the contract, and
 * what every comparison with a snapshot or a database uses.
 */
public final class Expansions {
  private Expansions() {}

  /** Appended to the name of an index or constraint copied while the old one still exists. */
  static final String COPY_SUFFIX = "_new";

  /**
   * The schema that {@code declared} stands for when the schema before it is {@code from}. A {@code
   * replaces(…)} whose old column exists in {@code from} (or whose pair {@code from} already holds)
   * expands; one on a new table, or one already contracted, is a plain column.
   *
   * @throws InvalidSchemaException when a replacement cannot apply (its old column is missing, or
   *     it is a kind of column the procedure does not handle)
   */
  public static SchemaModel target(SchemaModel from, SchemaModel declared) {
    if (declared.tables().stream()
        .flatMap(t -> t.columns().stream())
        .noneMatch(c -> c.replaces() != null)) {
      return declared;
    }
    List<String> problems = new ArrayList<>();
    SchemaModel model = declared;
    List<Routine> functions = new ArrayList<>();
    List<Replaced> expandedColumns = new ArrayList<>();
    for (Table table : declared.tables()) {
      Set<String> replacedOnce = new HashSet<>();
      for (Column column : table.columns()) {
        if (column.replaces() == null) {
          continue;
        }
        if (!replacedOnce.add(column.replaces().column())) {
          problems.add(
              table.name()
                  + "."
                  + column.name()
                  + " replaces \""
                  + column.replaces().column()
                  + "\", which another column of the table replaces too: one column can take an"
                  + " old one's place; declare the other as a plain column");
          continue;
        }
        Optional<Table> before = from.table(table.name());
        if (before.isEmpty()) {
          continue; // a new table: nothing runs against it yet
        }
        String problem = refusal(from, declared, before.get(), table, column);
        if (problem != null) {
          problems.add(problem);
          continue;
        }
        if (done(before.get(), table, column)) {
          continue;
        }
        Expanded expanded = expand(model, from, before.get(), column);
        model = expanded.model();
        functions.add(expanded.function());
        expandedColumns.add(new Replaced(before.get(), column));
      }
    }
    for (Replaced done : expandedColumns) {
      // Once every pair is in place: what an old column keeps must exist in the schema.
      Table before = done.before();
      Column column = done.column();
      String old = column.replaces().column();
      String stale =
          staleOldColumn(
              from,
              model,
              before,
              model.table(before.name()).orElseThrow(),
              before.column(old).orElseThrow());
      if (stale != null) {
        problems.add(
            before.name()
                + "."
                + column.name()
                + " replaces \""
                + old
                + "\", which keeps its "
                + stale
                + " until the contract: make that change in a generate of its own, before or"
                + " after this one");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSchemaException(problems);
    }
    List<Routine> routines = new ArrayList<>(model.routines());
    routines.addAll(functions);
    return withoutReplaces(model.withRoutines(routines));
  }

  /**
   * Whether {@code column} already took its old column's place: the old column is gone and the new
   * one exists (a rename), or the old column has the new type (a type change), with no pair left.
   */
  private static boolean done(Table before, Table declared, Column column) {
    String old = column.replaces().column();
    if (pair(before, old) != null) {
      return false;
    }
    Optional<Column> was = before.column(old);
    if (old.equals(column.name())) {
      return was.isPresent()
          && was.get().type().equals(column.type())
          && java.util.Objects.equals(was.get().collation(), column.collation())
          && column.replaces().using() == null;
    }
    return was.isEmpty() && before.column(column.name()).isPresent();
  }

  /** Why {@code column} of {@code declared} cannot replace its old column, or null. */
  private static String refusal(
      SchemaModel from, SchemaModel declaredModel, Table before, Table declared, Column column) {
    String old = column.replaces().column();
    String where = declared.name() + "." + column.name() + " replaces \"" + old + "\"";
    ColumnPair existing = pair(before, old);
    if (existing != null && !existing.finalName().equals(column.name())) {
      return where
          + ", which is already being replaced by "
          + existing.replacement()
          + ": contract that pair first (remove its replaces(…) and generate)";
    }
    if (existing != null) {
      Optional<Column> kept = before.column(old);
      if (kept.isPresent()
          && !existing
              .value()
              .equals(SyncTrigger.backfill(old, kept.get(), column, column.replaces()))) {
        return where
            + ", which is expanded already with another conversion ("
            + existing.value()
            + "): the rows filled so far keep it, so it cannot change while the pair exists;"
            + " remove replaces(…) and generate to abandon the expand, then declare the new"
            + " conversion and generate again";
      }
      for (Column c : before.columns()) {
        String name = c.name();
        boolean stays =
            declared.column(name).isPresent()
                || declared.columns().stream()
                    .anyMatch(d -> d.replaces() != null && d.replaces().column().equals(name));
        if (!name.equals(old)
            && !name.equals(existing.replacement())
            && !stays
            && ViewDependencies.mentionsColumn(existing.value(), name)) {
          return where
              + ", whose conversion reads "
              + name
              + ", which this schema drops or renames: the trigger would fail every write;"
              + " contract (or abandon) the pair first, or keep "
              + name;
        }
      }
      return null;
    }
    Optional<Column> was = before.column(old);
    if (was.isEmpty()) {
      if (!old.equals(column.name()) && before.column(column.name()).isPresent()) {
        return null; // contracted already
      }
      return where
          + ", which the table does not have (it has "
          + String.join(", ", before.columns().stream().map(Column::name).toList())
          + "): fix the name, or remove replaces(…) to add a plain column";
    }
    if (!old.equals(column.name())) {
      if (declared.column(old).isPresent()) {
        return where
            + " but also declares \""
            + old
            + "\": a replaced column goes at the contract, so declare only the new one";
      }
      if (before.column(column.name()).isPresent()) {
        return where
            + ", but the table has a column \""
            + column.name()
            + "\" already: rename or drop that one first";
      }
    }
    if (before.isPartitioned() || before.isPartition()) {
      return where
          + ", but the table is partitioned or a partition: replaces(…) does not handle those yet;"
          + " remove it for a direct change";
    }
    Column o = was.get();
    if (o.identity() != null || o.generatedExpression() != null || o.type().isSerial()) {
      return where
          + ", which is "
          + (o.identity() != null ? "an identity" : o.type().isSerial() ? "serial" : "generated")
          + ": replaces(…) copies values written by running code, which such a column computes"
          + " itself; remove replaces(…) for a direct change";
    }
    for (Column other : before.columns()) {
      if (other.generatedExpression() != null
          && ViewDependencies.mentionsColumn(other.generatedExpression(), old)) {
        return where
            + ", which generated column "
            + other.name()
            + " reads: it would be dropped and added again (a rewrite) to read the new column;"
            + " remove replaces(…) for a direct change";
      }
    }
    for (ExclusionConstraint exclusion : before.exclusions()) {
      if (mentions(exclusion, old)) {
        return where
            + ", which exclusion constraint "
            + exclusion.name()
            + " uses: its copy could only be added under a long ACCESS EXCLUSIVE lock (exclusion"
            + " constraints have no NOT VALID); remove replaces(…) for a direct change";
      }
    }
    boolean oldKeyed = before.primaryKey() != null && before.primaryKey().columns().contains(old);
    boolean newKeyed =
        declared.primaryKey() != null && declared.primaryKey().columns().contains(column.name());
    if (oldKeyed || newKeyed) {
      return where
          + ", and the primary key uses "
          + (oldKeyed ? "the old column" : "the new one")
          + ": replacing a primary key column is not supported yet; remove replaces(…) for a"
          + " direct change";
    }
    for (Table other : from.tables()) {
      for (ForeignKey fk : other.foreignKeys()) {
        if (fk.targetTable().equals(before.name()) && fk.targetColumns().contains(old)) {
          return where
              + ", which foreign key "
              + fk.name()
              + " of "
              + other.name()
              + " references: replacing a referenced column is not supported yet; remove"
              + " replaces(…) for a direct change";
        }
      }
    }
    Optional<dev.shale.model.Domain> domain =
        column.type().isUserDefined()
            ? declaredModel.domain(column.type().userType())
            : Optional.empty();
    if (domain.isPresent()
        && (domain.get().notNull() || domain.get().defaultExpression() != null)) {
      return where
          + ", but its type, domain "
          + domain.get().name()
          + ", "
          + (domain.get().notNull() ? "is NOT NULL" : "has a default")
          + ": the new column must start empty on every row, and the trigger tells old code's"
          + " writes by a new column left NULL; replaces(…) does not handle such a domain yet,"
          + " remove it for a direct change";
    }
    String reads = readsWhatChanges(before, declared, column);
    if (reads != null) {
      return where + reads;
    }
    for (dev.shale.model.View view : from.views()) {
      if ((ViewDependencies.mentionsColumn(view.query(), old) || view.query().contains("*"))
          && ViewDependencies.mentionsColumn(view.query(), before.name().name())) {
        return where
            + ", which view "
            + view.name()
            + " may read: the contract could not drop the column under it; first change the"
            + " view so that it no longer reads the column (or drop it) in a generate of its own,"
            + " or remove replaces(…) for a direct change";
      }
    }
    return null;
  }

  /**
   * What is wrong with the columns that a replacement's using or reverse expression reads besides
   * its old column, or null: another pair's column (the triggers run in name order and one pair's
   * contract would leave the other's trigger naming a dropped column), a column this schema drops
   * or renames, or any other column without a reverse (new code's writes would be copied into the
   * old column unchanged, and computed again from it).
   */
  private static String readsWhatChanges(Table before, Table declared, Column column) {
    ColumnReplacement how = column.replaces();
    if (how.using() == null) {
      return null;
    }
    String old = how.column();
    Set<String> names = new java.util.LinkedHashSet<>();
    before.columns().forEach(c -> names.add(c.name()));
    declared.columns().forEach(c -> names.add(c.name()));
    Set<String> paired = new HashSet<>();
    for (Column d : declared.columns()) {
      if (d.replaces() != null && d != column) {
        paired.add(d.name());
        paired.add(d.replaces().column());
      }
    }
    for (String name : names) {
      if (name.equals(old) || name.equals(column.name())) {
        continue;
      }
      boolean read =
          ViewDependencies.mentionsColumn(how.using(), name)
              || how.reverse() != null && ViewDependencies.mentionsColumn(how.reverse(), name);
      if (!read) {
        continue;
      }
      if (paired.contains(name)) {
        return ", and its conversion reads "
            + name
            + ", which another replaces(…) changes: expand and contract one of them first";
      }
      if (before.column(name).isPresent() && declared.column(name).isEmpty()) {
        return ", and its conversion reads "
            + name
            + ", which this schema drops or renames: the trigger would fail every write";
      }
      if (how.reverse() == null) {
        return ", and its using expression reads "
            + name
            + " as well: give the reverse too (replaces(old, using, reverse): how old code's"
            + " column is computed from the new one), or new code's writes would be copied into "
            + old
            + " unchanged";
      }
    }
    return null;
  }

  private record Expanded(SchemaModel model, Routine function) {}

  /** A declared column that expanded beside its old column of {@code before}. */
  private record Replaced(Table before, Column column) {}

  /** {@code model} with {@code column} expanded beside its old column of {@code before}. */
  private static Expanded expand(SchemaModel model, SchemaModel from, Table before, Column column) {
    ColumnReplacement how = column.replaces();
    String old = how.column();
    ColumnPair existing = pair(before, old);
    String replacement =
        existing != null
            ? existing.replacement()
            : old.equals(column.name()) ? newColumnName(before, column.name()) : column.name();
    QualifiedName name = before.name();
    if (!replacement.equals(column.name())) {
      model = ModelEdits.renameColumn(model, name, column.name(), replacement);
    }
    Table table = model.table(name).orElseThrow();
    Set<String> taken = names(before);
    // The new column's indexes and constraints, under another name where the old column's has it.
    for (String copy : objectNames(table, replacement)) {
      if (taken.contains(copy) && !mentions(before, copy, replacement)) {
        String renamed = copyName(copy);
        model =
            isIndex(table, copy)
                ? ModelEdits.renameIndex(model, name, copy, renamed)
                : ModelEdits.renameConstraint(model, name, copy, renamed);
      }
    }
    table = model.table(name).orElseThrow();
    Column o = before.column(old).orElseThrow();
    Column n =
        table.column(replacement).orElseThrow().withDefaultExpression(null).withReplaces(null);
    List<Column> columns = new ArrayList<>();
    for (Column c : table.columns()) {
      if (c.name().equals(replacement)) {
        columns.add(o);
        columns.add(n);
      } else {
        columns.add(c);
      }
    }
    ColumnPair pair =
        new ColumnPair(
            name,
            old,
            replacement,
            column.name(),
            SyncTrigger.triggerName(replacement),
            SyncTrigger.functionName(name, replacement),
            SyncTrigger.backfill(old, before.column(old).orElseThrow(), column, how));
    Table kept = withOldObjects(table.withColumns(columns), before, old);
    List<Trigger> triggers = new ArrayList<>(kept.triggers());
    triggers.add(SyncTrigger.trigger(pair));
    kept = kept.withTriggers(triggers);
    Set<QualifiedName> enums =
        model.enums().stream().map(e -> e.name()).collect(java.util.stream.Collectors.toSet());
    Routine function =
        SyncTrigger.function(
            pair, o, n, how, columns, type -> SyncTrigger.hasEquality(type, enums));
    Table done = kept;
    return new Expanded(
        model.withTables(
            model.tables().stream().map(t -> t.name().equals(name) ? done : t).toList()),
        function);
  }

  /**
   * What of the old column, kept as {@code before} has it, the declared schema no longer has: a
   * column its indexes or constraints read, its type, the sequence or enum label of its default.
   * Null when nothing.
   */
  private static String staleOldColumn(
      SchemaModel from, SchemaModel declared, Table before, Table kept, Column old) {
    for (Column gone : before.columns()) {
      if (kept.column(gone.name()).isPresent()) {
        continue;
      }
      for (Index index : kept.indexes()) {
        if (before.indexes().contains(index) && mentions(index, gone.name())) {
          return "index " + index.name() + ", which also reads " + gone.name() + " (changed here)";
        }
      }
      for (UniqueConstraint unique : kept.uniques()) {
        if (before.uniques().contains(unique) && unique.columns().contains(gone.name())) {
          return "unique constraint "
              + unique.name()
              + ", which also reads "
              + gone.name()
              + " (changed here)";
        }
      }
      for (CheckConstraint check : kept.checks()) {
        if (before.checks().contains(check)
            && ViewDependencies.mentionsColumn(check.expression(), gone.name())) {
          return "check " + check.name() + ", which also reads " + gone.name() + " (changed here)";
        }
      }
      for (ForeignKey fk : kept.foreignKeys()) {
        if (before.foreignKeys().contains(fk) && fk.columns().contains(gone.name())) {
          return "foreign key "
              + fk.name()
              + ", which also reads "
              + gone.name()
              + " (changed here)";
        }
      }
    }
    if (old.type().isUserDefined()
        && (from.enumType(old.type().userType()).isPresent()
            || from.domain(old.type().userType()).isPresent()
            || from.composite(old.type().userType()).isPresent())
        && declared.enumType(old.type().userType()).isEmpty()
        && declared.domain(old.type().userType()).isEmpty()
        && declared.composite(old.type().userType()).isEmpty()) {
      return "type " + old.type().userType() + " (changed here)";
    }
    String def = old.defaultExpression();
    if (def == null) {
      return null;
    }
    java.util.regex.Matcher sequence = NEXTVAL.matcher(def);
    while (sequence.find()) {
      String text = sequence.group(1).replace("''", "'");
      String schema = before.name().schema();
      String seq = text;
      int dot = text.indexOf('.');
      if (dot > 0 && !text.startsWith("\"")) {
        schema = text.substring(0, dot);
        seq = text.substring(dot + 1);
      }
      QualifiedName wanted = new QualifiedName(schema, seq.replace("\"", ""));
      if (from.sequences().stream().anyMatch(q -> q.name().equals(wanted))
          && declared.sequences().stream().noneMatch(q -> q.name().equals(wanted))) {
        return "default's sequence " + wanted + " (changed here)";
      }
    }
    java.util.regex.Matcher label = LABEL.matcher(def);
    if (old.type().isUserDefined() && label.matches()) {
      String value = label.group(1).replace("''", "'");
      Optional<dev.shale.model.EnumType> type = declared.enumType(old.type().userType());
      if (type.isPresent() && !type.get().values().contains(value)) {
        return "default '" + value + "', a label of " + type.get().name() + " (changed here)";
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern NEXTVAL =
      java.util.regex.Pattern.compile("nextval\\('((?:[^']|'')*)'");

  private static final java.util.regex.Pattern LABEL =
      java.util.regex.Pattern.compile("'((?:[^']|'')*)'::.*");

  /** {@code table} with the old column's indexes and constraints of {@code before} added. */
  private static Table withOldObjects(Table table, Table before, String old) {
    Set<String> present = names(table);
    List<String> clashes = new ArrayList<>();
    Function<String, Boolean> keep =
        objectName -> {
          if (present.contains(objectName)) {
            clashes.add(objectName);
            return false;
          }
          return true;
        };
    List<Index> indexes = new ArrayList<>(table.indexes());
    before.indexes().stream()
        .filter(i -> mentions(i, old) && !table.indexes().contains(i) && keep.apply(i.name()))
        .forEach(indexes::add);
    List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
    before.uniques().stream()
        .filter(
            u -> u.columns().contains(old) && !table.uniques().contains(u) && keep.apply(u.name()))
        .forEach(uniques::add);
    List<CheckConstraint> checks = new ArrayList<>(table.checks());
    before.checks().stream()
        .filter(
            c ->
                ViewDependencies.mentionsColumn(c.expression(), old)
                    && !table.checks().contains(c)
                    && keep.apply(c.name()))
        .forEach(checks::add);
    List<ForeignKey> fks = new ArrayList<>(table.foreignKeys());
    before.foreignKeys().stream()
        .filter(
            f ->
                f.columns().contains(old)
                    && !table.foreignKeys().contains(f)
                    && keep.apply(f.name()))
        .forEach(fks::add);
    List<ExclusionConstraint> exclusions = new ArrayList<>(table.exclusions());
    before.exclusions().stream()
        .filter(x -> mentions(x, old) && !table.exclusions().contains(x) && keep.apply(x.name()))
        .forEach(exclusions::add);
    if (!clashes.isEmpty()) {
      throw new InvalidSchemaException(
          List.of(
              table.name()
                  + ": "
                  + String.join(", ", clashes)
                  + " of the old column "
                  + old
                  + " keep their names until the contract, so the schema cannot give those names"
                  + " to other indexes or constraints yet"));
    }
    return table
        .withIndexes(sorted(indexes, Index::name))
        .withUniques(sorted(uniques, UniqueConstraint::name))
        .withChecks(sorted(checks, CheckConstraint::name))
        .withForeignKeys(sorted(fks, ForeignKey::name))
        .withExclusions(exclusions);
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(name));
    return copy;
  }

  /** The pair of {@code before} that replaces {@code old}, or null. */
  static ColumnPair pair(Table before, String old) {
    for (Trigger trigger : before.triggers()) {
      ColumnPair pair = ColumnPair.of(before.name(), trigger);
      if (pair != null && pair.old().equals(old)) {
        return pair;
      }
    }
    return null;
  }

  /** The name of a new column that takes its old column's name at the contract. */
  private static String newColumnName(Table before, String name) {
    String candidate = copyName(name);
    if (before.column(candidate).isPresent()) {
      throw new InvalidSchemaException(
          List.of(
              before.name()
                  + "."
                  + name
                  + " replaces itself with another type, which needs a temporary column "
                  + candidate
                  + ", but the table has one by that name already"));
    }
    return candidate;
  }

  /** The name of a copy of the index or constraint {@code name}, while the original exists. */
  static String copyName(String name) {
    // A name at PostgreSQL's 63-byte limit loses its end, not the suffix, which tells it apart.
    String base = name;
    while (!SyncTrigger.clip(base + COPY_SUFFIX).equals(base + COPY_SUFFIX)) {
      base = base.substring(0, base.length() - 1);
    }
    return base + COPY_SUFFIX;
  }

  /** Every index and constraint name of a table. */
  static Set<String> names(Table table) {
    Set<String> names = new HashSet<>();
    table.indexes().forEach(i -> names.add(i.name()));
    table.uniques().forEach(u -> names.add(u.name()));
    table.checks().forEach(c -> names.add(c.name()));
    table.foreignKeys().forEach(f -> names.add(f.name()));
    table.exclusions().forEach(x -> names.add(x.name()));
    if (table.primaryKey() != null) {
      names.add(table.primaryKey().name());
    }
    return names;
  }

  /** The names of the indexes and constraints of {@code table} that use {@code column}. */
  static List<String> objectNames(Table table, String column) {
    List<String> names = new ArrayList<>();
    table.indexes().stream().filter(i -> mentions(i, column)).forEach(i -> names.add(i.name()));
    table.uniques().stream()
        .filter(u -> u.columns().contains(column))
        .forEach(u -> names.add(u.name()));
    table.checks().stream()
        .filter(c -> ViewDependencies.mentionsColumn(c.expression(), column))
        .forEach(c -> names.add(c.name()));
    table.foreignKeys().stream()
        .filter(f -> f.columns().contains(column))
        .forEach(f -> names.add(f.name()));
    table.exclusions().stream().filter(x -> mentions(x, column)).forEach(x -> names.add(x.name()));
    return names;
  }

  /** Whether the index or constraint {@code name} of {@code table} uses {@code column}. */
  private static boolean mentions(Table table, String name, String column) {
    return objectNames(table, column).contains(name);
  }

  private static boolean isIndex(Table table, String name) {
    return table.indexes().stream().anyMatch(i -> i.name().equals(name));
  }

  static boolean mentions(Index index, String column) {
    return mentions(index.elements(), column)
        || index.include().contains(column)
        || index.where() != null && ViewDependencies.mentionsColumn(index.where(), column);
  }

  static boolean mentions(ExclusionConstraint exclusion, String column) {
    return mentions(exclusion.elements(), column)
        || exclusion.where() != null && ViewDependencies.mentionsColumn(exclusion.where(), column);
  }

  private static boolean mentions(List<IndexElement> elements, String column) {
    return elements.stream()
        .anyMatch(
            e ->
                column.equals(e.column())
                    || e.expression() != null
                        && ViewDependencies.mentionsColumn(e.expression(), column));
  }

  /** {@code model} with every declared {@code replaces(…)} left out. */
  private static SchemaModel withoutReplaces(SchemaModel model) {
    return model.withTables(
        model.tables().stream()
            .map(
                t ->
                    t.columns().stream().anyMatch(c -> c.replaces() != null)
                        ? t.withColumns(
                            t.columns().stream().map(c -> c.withReplaces(null)).toList())
                        : t)
            .toList());
  }
}
