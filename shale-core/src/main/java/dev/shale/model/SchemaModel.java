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
    List<Extension> extensions,
    List<Routine> routines,
    List<EnumType> enums,
    List<Sequence> sequences,
    List<Table> tables,
    List<View> views,
    List<Domain> domains,
    List<CompositeType> composites,
    List<Grant> grants,
    List<Role> roles) {

  public static final SchemaModel EMPTY =
      new SchemaModel(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of(), List.of());

  /**
   * A model without grants and roles. Edits that rebuild a model must carry grants and roles along
   * (use the with-methods, or {@link #withGrantsAndRolesOf}).
   */
  public SchemaModel(
      List<String> schemas,
      List<Extension> extensions,
      List<Routine> routines,
      List<EnumType> enums,
      List<Sequence> sequences,
      List<Table> tables,
      List<View> views,
      List<Domain> domains,
      List<CompositeType> composites) {
    this(
        schemas,
        extensions,
        routines,
        enums,
        sequences,
        tables,
        views,
        domains,
        composites,
        List.of(),
        List.of());
  }

  public SchemaModel {
    schemas = schemas.stream().sorted().toList();
    extensions =
        (extensions == null ? List.<Extension>of() : extensions)
            .stream().sorted(Comparator.comparing(Extension::name)).toList();
    routines =
        (routines == null ? List.<Routine>of() : routines)
            .stream().sorted(Comparator.comparing(Routine::signature)).toList();
    enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
    views = views.stream().sorted(Comparator.comparing(View::name)).toList();
    domains =
        (domains == null ? List.<Domain>of() : domains)
            .stream().sorted(Comparator.comparing(Domain::name)).toList();
    composites =
        (composites == null ? List.<CompositeType>of() : composites)
            .stream().sorted(Comparator.comparing(CompositeType::name)).toList();
    grants = (grants == null ? List.<Grant>of() : grants).stream().sorted().toList();
    roles =
        (roles == null ? List.<Role>of() : roles)
            .stream().sorted(Comparator.comparing(Role::name)).toList();
  }

  // One "with" per kind, so that an edit of one kind carries every other kind along.

  public SchemaModel withSchemas(List<String> replaced) {
    return new SchemaModel(
        replaced,
        extensions,
        routines,
        enums,
        sequences,
        tables,
        views,
        domains,
        composites,
        grants,
        roles);
  }

  public SchemaModel withExtensions(List<Extension> replaced) {
    return new SchemaModel(
        schemas,
        replaced,
        routines,
        enums,
        sequences,
        tables,
        views,
        domains,
        composites,
        grants,
        roles);
  }

  public SchemaModel withRoutines(List<Routine> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        replaced,
        enums,
        sequences,
        tables,
        views,
        domains,
        composites,
        grants,
        roles);
  }

  public SchemaModel withEnums(List<EnumType> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        routines,
        replaced,
        sequences,
        tables,
        views,
        domains,
        composites,
        grants,
        roles);
  }

  public SchemaModel withSequences(List<Sequence> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        routines,
        enums,
        replaced,
        tables,
        views,
        domains,
        composites,
        grants,
        roles);
  }

  public SchemaModel withTables(List<Table> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        routines,
        enums,
        sequences,
        replaced,
        views,
        domains,
        composites,
        grants,
        roles);
  }

  public SchemaModel withViews(List<View> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        routines,
        enums,
        sequences,
        tables,
        replaced,
        domains,
        composites,
        grants,
        roles);
  }

  public SchemaModel withDomains(List<Domain> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        routines,
        enums,
        sequences,
        tables,
        views,
        replaced,
        composites,
        grants,
        roles);
  }

  public SchemaModel withComposites(List<CompositeType> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        routines,
        enums,
        sequences,
        tables,
        views,
        domains,
        replaced,
        grants,
        roles);
  }

  public SchemaModel withGrants(List<Grant> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        routines,
        enums,
        sequences,
        tables,
        views,
        domains,
        composites,
        replaced,
        roles);
  }

  public SchemaModel withRoles(List<Role> replaced) {
    return new SchemaModel(
        schemas,
        extensions,
        routines,
        enums,
        sequences,
        tables,
        views,
        domains,
        composites,
        grants,
        replaced);
  }

  /** This model with the grants and roles of {@code other}. */
  public SchemaModel withGrantsAndRolesOf(SchemaModel other) {
    return withGrants(other.grants).withRoles(other.roles);
  }

  public Optional<Role> role(String name) {
    return roles.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public Optional<Domain> domain(QualifiedName name) {
    return domains.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  public Optional<CompositeType> composite(QualifiedName name) {
    return composites.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * This model (read from a server) leaving open what {@code declared} leaves open: extension
   * versions it does not pin (the server reports the version it installed, which any would satisfy)
   * and the validity of constraints it declares NOT VALID (a validated one satisfies it); of the
   * cluster's roles, those it declares (the others are referenced, not managed).
   */
  public SchemaModel relaxedLike(SchemaModel declared) {
    List<Extension> unpinned =
        extensions.stream()
            .map(
                e ->
                    declared
                            .extension(e.name())
                            .filter(d -> d.version() == null && d.schema().equals(e.schema()))
                            .isPresent()
                        ? new Extension(e.name(), e.schema(), null)
                        : e)
            .toList();
    List<Table> notValidated =
        tables.stream().map(t -> declared.table(t.name()).map(t::validityLike).orElse(t)).toList();
    List<Role> declaredRoles =
        roles.stream().filter(r -> declared.role(r.name()).isPresent()).toList();
    return withExtensions(unpinned).withTables(notValidated).withRoles(declaredRoles);
  }

  public Optional<Extension> extension(String name) {
    return extensions.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The routine with {@code signature} ({@link Routine#signature}), or empty. */
  public Optional<Routine> routine(String signature) {
    return routines.stream().filter(r -> r.signature().equals(signature)).findFirst();
  }

  public Optional<Table> table(QualifiedName name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** {@code table} and every partition below it, at any depth. */
  public java.util.Set<QualifiedName> partitionTree(QualifiedName table) {
    java.util.Set<QualifiedName> tree = new java.util.LinkedHashSet<>();
    tree.add(table);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Table t : tables) {
        if (t.isPartition() && tree.contains(t.partitioning().parent()) && tree.add(t.name())) {
          grew = true;
        }
      }
    }
    return tree;
  }

  /**
   * The names of the relations of {@code schema}: tables, views, sequences and the indexes of
   * indexes, keys and exclusion constraints, one namespace in PostgreSQL.
   */
  public java.util.Set<String> relationNames(String schema) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Table t : tables) {
      if (t.name().schema().equals(schema)) {
        names.add(t.name().name());
        t.indexes().forEach(i -> names.add(i.name()));
        if (t.primaryKey() != null) {
          names.add(t.primaryKey().name());
        }
        t.uniques().forEach(u -> names.add(u.name()));
        t.exclusions().forEach(x -> names.add(x.name()));
      }
    }
    views.stream()
        .filter(v -> v.name().schema().equals(schema))
        .forEach(v -> names.add(v.name().name()));
    sequences.stream()
        .filter(s -> s.name().schema().equals(schema))
        .forEach(s -> names.add(s.name().name()));
    return names;
  }

  /** The partitions whose parent is {@code table}, in the model's order. */
  public List<Table> partitionsOf(QualifiedName table) {
    return tables.stream()
        .filter(t -> t.isPartition() && t.partitioning().parent().equals(table))
        .toList();
  }

  public Optional<EnumType> enumType(QualifiedName name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
