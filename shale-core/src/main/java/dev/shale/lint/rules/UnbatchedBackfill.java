package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.Dml;

/**
 * An UPDATE or DELETE without WHERE of a table that existed before this deploy touches every row in
 * one transaction. One with a WHERE may too, but cannot be told apart statically.
 */
public final class UnbatchedBackfill implements LintRule {
  @Override
  public Rule rule() {
    return Rule.UNBATCHED_BACKFILL;
  }

  @Override
  public Example example() {
    return new Example(
        "UPDATE users SET plan = 'free';",
        "-- outside the schema migration, in batches, each its own transaction:\n"
            + "UPDATE users SET plan = 'free' WHERE plan IS NULL AND id BETWEEN 1 AND 5000;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Dml dml)
        || dml.where()
        || dml.kind() != ParsedStatement.DmlKind.UPDATE
            && dml.kind() != ParsedStatement.DmlKind.DELETE
        || context.isNew(dml.table())) {
      return;
    }
    out.add(
        context.source(),
        dml.kind()
            + " without WHERE touches every row of "
            + dml.table()
            + " in one transaction: each row stays locked until it commits, concurrent writes to"
            + " those rows wait, and the table bloats",
        "batch it outside the migration: "
            + dml.kind()
            + " … WHERE <key> BETWEEN … in transactions of a few thousand rows");
  }
}
