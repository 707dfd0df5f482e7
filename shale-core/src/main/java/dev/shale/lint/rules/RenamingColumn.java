package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement.Rename;
import dev.shale.sql.parse.ParsedStatement.RenameTarget;
import java.util.Set;

/**
 * RENAME COLUMN of a table (or view, materialized view, foreign table) that existed before this
 * deploy: running code that still uses the old name fails from the moment the migration commits.
 */
public final class RenamingColumn implements LintRule {
  private static final Set<ObjectKind> RELATIONS =
      Set.of(
          ObjectKind.TABLE,
          ObjectKind.VIEW,
          ObjectKind.MATERIALIZED_VIEW,
          ObjectKind.FOREIGN_TABLE);

  @Override
  public Rule rule() {
    return Rule.RENAME_COLUMN;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE users RENAME COLUMN name TO full_name;",
        "ALTER TABLE users ADD COLUMN full_name text;\n"
            + "-- deploy code that writes both, backfill full_name, switch reads, then drop name");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Rename rename)
        || rename.target() != RenameTarget.COLUMN
        || !RELATIONS.contains(rename.kind())
        || context.isNew(rename.object())
        || SameDeploy.columnAdded(context, rename.object(), rename.from())
        || context.schema().contracts(rename.object())) {
      // a contract of expand and contract renames the new column into the old one's place, which
      // contract-column judges
      return;
    }
    out.add(
        context.source(),
        "renames "
            + rename.object()
            + "."
            + rename.from()
            + " to "
            + rename.to()
            + ": running code that still uses "
            + rename.from()
            + " fails as soon as this commits, until every instance runs the new code",
        null);
  }
}
