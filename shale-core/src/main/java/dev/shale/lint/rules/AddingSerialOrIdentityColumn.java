package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/** A serial or identity column added to an existing table fills every row: a rewrite. */
public final class AddingSerialOrIdentityColumn implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_SERIAL_OR_IDENTITY;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE events ADD COLUMN seq bigserial;",
        "ALTER TABLE events ADD COLUMN seq bigint;\n"
            + "CREATE SEQUENCE events_seq_seq OWNED BY events.seq;\n"
            + "ALTER TABLE events ALTER COLUMN seq SET DEFAULT nextval('events_seq_seq');\n"
            + "-- then backfill existing rows in batches");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (!(action instanceof AlterTableAction.AddColumn add)) {
        continue;
      }
      boolean serial = add.column().type() != null && add.column().type().name().endsWith("serial");
      boolean identity = add.column().constraint(Constraint.Identity.class) != null;
      if (!serial && !identity) {
        continue;
      }
      out.add(
          context.source(),
          action.span(),
          (serial ? add.column().type() + " column " : "identity column ")
              + Facts.name(add.column().name())
              + " takes a value from its sequence for every existing row: "
              + alter.table()
              + " is rewritten under an ACCESS EXCLUSIVE lock",
          null);
    }
  }
}
