package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.Vacuum;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/** {@code VACUUM FULL} (or {@code VACUUM (FULL)}) rewrites tables under ACCESS EXCLUSIVE. */
public final class VacuumFull implements LintRule {
  @Override
  public Rule rule() {
    return Rule.VACUUM_FULL;
  }

  @Override
  public Example example() {
    return new Example(
        "VACUUM FULL orders;", "-- outside migrations, online:\n-- pg_repack --table=orders");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Vacuum vacuum) || !full(vacuum)) {
      return;
    }
    List<QualifiedName> existing = vacuum.tables().stream().filter(t -> !context.isNew(t)).toList();
    if (!vacuum.tables().isEmpty() && existing.isEmpty()) {
      return;
    }
    out.add(
        context.source(),
        "VACUUM FULL rewrites "
            + (existing.isEmpty()
                ? "every table of the database"
                : existing.stream().map(QualifiedName::toString).collect(Collectors.joining(", ")))
            + " and its indexes under an ACCESS EXCLUSIVE lock: reads and writes wait for the"
            + " whole rewrite",
        null);
  }

  private static boolean full(Vacuum vacuum) {
    if (vacuum.full()) {
      return true;
    }
    for (String option : vacuum.options()) {
      String o = option.strip();
      if (o.equals("FULL") || o.equals("FULL TRUE") || o.equals("FULL ON") || o.equals("FULL 1")) {
        return true;
      }
    }
    return false;
  }
}
