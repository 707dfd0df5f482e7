package dev.shale.loader;

import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.TypeNames;
import dev.shale.model.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what PostgreSQL checks when a foreign key is created: the target table and columns exist,
 * a primary key or unique constraint covers exactly the target columns, and the types compare.
 */
final class ForeignKeyChecker {
  private final Map<QualifiedName, Table> tables;
  private final List<String> problems;

  ForeignKeyChecker(List<Table> tables, List<String> problems) {
    this.tables =
        tables.stream().collect(Collectors.toMap(Table::name, Function.identity(), (a, b) -> a));
    this.problems = problems;
  }

  void check() {
    for (Table table : tables.values()) {
      for (ForeignKey fk : table.foreignKeys()) {
        check(table, fk);
      }
    }
  }

  private void check(Table table, ForeignKey fk) {
    String what = "foreign key " + fk.name() + " on table " + table.name();
    Table target = tables.get(fk.targetTable());
    if (target == null) {
      problems.add(what + " references unknown table " + fk.targetTable());
      return;
    }
    boolean columnsKnown = true;
    for (int i = 0; i < fk.targetColumns().size(); i++) {
      String targetColumn = fk.targetColumns().get(i);
      Optional<Column> referenced = target.column(targetColumn);
      if (referenced.isEmpty()) {
        problems.add(what + " references unknown column " + target.name() + "." + targetColumn);
        columnsKnown = false;
        continue;
      }
      if (i < fk.columns().size()) {
        Optional<Column> own = table.column(fk.columns().get(i));
        if (own.isPresent() && !comparable(own.get(), referenced.get())) {
          problems.add(
              what
                  + ": column "
                  + own.get().name()
                  + " ("
                  + own.get().type()
                  + ") cannot reference "
                  + targetColumn
                  + " ("
                  + referenced.get().type()
                  + ")");
        }
      }
    }
    if (columnsKnown && !hasUniqueKey(target, new HashSet<>(fk.targetColumns()))) {
      problems.add(
          what
              + " references "
              + target.name()
              + " ("
              + String.join(", ", fk.targetColumns())
              + "), which is neither its primary key nor a unique constraint: add one");
    }
  }

  private static boolean hasUniqueKey(Table target, Set<String> columns) {
    if (target.primaryKey() != null && Set.copyOf(target.primaryKey().columns()).equals(columns)) {
      return true;
    }
    for (UniqueConstraint u : target.uniques()) {
      if (Set.copyOf(u.columns()).equals(columns)) {
        return true;
      }
    }
    return target.indexes().stream()
        .anyMatch(
            i ->
                i.unique()
                    && i.where() == null
                    && i.elements().stream().allMatch(e -> e.column() != null)
                    && i.elements().stream()
                        .map(e -> e.column())
                        .collect(Collectors.toSet())
                        .equals(columns));
  }

  private static boolean comparable(Column a, Column b) {
    return family(a).equals(family(b));
  }

  private static final Pattern MODIFIER = Pattern.compile("\\(.*\\)");

  private static String family(Column column) {
    if (column.type().isUserDefined() || column.type().isArray()) {
      return column.type().toString();
    }
    String base = TypeNames.serialBase(column.type().name());
    if (TypeNames.isInteger(base) || base.startsWith("numeric")) {
      return "number";
    }
    if (base.startsWith("character") || base.equals("text")) {
      return "string";
    }
    return MODIFIER.matcher(base).replaceAll("");
  }
}
