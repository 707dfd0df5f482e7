package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import dev.shale.sql.parse.ParsedStatement.Dml;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;

/**
 * SET DEFAULT and then SET NOT NULL on one column of an existing table in one migration (one
 * statement or several): the default only applies to rows inserted later, so rows that hold NULL
 * keep it and the NOT NULL fails on them. An UPDATE of the table before the NOT NULL (and after the
 * default, or before both when they share a statement) is taken as the backfill.
 */
public final class SetNotNullExistingNulls implements LintRule {
  @Override
  public Rule rule() {
    return Rule.NOT_NULL_AFTER_DEFAULT;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free', ALTER COLUMN plan SET NOT NULL;",
        "ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free';\n"
            + "-- then backfill in batches: UPDATE users SET plan = 'free' WHERE plan IS NULL AND"
            + " id BETWEEN …;\n"
            + "-- and SET NOT NULL in a later migration, as set-not-null says");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    List<AlterTableAction> actions = alter.actions();
    for (int i = 0; i < actions.size(); i++) {
      String column = notNullColumn(actions.get(i));
      if (column == null) {
        continue;
      }
      if (defaultSetEarlier(context, alter.table(), column, actions.subList(0, i))) {
        out.add(
            context.source(),
            actions.get(i).span(),
            "the default set on "
                + Facts.column(alter.table(), column)
                + " in this migration fills only rows inserted later: rows that hold NULL keep it,"
                + " and this NOT NULL fails on them",
            "backfill first: UPDATE "
                + alter.table()
                + " SET "
                + Facts.name(column)
                + " = <the default> WHERE "
                + Facts.name(column)
                + " IS NULL (in batches), in a migration that runs before this one");
      }
    }
  }

  private static String notNullColumn(AlterTableAction action) {
    if (action instanceof AlterTableAction.SetNotNull set) {
      return set.column();
    }
    if (action instanceof AlterTableAction.AddConstraint add
        && add.constraint() instanceof Constraint.NotNull nn
        && nn.column() != null) {
      return nn.column();
    }
    return null;
  }

  private static boolean defaultSetEarlier(
      StatementContext context,
      QualifiedName table,
      String column,
      List<AlterTableAction> sameStatement) {
    List<StatementContext> earlier = context.file().statements();
    if (sets(sameStatement, column)) {
      return !updatedEarlier(earlier, context.index(), table, column);
    }
    for (int i = Math.min(context.index(), earlier.size()) - 1; i >= 0; i--) {
      ParsedStatement s = earlier.get(i).statement();
      if (s instanceof Dml dml
          && dml.kind() == ParsedStatement.DmlKind.UPDATE
          && same(dml.table(), table)) {
        return false;
      }
      if (s instanceof AlterTable a && same(a.table(), table) && sets(a.actions(), column)) {
        return true;
      }
    }
    return false;
  }

  /** An UPDATE earlier in the file that sets the column: taken as the backfill. */
  private static boolean updatedEarlier(
      List<StatementContext> earlier, int index, QualifiedName table, String column) {
    java.util.regex.Pattern assigns =
        java.util.regex.Pattern.compile(
            "(?is)\\bSET\\b.*?(?<![\\w$\"])("
                + java.util.regex.Pattern.quote(dev.shale.sql.Identifiers.quote(column))
                + (dev.shale.sql.Identifiers.quote(column).startsWith("\"")
                    ? ""
                    : "|\"" + java.util.regex.Pattern.quote(column) + "\"")
                + ")\\s*=");
    for (int i = Math.min(index, earlier.size()) - 1; i >= 0; i--) {
      if (earlier.get(i).statement() instanceof Dml dml
          && dml.kind() == ParsedStatement.DmlKind.UPDATE
          && same(dml.table(), table)
          && assigns.matcher(dml.source().sql()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean sets(List<AlterTableAction> actions, String column) {
    return actions.stream()
        .anyMatch(
            a ->
                a instanceof AlterTableAction.SetDefault d
                    && d.column().equals(column)
                    && !d.expression().strip().equalsIgnoreCase("null"));
  }

  private static boolean same(QualifiedName a, QualifiedName b) {
    return dev.shale.lint.KnownSchema.key(a).equals(dev.shale.lint.KnownSchema.key(b));
  }
}
