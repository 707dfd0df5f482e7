package dev.shale.model;

import java.util.Comparator;
import java.util.List;

/**
 * A domain ({@code CREATE DOMAIN}): a base type with an optional default, NOT NULL, named checks
 * (whose expressions say {@code VALUE}) and collation. Columns, composite fields and function
 * arguments use it as a type.
 *
 * @param baseType the type it constrains: built-in, an enum, or another user type
 * @param defaultExpression the default, or null
 * @param collation the collation named by COLLATE, or null for the base type's
 * @param checks its check constraints, sorted by name
 */
public record Domain(
    QualifiedName name,
    ColumnType baseType,
    String defaultExpression,
    boolean notNull,
    String collation,
    List<CheckConstraint> checks) {
  public Domain {
    if (name == null || baseType == null) {
      throw new IllegalArgumentException("a domain needs a name and a base type");
    }
    if (defaultExpression != null && defaultExpression.isBlank()) {
      defaultExpression = null;
    }
    if (collation != null && collation.isEmpty()) {
      collation = null;
    }
    checks =
        (checks == null ? List.<CheckConstraint>of() : checks)
            .stream().sorted(Comparator.comparing(CheckConstraint::name)).toList();
  }

  public Domain withName(QualifiedName renamed) {
    return new Domain(renamed, baseType, defaultExpression, notNull, collation, checks);
  }

  public Domain withBaseType(ColumnType type) {
    return new Domain(name, type, defaultExpression, notNull, collation, checks);
  }

  public Domain withChecks(List<CheckConstraint> replaced) {
    return new Domain(name, baseType, defaultExpression, notNull, collation, replaced);
  }

  public java.util.Optional<CheckConstraint> check(String checkName) {
    return checks.stream().filter(c -> c.name().equals(checkName)).findFirst();
  }
}
