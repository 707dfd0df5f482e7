package dev.shale.sql;

import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;

import dev.shale.diff.Change;
import dev.shale.model.QualifiedName;
import dev.shale.model.Trigger;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of trigger changes and the locks they take on the table, as observed on PostgreSQL 14 to
 * 18: CREATE [OR REPLACE] TRIGGER and ALTER TABLE ... ENABLE/DISABLE TRIGGER take SHARE ROW
 * EXCLUSIVE (reads go on, writes wait); DROP TRIGGER and ALTER TRIGGER ... RENAME take ACCESS
 * EXCLUSIVE, briefly.
 */
final class TriggerSql {
  private TriggerSql() {}

  /** One statement and the table whose lock it takes. */
  record Sql(String sql, QualifiedName table, Risk risk) {}

  static boolean handles(Change change) {
    return change instanceof Change.CreateTrigger
        || change instanceof Change.DropTrigger
        || change instanceof Change.ReplaceTrigger
        || change instanceof Change.RenameTrigger
        || change instanceof Change.SetTriggerState;
  }

  static Sql statement(Change change) {
    if (change instanceof Change.CreateTrigger c) {
      return new Sql(create(c.table(), c.trigger(), false), c.table(), shareRow(c.table()));
    } else if (change instanceof Change.ReplaceTrigger c) {
      return new Sql(create(c.table(), c.to(), true), c.table(), shareRow(c.table()));
    } else if (change instanceof Change.DropTrigger c) {
      Risk lock = exclusive(c.table());
      return new Sql(
          "DROP TRIGGER " + quote(c.trigger().name()) + " ON " + qualified(c.table()),
          c.table(),
          c.recreated()
              ? lock
              : new Risk(lock.locks(), false, false, false, true, List.of(Rule.DROP_OBJECT)));
    } else if (change instanceof Change.RenameTrigger c) {
      return new Sql(
          "ALTER TRIGGER "
              + quote(c.from())
              + " ON "
              + qualified(c.table())
              + " RENAME TO "
              + quote(c.to()),
          c.table(),
          exclusive(c.table()));
    } else if (change instanceof Change.SetTriggerState c) {
      return new Sql(
          "ALTER TABLE "
              + qualified(c.table())
              + " "
              + stateClause(c.state())
              + " TRIGGER "
              + quote(c.trigger()),
          c.table(),
          shareRow(c.table()));
    }
    throw new IllegalArgumentException("not a trigger change: " + change);
  }

  private static String stateClause(String state) {
    switch (state) {
      case "disabled":
        return "DISABLE";
      case "replica":
        return "ENABLE REPLICA";
      case "always":
        return "ENABLE ALWAYS";
      default:
        return "ENABLE";
    }
  }

  private static Risk shareRow(QualifiedName table) {
    return Risk.lockOnly(table, LockMode.SHARE_ROW_EXCLUSIVE);
  }

  private static Risk exclusive(QualifiedName table) {
    return Risk.lockOnly(table, LockMode.ACCESS_EXCLUSIVE);
  }

  /** {@code CREATE [OR REPLACE] [CONSTRAINT] TRIGGER ...}, as the server would print it. */
  static String create(QualifiedName table, Trigger t, boolean replace) {
    StringBuilder sql = new StringBuilder("CREATE ");
    if (replace) {
      sql.append("OR REPLACE ");
    }
    if (t.constraint()) {
      sql.append("CONSTRAINT ");
    }
    sql.append("TRIGGER ").append(quote(t.name())).append(' ').append(t.timing()).append(' ');
    List<String> events =
        t.events().stream()
            .map(
                e ->
                    e.equals("UPDATE") && !t.columns().isEmpty()
                        ? "UPDATE OF "
                            + t.columns().stream()
                                .map(Identifiers::quote)
                                .collect(Collectors.joining(", "))
                        : e)
            .toList();
    sql.append(String.join(" OR ", events)).append(" ON ").append(qualified(table));
    if (t.from() != null) {
      sql.append(" FROM ").append(qualified(t.from()));
    }
    if (t.constraint()) {
      sql.append(
          t.initiallyDeferred()
              ? " DEFERRABLE INITIALLY DEFERRED"
              : t.deferrable() ? " DEFERRABLE" : " NOT DEFERRABLE");
    }
    if (t.oldTable() != null || t.newTable() != null) {
      sql.append(" REFERENCING");
      if (t.oldTable() != null) {
        sql.append(" OLD TABLE AS ").append(quote(t.oldTable()));
      }
      if (t.newTable() != null) {
        sql.append(" NEW TABLE AS ").append(quote(t.newTable()));
      }
    }
    sql.append(t.forEachRow() ? " FOR EACH ROW" : " FOR EACH STATEMENT");
    if (t.when() != null) {
      sql.append(" WHEN (").append(t.when()).append(')');
    }
    sql.append(" EXECUTE FUNCTION ")
        .append(qualified(t.function()))
        .append('(')
        .append(t.arguments().stream().map(Identifiers::literal).collect(Collectors.joining(", ")))
        .append(')');
    return sql.toString();
  }
}
