package dev.shale.lint.rules;

import dev.shale.lint.FileContext;
import dev.shale.lint.KnownSchema;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Identifiers;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnDef;
import dev.shale.sql.parse.ColumnType;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import dev.shale.sql.parse.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One migration drops a column of an existing table and adds a column of the same type to it, and
 * no UPDATE of the table or RENAME COLUMN on it joins them: if it was meant as a rename, the data
 * is lost. Reported in {@code finish}, on the drop.
 *
 * <p>The dropped column's type is the one the earlier migrations gave it ({@link KnownSchema}, as
 * it was before the drop). Types match on their name and array dimensions (modifiers may differ: a
 * rename that also widens a varchar is still a rename); serial, bigserial and smallserial count as
 * integer, bigint and smallint. When the old type is unknown (the table predates the migrations
 * read), the finding says so, and a drop and an add are paired only when they are the table's only
 * drop and only add in the migration; with known types, a drop pairs with the only add of its type
 * when it is the only drop of that type.
 */
public final class DropAddSuspectedRename implements LintRule {
  private record Dropped(
      StatementContext context, AlterTableAction action, String column, ColumnType type) {}

  private record Added(StatementContext context, ColumnDef column) {}

  /** What one file drops and adds, per table (by {@link KnownSchema#key}). */
  private static final class Seen {
    final Map<String, QualifiedName> tables = new LinkedHashMap<>();
    final Map<String, List<Dropped>> drops = new LinkedHashMap<>();
    final Map<String, List<Added>> adds = new LinkedHashMap<>();
  }

  @Override
  public Rule rule() {
    return Rule.DROP_ADD_SUSPECTED_RENAME;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE users DROP COLUMN name;\nALTER TABLE users ADD COLUMN full_name text;",
        "ALTER TABLE users RENAME COLUMN name TO full_name;  -- keeps the data");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter)
        || context.isNew(alter.table())
        || context.schema().contracts(alter.table())) {
      return; // a contract: the trigger and backfill of its expand copied the data
    }
    Seen seen = context.file().state(this, Seen::new);
    String key = KnownSchema.key(alter.table());
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.DropColumn drop
          && !SameDeploy.columnAdded(context, alter.table(), drop.column())) {
        ColumnType type =
            context
                .schema()
                .table(alter.table())
                .flatMap(t -> t.column(drop.column()))
                .map(KnownSchema.Column::type)
                .orElse(null);
        seen.tables.putIfAbsent(key, alter.table());
        seen.drops
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Dropped(context, action, drop.column(), type));
      } else if (action instanceof AlterTableAction.AddColumn add && add.column().type() != null) {
        seen.tables.putIfAbsent(key, alter.table());
        seen.adds
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Added(context, add.column()));
      }
    }
  }

  @Override
  public void finish(FileContext file, Report out) {
    Seen seen = file.state(this, Seen::new);
    if (seen.tables.isEmpty()) {
      return;
    }
    Set<String> joined = joined(file);
    for (Map.Entry<String, QualifiedName> entry : seen.tables.entrySet()) {
      List<Dropped> drops = seen.drops.getOrDefault(entry.getKey(), List.of());
      List<Added> adds = seen.adds.getOrDefault(entry.getKey(), List.of());
      if (drops.isEmpty() || adds.isEmpty() || joined.contains(entry.getKey())) {
        continue;
      }
      for (Dropped drop : drops) {
        Added add = pair(drop, drops, adds);
        // a column dropped and added under its own name is re-created on purpose, not renamed
        if (add != null && !add.column().name().equals(drop.column())) {
          report(entry.getValue(), drop, add, out);
        }
      }
    }
  }

  private static Added pair(Dropped drop, List<Dropped> drops, List<Added> adds) {
    if (drops.size() == 1 && adds.size() == 1) {
      Added only = adds.get(0);
      return drop.type() == null || sameType(drop.type(), only.column().type()) ? only : null;
    }
    if (drop.type() == null
        || drops.stream().filter(d -> d.type() != null && sameType(d.type(), drop.type())).count()
            != 1) {
      return null;
    }
    List<Added> matching =
        adds.stream().filter(a -> sameType(drop.type(), a.column().type())).toList();
    return matching.size() == 1 ? matching.get(0) : null;
  }

  /**
   * The tables (by {@link KnownSchema#key}) that an UPDATE or a RENAME COLUMN of the file touches:
   * either may carry the data across.
   */
  private static Set<String> joined(FileContext file) {
    Set<String> joined = new HashSet<>();
    for (ParsedStatement s : file.script().statements()) {
      if (s instanceof ParsedStatement.Dml dml
          && dml.kind() == ParsedStatement.DmlKind.UPDATE
          && dml.table() != null) {
        joined.add(KnownSchema.key(dml.table()));
      }
      if (s instanceof ParsedStatement.Rename rename
          && rename.kind() == ObjectKind.TABLE
          && rename.target() == ParsedStatement.RenameTarget.COLUMN) {
        joined.add(KnownSchema.key(rename.object()));
      }
    }
    return joined;
  }

  private static void report(QualifiedName table, Dropped drop, Added add, Report out) {
    String newColumn = add.column().name();
    out.add(
        drop.context().source(),
        drop.action().span(),
        "drops "
            + table
            + "."
            + drop.column()
            + (drop.type() != null
                ? " (" + drop.type() + ")"
                : " (its type is unknown: no migration read here created it)")
            + " and adds "
            + table
            + "."
            + newColumn
            + " ("
            + add.column().type()
            + ", line "
            + add.context().source().line()
            + "), and no UPDATE or RENAME COLUMN joins them: if this is a rename, every value of "
            + drop.column()
            + " is lost",
        "ALTER TABLE "
            + table
            + " RENAME COLUMN "
            + Identifiers.quote(drop.column())
            + " TO "
            + Identifiers.quote(newColumn)
            + ";  -- instead of the DROP and the ADD, if it is a rename");
  }

  static boolean sameType(ColumnType a, ColumnType b) {
    return a.arrayDimensions() == b.arrayDimensions() && base(a.name()).equals(base(b.name()));
  }

  private static String base(String name) {
    return switch (name) {
      case "serial" -> "integer";
      case "bigserial" -> "bigint";
      case "smallserial" -> "smallint";
      default -> name;
    };
  }
}
