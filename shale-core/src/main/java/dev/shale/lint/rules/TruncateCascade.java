package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.Truncate;
import dev.shale.sql.parse.QualifiedName;
import java.util.stream.Collectors;

/**
 * TRUNCATE … CASCADE also empties every table whose foreign keys reference the named ones,
 * recursively, without naming them. Tables created in this deploy hold no rows, and tables that
 * reference only them hold none either (or only NULL keys), so those are no finding.
 */
public final class TruncateCascade implements LintRule {
  @Override
  public Rule rule() {
    return Rule.TRUNCATE_CASCADE;
  }

  @Override
  public Example example() {
    return new Example(
        "TRUNCATE customers CASCADE;",
        "TRUNCATE customers, orders, invoices;  -- every table to empty, named");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Truncate truncate)
        || !truncate.cascade()
        || truncate.tables().stream().allMatch(context::isNew)) {
      return;
    }
    out.add(
        context.source(),
        "TRUNCATE "
            + truncate.tables().stream()
                .map(QualifiedName::toString)
                .collect(Collectors.joining(", "))
            + " CASCADE also empties every table whose foreign keys reference "
            + (truncate.tables().size() == 1 ? "it" : "them")
            + ", recursively, though the statement names none of them",
        null);
  }
}
