package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The whole declared database: the one language every stage speaks. Canonical: every list is sorted
 * by name, so two models of the same schema are {@code equals}.
 */
public record SchemaModel(
    List<String> schemas,
    List<EnumType> enums,
    List<Sequence> sequences,
    List<Table> tables,
    List<View> views) {

  public static final SchemaModel EMPTY =
      new SchemaModel(List.of(), List.of(), List.of(), List.of(), List.of());

  public SchemaModel {
    schemas = schemas.stream().sorted().toList();
    enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
    views = views.stream().sorted(Comparator.comparing(View::name)).toList();
  }

  public Optional<Table> table(QualifiedName name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<EnumType> enumType(QualifiedName name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
