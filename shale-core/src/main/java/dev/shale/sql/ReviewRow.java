package dev.shale.sql;

import dev.shale.diff.Change;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One line of the review: a change and the combined risk of its statements. */
public record ReviewRow(
    Change change,
    String table,
    String lock,
    boolean rewrite,
    boolean scan,
    boolean dataLoss,
    boolean breaksRunningCode,
    List<Rule> rules) {

  public static List<ReviewRow> of(List<Statement> statements) {
    Map<Change, List<Statement>> byChange = new IdentityHashMap<>();
    List<Change> order = new ArrayList<>();
    for (Statement statement : statements) {
      byChange
          .computeIfAbsent(
              statement.change(),
              c -> {
                order.add(c);
                return new ArrayList<>();
              })
          .add(statement);
    }
    List<ReviewRow> rows = new ArrayList<>();
    for (Change change : order) {
      List<Statement> own = byChange.get(change);
      LockMode held = null;
      LockMode brief = null;
      Set<String> tables = new LinkedHashSet<>();
      Set<Rule> rules = new LinkedHashSet<>();
      boolean rewrite = false;
      boolean scan = false;
      boolean loss = false;
      boolean breaks = false;
      for (Statement s : own) {
        Risk r = s.risk();
        boolean long_ = r.rewrite() || r.scan();
        for (TableLock lock : r.locks()) {
          tables.add(lock.table().toString());
          if (long_) {
            held = stronger(held, lock.mode());
          } else {
            brief = stronger(brief, lock.mode());
          }
        }
        rules.addAll(r.rules());
        rewrite |= r.rewrite();
        scan |= r.scan();
        loss |= r.dataLoss();
        breaks |= r.breaksRunningCode();
      }
      // The changed table first, then every other table a statement locks (a foreign key's
      // target, the tables a DROP cascades to).
      Set<String> named = new LinkedHashSet<>();
      if (change.table() != null) {
        named.add(change.table().toString());
      }
      named.addAll(tables);
      String table = String.join(", ", named);
      rows.add(
          new ReviewRow(
              change,
              table,
              lockText(held, brief),
              rewrite,
              scan,
              loss,
              breaks,
              List.copyOf(rules)));
    }
    return rows;
  }

  private static LockMode stronger(LockMode a, LockMode b) {
    return a == null || b.compareTo(a) > 0 ? b : a;
  }

  /**
   * The lock held while the table is scanned or rewritten, and a stronger one taken only briefly:
   * {@code SHARE UPDATE EXCLUSIVE, then ACCESS EXCLUSIVE briefly}.
   */
  private static String lockText(LockMode held, LockMode brief) {
    if (held == null) {
      return brief == null ? "-" : brief.sql();
    }
    if (brief == null || brief.compareTo(held) <= 0) {
      return held.sql();
    }
    return held.sql() + ", then " + brief.sql() + " briefly";
  }

  public boolean isRisky() {
    return rewrite || scan || dataLoss || breaksRunningCode || !rules.isEmpty();
  }
}
