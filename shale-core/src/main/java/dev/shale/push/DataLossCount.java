package dev.shale.push;

import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;

import dev.shale.diff.Change;
import dev.shale.model.QualifiedName;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.Statement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts, in the live database, what the data-losing statements of a plan would destroy: the rows
 * of a dropped table or materialized view, the non-null values of a dropped or converted column.
 * One query per such change; the plan's statements are not run.
 */
public final class DataLossCount {
  private DataLossCount() {}

  /** What {@code steps} would lose, in plan order, each change once. */
  public static List<DataLoss> of(Connection connection, List<MigrationPlanner.Step> steps)
      throws SQLException {
    Set<Change> seen = new LinkedHashSet<>();
    for (MigrationPlanner.Step step : steps) {
      for (Statement statement : step.statements()) {
        if (statement.risk().dataLoss()) {
          seen.add(statement.change());
        }
      }
    }
    Names before = new Names(steps);
    List<DataLoss> losses = new ArrayList<>();
    for (Change change : seen) {
      losses.add(count(connection, change, before));
    }
    return List.copyOf(losses);
  }

  /**
   * Tables and columns under the names the database has before the plan: a change after a rename
   * names them as they are renamed to.
   */
  private static final class Names {
    private final Map<QualifiedName, QualifiedName> tables = new HashMap<>();
    private final Map<List<Object>, String> columns = new HashMap<>();

    Names(List<MigrationPlanner.Step> steps) {
      for (MigrationPlanner.Step step : steps) {
        for (Statement statement : step.statements()) {
          if (statement.change() instanceof Change.RenameTable r) {
            tables.put(r.to(), table(r.from()));
          } else if (statement.change() instanceof Change.RenameColumn r) {
            columns.put(List.of(r.table(), r.to()), r.from());
          }
        }
      }
    }

    QualifiedName table(QualifiedName name) {
      return tables.getOrDefault(name, name);
    }

    String column(QualifiedName table, String name) {
      return columns.getOrDefault(List.of(table, name), name);
    }
  }

  private static DataLoss count(Connection connection, Change change, Names before)
      throws SQLException {
    if (change instanceof Change.DropTable c) {
      return new DataLoss(
          "drop table " + display(c.definition().name()),
          query(connection, "SELECT count(*) FROM " + qualified(c.definition().name())),
          "rows");
    }
    if (change instanceof Change.DropView c && c.view().materialized()) {
      return new DataLoss(
          "drop materialized view " + display(c.view().name()),
          query(connection, "SELECT count(*) FROM " + qualified(c.view().name())),
          "rows");
    }
    if (change instanceof Change.DropColumn c) {
      return nonNull(
          connection,
          "drop column " + display(c.table()) + "." + c.column().name(),
          before,
          c.table(),
          c.column().name());
    }
    if (change instanceof Change.AlterColumnType c) {
      return nonNull(
          connection,
          "change type of "
              + display(c.table())
              + "."
              + c.column()
              + " from "
              + c.from()
              + " to "
              + c.to(),
          before,
          c.table(),
          c.column());
    }
    return new DataLoss(change.describe(), -1, "");
  }

  private static DataLoss nonNull(
      Connection connection, String what, Names before, QualifiedName table, String column)
      throws SQLException {
    String sql =
        "SELECT count("
            + quote(before.column(table, column))
            + ") FROM "
            + qualified(before.table(table));
    return new DataLoss(what, query(connection, sql), "non-null values");
  }

  /** A name as the review prints it: without {@code public.}. */
  private static String display(QualifiedName name) {
    return "public".equals(name.schema()) ? name.name() : name.toString();
  }

  private static long query(Connection connection, String sql) throws SQLException {
    try (java.sql.Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
