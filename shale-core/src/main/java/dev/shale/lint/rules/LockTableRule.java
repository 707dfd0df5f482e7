package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.LockMode;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.LockTable;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An explicit {@code LOCK TABLE} on existing tables in a mode that blocks writes (SHARE or
 * stronger; the default is ACCESS EXCLUSIVE): held until the transaction ends. Weaker modes only
 * conflict with DDL and maintenance, and are left alone.
 */
public final class LockTableRule implements LintRule {
  @Override
  public Rule rule() {
    return Rule.LOCK_TABLE;
  }

  @Override
  public Example example() {
    return new Example(
        "LOCK TABLE orders;",
        "LOCK TABLE orders IN SHARE UPDATE EXCLUSIVE MODE; -- if one is needed");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof LockTable lock)) {
      return;
    }
    LockMode mode = mode(lock.mode());
    if (mode != null && mode.compareTo(LockMode.SHARE) < 0) {
      return;
    }
    List<QualifiedName> existing = lock.tables().stream().filter(t -> !context.isNew(t)).toList();
    if (existing.isEmpty()) {
      return;
    }
    out.add(
        context.source(),
        "LOCK TABLE takes "
            + lock.mode()
            + " on "
            + existing.stream().map(QualifiedName::toString).collect(Collectors.joining(", "))
            + " until the transaction ends: "
            + (mode == LockMode.ACCESS_EXCLUSIVE ? "every query" : "every write")
            + " waits for the rest of the migration",
        null);
  }

  private static LockMode mode(String text) {
    for (LockMode m : LockMode.values()) {
      if (m.sql().equalsIgnoreCase(text.strip())) {
        return m;
      }
    }
    return null;
  }
}
