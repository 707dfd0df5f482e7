package dev.shale.sql;

import static dev.shale.sql.Identifiers.quote;

import dev.shale.model.IndexElement;
import dev.shale.model.PartitionBound;
import dev.shale.model.PartitionKey;
import dev.shale.model.PgNames;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The SQL of partitioning: keys, and the check that lets ATTACH PARTITION skip its scan. */
final class PartitionSql {
  private PartitionSql() {}

  /** {@code PARTITION BY RANGE (logdate, (lower(city)) text_pattern_ops)}. */
  static String partitionBy(PartitionKey key) {
    return "PARTITION BY "
        + key.strategy().name()
        + " ("
        + key.elements().stream().map(PartitionSql::element).collect(Collectors.joining(", "))
        + ")";
  }

  private static String element(IndexElement e) {
    String base = e.column() != null ? quote(e.column()) : "(" + e.expression() + ")";
    return e.opclass() == null ? base : base + " " + e.opclass();
  }

  /** The name of the check that stands for the bound while a table is attached. */
  static String boundCheckName(QualifiedName table) {
    return PgNames.makeObjectName(table.name(), "partition_bound", "check");
  }

  /**
   * A check that implies the partition constraint of {@code bound} (as PostgreSQL writes it, so
   * that ATTACH PARTITION proves the rows fit without reading them), or null where none is written:
   * a hash or default bound, a key of several columns or an expression.
   */
  static String boundCheck(PartitionKey key, PartitionBound bound) {
    if (key == null
        || key.elements().size() != 1
        || key.elements().get(0).column() == null
        || key.elements().get(0).opclass() != null) {
      return null;
    }
    String column = quote(key.elements().get(0).column());
    if (bound.kind() == PartitionBound.Kind.RANGE) {
      List<String> terms = new ArrayList<>();
      terms.add(column + " IS NOT NULL");
      String from = bound.from().get(0);
      String to = bound.to().get(0);
      if (!from.equals("MINVALUE") && !from.equals("MAXVALUE")) {
        terms.add(column + " >= " + from);
      }
      if (!to.equals("MINVALUE") && !to.equals("MAXVALUE")) {
        terms.add(column + " < " + to);
      }
      return String.join(" AND ", terms);
    }
    if (bound.kind() == PartitionBound.Kind.LIST) {
      List<String> values = bound.in().stream().filter(v -> !v.equals("NULL")).toList();
      boolean nulls = values.size() < bound.in().size();
      String in = values.isEmpty() ? null : column + " IN (" + String.join(", ", values) + ")";
      if (nulls) {
        return in == null ? column + " IS NULL" : "(" + column + " IS NULL OR " + in + ")";
      }
      return column + " IS NOT NULL AND " + in;
    }
    return null;
  }
}
