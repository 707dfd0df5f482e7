package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/**
 * An EXCLUDE constraint added to an existing table: index build and check under ACCESS EXCLUSIVE.
 */
public final class AddExclusionConstraint implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_EXCLUSION;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap"
            + " EXCLUDE USING gist (room WITH =, during WITH &&);",
        "CREATE TABLE bookings (room int, during tstzrange,\n"
            + "  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.AddConstraint add
          && add.constraint() instanceof Constraint.Exclusion exclusion) {
        out.add(
            context.source(),
            action.span(),
            "EXCLUDE constraint"
                + (exclusion.name() != null ? " " + Facts.name(exclusion.name()) : "")
                + " on "
                + alter.table()
                + " builds its index and checks every row under an ACCESS EXCLUSIVE lock, and"
                + " cannot be added NOT VALID: reads and writes wait for the whole build",
            null);
      }
    }
  }
}
