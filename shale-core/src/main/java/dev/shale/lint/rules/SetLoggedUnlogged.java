package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;

/** {@code SET LOGGED} / {@code SET UNLOGGED} rewrites an existing table under ACCESS EXCLUSIVE. */
public final class SetLoggedUnlogged implements LintRule {
  @Override
  public Rule rule() {
    return Rule.SET_LOGGED_UNLOGGED;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE events SET UNLOGGED;",
        "CREATE UNLOGGED TABLE events_buffer (LIKE events INCLUDING ALL);");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.SetLogged set) {
        out.add(
            context.source(),
            action.span(),
            (set.logged() ? "SET LOGGED" : "SET UNLOGGED")
                + " rewrites "
                + alter.table()
                + " and its indexes under an ACCESS EXCLUSIVE lock"
                + (set.logged() ? ", writing all of it to the WAL" : "")
                + ": reads and writes wait for the whole rewrite",
            null);
      }
    }
  }
}
