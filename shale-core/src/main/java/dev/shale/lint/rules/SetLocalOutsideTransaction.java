package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.SetConfig;
import dev.shale.sql.parse.ParsedStatement.SetVariable;

/**
 * {@code SET LOCAL} or {@code set_config(…, true)} outside a transaction block: PostgreSQL only
 * warns, and the setting is gone before the next statement (a SET LOCAL lock_timeout then protects
 * nothing). Typical after a COMMIT, or in a {@code -- shale:no-transaction} file.
 */
public final class SetLocalOutsideTransaction implements LintRule {
  @Override
  public Rule rule() {
    return Rule.SET_LOCAL_OUTSIDE_TRANSACTION;
  }

  @Override
  public Example example() {
    return new Example(
        "-- shale:no-transaction\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN"
            + " note text;",
        "-- shale:no-transaction\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note"
            + " text;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (context.inTransaction()) {
      return;
    }
    if (context.statement() instanceof SetVariable set && set.local()) {
      out.add(
          context.source(),
          "SET LOCAL "
              + set.name()
              + " outside a transaction block does nothing: the setting is gone before the next"
              + " statement runs",
          context.source().sql().replaceFirst("(?i)^SET\\s+LOCAL\\s+", "SET ") + ";");
    } else if (context.statement() instanceof SetConfig config
        && Boolean.TRUE.equals(config.local())) {
      String name = config.name() == null ? "a setting" : config.name();
      out.add(
          context.source(),
          "set_config(…, true) sets "
              + name
              + " for the current transaction only, and outside a transaction block that ends with"
              + " this statement: the setting is gone before the next statement runs",
          config.name() != null && config.value() != null
              ? "SELECT set_config('"
                  + config.name().replace("'", "''")
                  + "', '"
                  + config.value().replace("'", "''")
                  + "', false);"
              : null);
    }
  }
}
