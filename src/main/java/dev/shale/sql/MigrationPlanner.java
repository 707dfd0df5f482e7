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
        StatementPlanner.planned(changes, options, relationNames(from, to));
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
      steps.add(new Step(stage, entry.getValue(), after));
    }
    return List.copyOf(steps);
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
    return new SchemaModel(from.schemas(), enums, from.sequences(), from.tables(), from.views());
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
