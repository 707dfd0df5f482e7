package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement.Drop;
import dev.shale.sql.parse.QualifiedName;
import java.util.stream.Collectors;

/** DROP DATABASE in a migration destroys everything in that database. */
public final class DroppingDatabase implements LintRule {
  @Override
  public Rule rule() {
    return Rule.DROP_DATABASE;
  }

  @Override
  public Example example() {
    return new Example(
        "DROP DATABASE analytics;", "-- drop databases by hand, never from a migration");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (context.statement() instanceof Drop drop && drop.kind() == ObjectKind.DATABASE) {
      out.add(
          context.source(),
          "DROP DATABASE "
              + drop.names().stream().map(QualifiedName::toString).collect(Collectors.joining(", "))
              + " destroys every object and row in it, and every application connected to it"
              + " loses it",
          null);
    }
  }
}
