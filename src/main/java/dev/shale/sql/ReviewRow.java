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
      LockMode strongest = null;
      Set<String> tables = new LinkedHashSet<>();
      Set<Rule> rules = new LinkedHashSet<>();
      boolean rewrite = false;
      boolean scan = false;
      boolean loss = false;
      boolean breaks = false;
      for (Statement s : own) {
        Risk r = s.risk();
        for (TableLock lock : r.locks()) {
          tables.add(lock.table().toString());
          if (strongest == null || lock.mode().compareTo(strongest) > 0) {
            strongest = lock.mode();
          }
        }
        rules.addAll(r.rules());
        rewrite |= r.rewrite();
        scan |= r.scan();
        loss |= r.dataLoss();
        breaks |= r.breaksRunningCode();
      }
      String table = change.table() != null ? change.table().toString() : String.join(", ", tables);
      rows.add(
          new ReviewRow(
              change,
              table,
              strongest == null ? "-" : strongest.sql(),
              rewrite,
              scan,
              loss,
              breaks,
              List.copyOf(rules)));
    }
    return rows;
  }

  public boolean isRisky() {
    return rewrite || scan || dataLoss || breaksRunningCode || !rules.isEmpty();
  }
}
