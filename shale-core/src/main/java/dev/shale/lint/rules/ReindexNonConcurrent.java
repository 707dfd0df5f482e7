package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.Reindex;
import dev.shale.sql.parse.QualifiedName;
import java.util.Optional;

/**
 * {@code REINDEX} without CONCURRENTLY (which exists from PostgreSQL 12) blocks writes to the table
 * and reads that use the index. REINDEX SYSTEM cannot be concurrent and is left to other rules.
 */
public final class ReindexNonConcurrent implements LintRule {
  @Override
  public Rule rule() {
    return Rule.REINDEX_NON_CONCURRENT;
  }

  @Override
  public Example example() {
    return new Example(
        "REINDEX INDEX orders_customer_idx;",
        "-- shale:no-transaction\nREINDEX INDEX CONCURRENTLY orders_customer_idx;");
  }

  @Override
  public boolean appliesTo(int pgVersion) {
    return pgVersion >= 12;
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Reindex reindex)
        || reindex.concurrently()
        || reindex.target().equals("SYSTEM")) {
      return;
    }
    String what;
    if (reindex.target().equals("INDEX") && reindex.name() != null) {
      Optional<QualifiedName> table = context.schema().tableOfIndex(reindex.name());
      if (context.isNew(reindex.name()) || table.map(context::isNew).orElse(false)) {
        return;
      }
      what =
          "index "
              + reindex.name()
              + " is rebuilt while writes to "
              + table.map(QualifiedName::toString).orElse("its table")
              + " wait (SHARE lock) and queries that use the index wait (ACCESS EXCLUSIVE on it)";
    } else if (reindex.target().equals("TABLE") && reindex.name() != null) {
      if (context.isNew(reindex.name())) {
        return;
      }
      what =
          "every index of "
              + reindex.name()
              + " is rebuilt while writes to it wait (SHARE lock) and queries that use the indexes"
              + " wait";
    } else {
      what =
          "every index of the "
              + reindex.target().toLowerCase(java.util.Locale.ROOT)
              + " is rebuilt, each blocking writes to its table while it runs";
    }
    out.add(
        context.source(),
        "REINDEX without CONCURRENTLY: " + what,
        SqlEdits.insertAfterKeyword(context.source().sql(), reindex.target(), "CONCURRENTLY")
            + " (in a migration of its own that starts with -- shale:no-transaction)");
  }
}
