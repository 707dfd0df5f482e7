package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract of expand and contract: the pairs that a schema before holds and the schema after no
 * longer does, because its new column stands alone under its final name. Each contract is one
 * {@link Change.ContractColumn}; the rest of the diff starts from the schema as it stands after the
 * contracts.
 */
final class Contractions {
  private Contractions() {}

  record Result(SchemaModel from, List<Change> changes) {}

  static Result of(SchemaModel from, SchemaModel to) {
    List<ColumnPair> pairs = ColumnPair.in(from);
    if (pairs.isEmpty()) {
      return new Result(from, List.of());
    }
    List<ColumnPair> kept = ColumnPair.in(to);
    SchemaModel model = from;
    List<Change> changes = new ArrayList<>();
    for (ColumnPair pair : pairs) {
      if (kept.stream()
          .anyMatch(k -> k.table().equals(pair.table()) && k.trigger().equals(pair.trigger()))) {
        continue;
      }
      Table before = model.table(pair.table()).orElseThrow();
      if (!contracts(pair, before, to.table(pair.table()))) {
        continue; // abandoned (or the table goes): the plain diff drops the new column
      }
      List<Change> renames = new ArrayList<>();
      model = contracted(model, before, pair, renames);
      List<QualifiedName> referenced =
          before.foreignKeys().stream()
              .filter(f -> f.columns().contains(pair.old()))
              .map(f -> f.targetTable())
              .filter(t -> !t.equals(pair.table()))
              .distinct()
              .toList();
      changes.add(new Change.ContractColumn(pair, renames, referenced));
    }
    return new Result(model, List.copyOf(changes));
  }

  /**
   * Whether the schema after keeps the new column under its final name (and of its type, when the
   * name is the old column's), rather than going back to the old column.
   */
  private static boolean contracts(ColumnPair pair, Table before, Optional<Table> after) {
    if (after.isEmpty()) {
      return false;
    }
    Optional<Column> finalColumn = after.get().column(pair.finalName());
    Optional<Column> old = before.column(pair.old());
    Optional<Column> replacement = before.column(pair.replacement());
    if (finalColumn.isEmpty() || old.isEmpty() || replacement.isEmpty()) {
      return false;
    }
    if (!pair.finalName().equals(pair.old())) {
      return after.get().column(pair.old()).isEmpty();
    }
    return finalColumn.get().type().equals(replacement.get().type())
        || !finalColumn.get().type().equals(old.get().type());
  }

  /**
   * {@code model} as the contract leaves it: the old column gone with its indexes, constraints and
   * the trigger, the function gone, the new column under its final name, and the copies of indexes
   * and constraints under the names of the old column's that went.
   */
  private static SchemaModel contracted(
      SchemaModel model, Table before, ColumnPair pair, List<Change> renames) {
    String old = pair.old();
    List<String> dropped = Expansions.objectNames(before, old);
    Table table =
        before
            .withColumns(before.columns().stream().filter(c -> !c.name().equals(old)).toList())
            .withIndexes(
                before.indexes().stream().filter(i -> !Expansions.mentions(i, old)).toList())
            .withUniques(before.uniques().stream().filter(u -> !u.columns().contains(old)).toList())
            .withChecks(
                before.checks().stream()
                    .filter(c -> !ViewDependencies.mentionsColumn(c.expression(), old))
                    .toList())
            .withForeignKeys(
                before.foreignKeys().stream().filter(f -> !f.columns().contains(old)).toList())
            .withExclusions(
                before.exclusions().stream().filter(x -> !Expansions.mentions(x, old)).toList())
            .withTriggers(
                before.triggers().stream().filter(t -> !t.name().equals(pair.trigger())).toList());
    QualifiedName name = pair.table();
    SchemaModel result =
        model
            .withTables(
                model.tables().stream().map(t -> t.name().equals(name) ? table : t).toList())
            .withRoutines(
                model.routines().stream()
                    .filter(r -> !(r.name().equals(pair.function()) && r.arguments().isEmpty()))
                    .toList());
    if (!pair.replacement().equals(pair.finalName())) {
      result = ModelEdits.renameColumn(result, name, pair.replacement(), pair.finalName());
    }
    java.util.Set<String> copies = Expansions.names(result.table(name).orElseThrow());
    for (String original : dropped) {
      String copy = Expansions.copyName(original);
      if (!copies.contains(copy) || copies.contains(original)) {
        continue;
      }
      boolean index =
          result.table(name).orElseThrow().indexes().stream().anyMatch(i -> i.name().equals(copy));
      if (index) {
        result = ModelEdits.renameIndex(result, name, copy, original);
        renames.add(new Change.RenameIndex(name, copy, original));
      } else {
        result = ModelEdits.renameConstraint(result, name, copy, original);
        renames.add(new Change.RenameConstraint(name, copy, original));
      }
    }
    return result;
  }
}
