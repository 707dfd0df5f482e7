package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.Truncate;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/** {@code TRUNCATE} of existing tables: every row gone, under ACCESS EXCLUSIVE. */
public final class TruncateTable implements LintRule {
  @Override
  public Rule rule() {
    return Rule.TRUNCATE;
  }

  @Override
  public Example example() {
    return new Example(
        "TRUNCATE sessions;",
        "-- delete in batches outside the schema migration:\n"
            + "DELETE FROM sessions WHERE id IN (SELECT id FROM sessions LIMIT 5000);");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Truncate truncate)) {
      return;
    }
    List<QualifiedName> existing =
        truncate.tables().stream().filter(t -> !context.isNew(t)).toList();
    if (existing.isEmpty()) {
      return;
    }
    out.add(
        context.source(),
        "TRUNCATE removes every row of "
            + existing.stream().map(QualifiedName::toString).collect(Collectors.joining(", "))
            + " under an ACCESS EXCLUSIVE lock: the data is gone and every query on "
            + (existing.size() == 1 ? "the table" : "them")
            + " waits for the lock",
        null);
  }
}
