package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.Rename;
import dev.shale.sql.parse.ParsedStatement.RenameTarget;
import dev.shale.sql.parse.ParsedStatement.SetSchema;
import dev.shale.sql.parse.QualifiedName;

/**
 * RENAME TO (or SET SCHEMA) of a table that existed before this deploy: code that still uses the
 * old name fails. No finding when the same file then creates a view under the old name (a simple
 * view reads and writes through to the table).
 */
public final class RenamingTable implements LintRule {
  @Override
  public Rule rule() {
    return Rule.RENAME_TABLE;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders RENAME TO purchases;",
        "ALTER TABLE orders RENAME TO purchases;\n"
            + "CREATE VIEW orders AS SELECT * FROM purchases;  -- until every instance is deployed");
  }

  @Override
  public void check(StatementContext context, Report out) {
    QualifiedName old;
    QualifiedName renamed;
    if (context.statement() instanceof Rename rename
        && rename.kind() == ObjectKind.TABLE
        && rename.target() == RenameTarget.OBJECT) {
      old = rename.object();
      renamed = new QualifiedName(old.schema(), rename.to());
    } else if (context.statement() instanceof SetSchema set && set.kind() == ObjectKind.TABLE) {
      old = set.object();
      renamed = new QualifiedName(set.schema(), old.name());
    } else {
      return;
    }
    if (context.isNew(old) || viewTakesOldName(context, old)) {
      return;
    }
    out.add(
        context.source(),
        (context.statement() instanceof SetSchema ? "moves " : "renames ")
            + old
            + " to "
            + renamed
            + ": running code that still uses "
            + old
            + " fails as soon as this commits",
        context.source().sql()
            + ";\nCREATE VIEW "
            + old
            + " AS SELECT * FROM "
            + renamed
            + ";  -- until every instance uses "
            + renamed);
  }

  /** Whether a later statement of the file creates a view under the old name. */
  private static boolean viewTakesOldName(StatementContext context, QualifiedName old) {
    var statements = context.file().script().statements();
    for (int i = context.index() + 1; i < statements.size(); i++) {
      if (statements.get(i) instanceof ParsedStatement.CreateView view
          && !view.materialized()
          && SameDeploy.sameRelation(view.name(), old)) {
        return true;
      }
    }
    return false;
  }
}
