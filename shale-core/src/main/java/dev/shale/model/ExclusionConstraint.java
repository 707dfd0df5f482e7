package dev.shale.model;

import java.util.List;

/**
 * An exclusion constraint: no two rows may have every element compare true with its operator
 * ({@code EXCLUDE USING gist (room_id WITH =, during WITH &&)}).
 *
 * @param method the index access method, null for btree
 * @param elements the keys, as an index holds them
 * @param operators one per element, as PostgreSQL prints it ({@code =}, {@code &&}, {@code
 *     OPERATOR(s.op)} for one outside pg_catalog)
 * @param where the predicate of a partial constraint, or null
 */
public record ExclusionConstraint(
    String name,
    String method,
    List<IndexElement> elements,
    List<String> operators,
    String where,
    ForeignKey.Deferral deferral) {

  public ExclusionConstraint {
    elements = List.copyOf(elements);
    operators = List.copyOf(operators);
    if (elements.size() != operators.size()) {
      throw new IllegalArgumentException("one operator per element");
    }
  }

  public ExclusionConstraint withName(String replaced) {
    return new ExclusionConstraint(replaced, method, elements, operators, where, deferral);
  }

  /** This constraint with its column names and expressions edited (a column renamed). */
  public ExclusionConstraint mapped(
      java.util.function.UnaryOperator<String> columns,
      java.util.function.UnaryOperator<String> expressions) {
    List<IndexElement> edited = elements.stream().map(e -> e.mapped(columns, expressions)).toList();
    return new ExclusionConstraint(
        name, method, edited, operators, where == null ? null : expressions.apply(where), deferral);
  }
}
