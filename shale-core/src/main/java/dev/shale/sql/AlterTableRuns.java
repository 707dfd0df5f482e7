package dev.shale.sql;

import dev.shale.diff.Change;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consecutive column changes of one table in one transaction, written as one {@code ALTER TABLE}
 * with several actions: the table is locked once and rewritten at most once (PostgreSQL rewrites
 * once for all the type changes, volatile defaults and generated columns of one command, checking
 * NOT NULL and new constraints in the same pass). Only actions whose order PostgreSQL's passes keep
 * are joined (drops, type changes, defaults, new columns, NOT NULL and NOT VALID checks);
 * everything else stands alone.
 */
public final class AlterTableRuns {
  private AlterTableRuns() {}

  /** One statement as written: its SQL and the planned statements it joins. */
  public record Written(String sql, List<Statement> parts) {
    public Written {
      parts = List.copyOf(parts);
    }

    /** The risks of the parts together: each table's strongest lock, every flag and rule. */
    public Risk risk() {
      if (parts.size() == 1) {
        return parts.get(0).risk();
      }
      Map<QualifiedName, LockMode> locks = new LinkedHashMap<>();
      Set<Rule> rules = new LinkedHashSet<>();
      boolean rewrite = false;
      boolean scan = false;
      boolean loss = false;
      boolean breaks = false;
      for (Statement part : parts) {
        Risk r = part.risk();
        for (TableLock lock : r.locks()) {
          locks.merge(lock.table(), lock.mode(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        rules.addAll(r.rules());
        rewrite |= r.rewrite();
        scan |= r.scan();
        loss |= r.dataLoss();
        breaks |= r.breaksRunningCode();
      }
      List<TableLock> all = new ArrayList<>();
      locks.forEach((table, mode) -> all.add(new TableLock(table, mode)));
      return new Risk(all, rewrite, scan, loss, breaks, List.copyOf(rules));
    }
  }

  /**
   * The statements of a transactional step as written. {@code join} false keeps every statement
   * alone (a no-transaction step, where each runs by itself).
   */
  public static List<Written> of(List<Statement> statements, boolean join) {
    List<Written> out = new ArrayList<>();
    List<Statement> run = new ArrayList<>();
    for (Statement statement : statements) {
      if (join
          && !run.isEmpty()
          && action(statement) != null
          && action(run.get(0)) != null
          && statement.change().table().equals(run.get(0).change().table())) {
        run.add(statement);
        continue;
      }
      flush(run, out);
      run.add(statement);
    }
    flush(run, out);
    return out;
  }

  private static void flush(List<Statement> run, List<Written> out) {
    if (run.isEmpty()) {
      return;
    }
    if (run.size() == 1) {
      out.add(new Written(run.get(0).sql(), run));
    } else {
      String prefix = StatementPlanner.alterTable(run.get(0).change().table());
      List<String> actions = run.stream().map(AlterTableRuns::action).toList();
      out.add(new Written(prefix.stripTrailing() + "\n  " + String.join(",\n  ", actions), run));
    }
    run.clear();
  }

  /** The action of a joinable ALTER TABLE statement (the text after the table), else null. */
  private static String action(Statement statement) {
    Change change = statement.change();
    boolean joinable =
        change instanceof Change.AddColumn
            || change instanceof Change.DropColumn
            || change instanceof Change.AlterColumnType
            || change instanceof Change.SetDefault
            || change instanceof Change.DropDefault
            || change instanceof Change.DropNotNull
            || change instanceof Change.SetNotNull
            || change instanceof Change.AddCheck;
    if (!joinable || statement.stage() != Stage.MAIN) {
      return null;
    }
    String prefix = StatementPlanner.alterTable(change.table());
    return statement.sql().startsWith(prefix) && !statement.sql().contains("VALIDATE CONSTRAINT")
        ? statement.sql().substring(prefix.length())
        : null;
  }
}
