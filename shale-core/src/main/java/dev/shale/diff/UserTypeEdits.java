package dev.shale.diff;

import dev.shale.model.ColumnType;
import dev.shale.model.CompositeField;
import dev.shale.model.CompositeType;
import dev.shale.model.Domain;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.function.UnaryOperator;

/** Renames and schema moves of user types as seen by domains and composite types. */
final class UserTypeEdits {
  private UserTypeEdits() {}

  /**
   * {@code m} with every domain and composite type named by {@code move}, and every type they use
   * (a domain's base type, a composite's field types) too.
   */
  static SchemaModel move(SchemaModel m, UnaryOperator<QualifiedName> move) {
    return m.withDomains(
            m.domains().stream()
                .map(d -> d.withName(move.apply(d.name())).withBaseType(retype(d.baseType(), move)))
                .toList())
        .withComposites(
            m.composites().stream()
                .map(
                    c ->
                        new CompositeType(
                            move.apply(c.name()),
                            c.fields().stream()
                                .map(f -> new CompositeField(f.name(), retype(f.type(), move)))
                                .toList()))
                .toList());
  }

  /** A field of a composite type renamed. */
  static SchemaModel renameField(SchemaModel m, QualifiedName type, String from, String to) {
    return m.withComposites(
        m.composites().stream()
            .map(
                c ->
                    !c.name().equals(type)
                        ? c
                        : c.withFields(
                            c.fields().stream()
                                .map(
                                    f ->
                                        f.name().equals(from)
                                            ? new CompositeField(to, f.type())
                                            : f)
                                .toList()))
            .toList());
  }

  static ColumnType retype(ColumnType type, UnaryOperator<QualifiedName> move) {
    if (!type.isUserDefined()) {
      return type;
    }
    QualifiedName moved = move.apply(type.userType());
    return new ColumnType(moved.schema(), moved.name(), type.dimensions());
  }

  /** The names of the domains and composite types of {@code m} in {@code schema}. */
  static java.util.Set<QualifiedName> inSchema(SchemaModel m, String schema) {
    java.util.Set<QualifiedName> names = new java.util.HashSet<>();
    m.domains().stream()
        .map(Domain::name)
        .filter(n -> n.schema().equals(schema))
        .forEach(names::add);
    m.composites().stream()
        .map(CompositeType::name)
        .filter(n -> n.schema().equals(schema))
        .forEach(names::add);
    return names;
  }
}
