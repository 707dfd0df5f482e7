package dev.shale.sql;

import dev.shale.diff.Change;
import dev.shale.model.EnumType;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes → the migrations that apply them: one step per {@link Stage} that has statements, each
 * with the schema as it stands after it (for its snapshot), so that a chain of several files needs
 * nothing new from the snapshot chain or from {@code migrate}.
 */
public final class MigrationPlanner {
  private MigrationPlanner() {}

  /** One migration of a plan: its stage, statements and the schema after it. */
  public record Step(Stage stage, List<Statement> statements, SchemaModel after) {
    public Step {
      statements = List.copyOf(statements);
    }

    public boolean transactional() {
      return stage.transactional();
    }
  }

  /** The steps that take {@code from} to {@code to} through {@code changes}, in order. */
  public static List<Step> plan(
      SchemaModel from, SchemaModel to, List<Change> changes, PlanOptions options) {
    StatementPlanner.Planned planned =
        StatementPlanner.planned(
            changes, options, from, relationNames(from, to), constraintNames(from, to));
    Map<Stage, List<Statement>> byStage = new EnumMap<>(Stage.class);
    for (Statement statement : planned.statements()) {
      byStage.computeIfAbsent(statement.stage(), s -> new ArrayList<>()).add(statement);
    }
    List<Step> steps = new ArrayList<>();
    for (Map.Entry<Stage, List<Statement>> entry : byStage.entrySet()) {
      Stage stage = entry.getKey();
      SchemaModel after =
          stage == Stage.ENUM_VALUES
              ? withEnumValues(from, planned)
              : undoAfter(to, stage, planned.deferrals());
      steps.add(new Step(stage, ordered(stage, entry.getValue()), after));
    }
    return List.copyOf(steps);
  }

  /**
   * A step's statements in the order that keeps the tables safe while it runs.
   *
   * <p>In the concurrent step, builds come before drops (and the renames that finish swaps after
   * both), so that a table is never without an index or key it had, nor a unique guarantee between
   * the drop of one index and the build of its replacement; a drop that frees a name which a build
   * needs runs in the main migration, so no build waits for a drop here.
   *
   * <p>In a validating step, the scans that take no lock stronger than SHARE UPDATE EXCLUSIVE (the
   * VALIDATEs, which let reads and writes go on) come first, the rest in the plan's order: a
   * transaction keeps every lock until it commits, so a SET NOT NULL or a key attached before a
   * scan would hold its ACCESS EXCLUSIVE lock for the whole scan. Nothing weak depends on a strong
   * statement of its own step: what a VALIDATE checks was added in an earlier step.
   */
  private static List<Statement> ordered(Stage stage, List<Statement> statements) {
    Comparator<Statement> order =
        switch (stage) {
          case INDEXES ->
              Comparator.comparingInt(
                  s -> s.sql().startsWith("CREATE") ? 0 : s.sql().startsWith("DROP") ? 1 : 2);
          case VALIDATE, LATE_VALIDATE ->
              Comparator.comparingInt(
                  s ->
                      s.risk().scan()
                              && s.risk().locks().stream()
                                  .allMatch(
                                      l -> l.mode().compareTo(LockMode.SHARE_UPDATE_EXCLUSIVE) <= 0)
                          ? 0
                          : 1);
          case ENUM_VALUES, MAIN, BACKFILL -> null;
        };
    if (order == null) {
      return statements;
    }
    List<Statement> sorted = new ArrayList<>(statements);
    sorted.sort(order); // stable: the plan's order within each group
    return sorted;
  }

  /** The target with every part that a later stage completes undone, latest first. */
  private static SchemaModel undoAfter(SchemaModel to, Stage stage, List<Deferral> deferrals) {
    List<Deferral> pending =
        new ArrayList<>(
            deferrals.stream().filter(d -> d.completes().compareTo(stage) > 0).toList());
    java.util.Collections.reverse(pending);
    pending.sort(Comparator.comparing(Deferral::completes).reversed());
    SchemaModel model = to;
    for (Deferral deferral : pending) {
      model = deferral.undo(model);
    }
    return model;
  }

  /** The old schema with the enum values of the first step added, in their declared order. */
  private static SchemaModel withEnumValues(SchemaModel from, StatementPlanner.Planned planned) {
    List<EnumType> enums = new ArrayList<>(from.enums());
    for (Statement statement : planned.statements()) {
      if (statement.stage() == Stage.ENUM_VALUES
          && statement.change() instanceof Change.RenameEnumValue rename) {
        QualifiedName name = planned.context().enumNameBefore(rename.type());
        for (int i = 0; i < enums.size(); i++) {
          EnumType type = enums.get(i);
          if (type.name().equals(name)) {
            enums.set(
                i,
                new EnumType(
                    name,
                    type.values().stream()
                        .map(v -> v.equals(rename.from()) ? rename.to() : v)
                        .toList()));
          }
        }
      }
      if (statement.stage() == Stage.ENUM_VALUES
          && statement.change() instanceof Change.AddEnumValue add) {
        QualifiedName name = planned.context().enumNameBefore(add.type());
        for (int i = 0; i < enums.size(); i++) {
          EnumType type = enums.get(i);
          if (type.name().equals(name)) {
            List<String> values = new ArrayList<>(type.values());
            int at =
                add.after() != null
                    ? values.indexOf(add.after()) + 1
                    : add.before() != null ? values.indexOf(add.before()) : values.size();
            values.add(at, add.value());
            enums.set(i, new EnumType(type.name(), values));
          }
        }
      }
    }
    return from.withEnums(enums);
  }

  /** The constraint names of every table of both schemas, by table name. */
  private static Map<QualifiedName, Set<String>> constraintNames(SchemaModel from, SchemaModel to) {
    Map<QualifiedName, Set<String>> names = new java.util.HashMap<>();
    for (SchemaModel model : List.of(from, to)) {
      for (Table table : model.tables()) {
        Set<String> taken = names.computeIfAbsent(table.name(), t -> new HashSet<>());
        if (table.primaryKey() != null) {
          taken.add(table.primaryKey().name());
        }
        table.uniques().forEach(u -> taken.add(u.name()));
        table.checks().forEach(c -> taken.add(c.name()));
        table.foreignKeys().forEach(f -> taken.add(f.name()));
      }
    }
    return names;
  }

  /** Every relation name of both schemas, which temporary names must avoid. */
  private static Set<QualifiedName> relationNames(SchemaModel from, SchemaModel to) {
    Set<QualifiedName> names = new HashSet<>();
    for (SchemaModel model : List.of(from, to)) {
      model.sequences().forEach(s -> names.add(s.name()));
      model.views().forEach(v -> names.add(v.name()));
      for (Table table : model.tables()) {
        names.add(table.name());
        String schema = table.name().schema();
        for (Index index : table.indexes()) {
          names.add(new QualifiedName(schema, index.name()));
        }
        if (table.primaryKey() != null) {
          names.add(new QualifiedName(schema, table.primaryKey().name()));
        }
        table.uniques().forEach(u -> names.add(new QualifiedName(schema, u.name())));
      }
    }
    return names;
  }
}
