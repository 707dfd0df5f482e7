package dev.shale.codegen;

import dev.shale.model.ColumnType;
import dev.shale.model.CompositeField;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Domains and composite types in the order their fields must be declared: each after the ones it
 * uses (Java initializes static fields in order), otherwise by name.
 */
final class UserTypeOrder {
  private UserTypeOrder() {}

  static List<QualifiedName> of(SchemaModel model) {
    Set<QualifiedName> all = new TreeSet<>();
    model.domains().forEach(d -> all.add(d.name()));
    model.composites().forEach(c -> all.add(c.name()));
    List<QualifiedName> order = new ArrayList<>();
    Set<QualifiedName> seen = new HashSet<>();
    for (QualifiedName name : all) {
      visit(model, name, all, seen, order);
    }
    return order;
  }

  private static void visit(
      SchemaModel model,
      QualifiedName name,
      Set<QualifiedName> all,
      Set<QualifiedName> seen,
      List<QualifiedName> order) {
    if (!all.contains(name) || !seen.add(name)) {
      return;
    }
    List<ColumnType> used = new ArrayList<>();
    model.domain(name).ifPresent(d -> used.add(d.baseType()));
    model
        .composite(name)
        .ifPresent(c -> c.fields().stream().map(CompositeField::type).forEach(used::add));
    for (ColumnType type : used) {
      if (type.isUserDefined()) {
        visit(model, type.userType(), all, seen, order);
      }
    }
    order.add(name);
  }
}
