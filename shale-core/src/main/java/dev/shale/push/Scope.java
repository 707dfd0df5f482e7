package dev.shale.push;

import dev.shale.db.DatabaseException;
import dev.shale.introspect.Introspection;
import dev.shale.introspect.IntrospectionException;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.introspect.Introspector;
import dev.shale.model.SchemaModel;
import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The part of a declared schema that a push or a diff compares with a database read through a
 * filter: objects outside the filter are neither created nor dropped.
 */
public final class Scope {
  private Scope() {}

  /**
   * The filter a push or diff of {@code declared} reads with: {@code filter} as given when {@code
   * exact}, else widened to every schema the declared schema uses.
   */
  public static IntrospectionFilter reading(
      SchemaModel declared, IntrospectionFilter filter, boolean exact) {
    if (exact) {
      return filter;
    }
    Set<String> schemas = new LinkedHashSet<>(filter.schemas());
    declared.schemas().forEach(schemas::add);
    declared.tables().forEach(t -> schemas.add(t.name().schema()));
    declared.enums().forEach(e -> schemas.add(e.name().schema()));
    declared.sequences().forEach(s -> schemas.add(s.name().schema()));
    declared.views().forEach(v -> schemas.add(v.name().schema()));
    declared.domains().forEach(d -> schemas.add(d.name().schema()));
    declared.composites().forEach(c -> schemas.add(c.name().schema()));
    return new IntrospectionFilter(List.copyOf(schemas), filter.tables(), filter.history());
  }

  /**
   * The live database read through {@code filter}, with every role of the cluster (so that a
   * declared role is found wherever it is named; roles are never dropped), its warning (the objects
   * Shale does not model, in one line) handed to {@code warnings}; a failed read is a {@link
   * DatabaseException} naming {@code database}.
   */
  public static SchemaModel live(
      Connection connection,
      IntrospectionFilter filter,
      String database,
      Consumer<String> warnings) {
    try {
      Introspection read = Introspector.read(connection, filter);
      if (read.warning() != null) {
        warnings.accept(read.warning());
      }
      return read.model().withRoles(read.clusterRoles());
    } catch (IntrospectionException e) {
      throw new DatabaseException(
          "cannot read the schema of " + database + ": " + e.getMessage(), e);
    }
  }

  /**
   * The live model with only the cluster roles that {@code other} declares: roles are shared by the
   * whole cluster and never dropped, so one that the other side does not declare is no difference
   * (in either direction).
   */
  public static SchemaModel rolesDeclaredIn(SchemaModel live, SchemaModel other) {
    java.util.Set<String> declared = new java.util.HashSet<>();
    other.roles().forEach(r -> declared.add(r.name()));
    return live.withRoles(live.roles().stream().filter(r -> declared.contains(r.name())).toList());
  }

  /**
   * {@code model} without what {@code filter} leaves out, exactly as introspection leaves it out of
   * the database's side: tables and views by the table globs, the sequences that tables left out
   * own, and the foreign keys of kept tables that reference a table left out.
   */
  public static SchemaModel within(SchemaModel model, IntrospectionFilter filter) {
    return new SchemaModel(
        model.schemas().stream().filter(filter::includesSchema).toList(),
        model.extensions().stream().filter(e -> filter.includesSchema(e.schema())).toList(),
        model.routines().stream().filter(r -> filter.includesSchema(r.name().schema())).toList(),
        model.enums().stream().filter(e -> filter.includesSchema(e.name().schema())).toList(),
        model.sequences().stream()
            .filter(s -> filter.includesSchema(s.name().schema()))
            .filter(
                s ->
                    s.ownedBy() == null
                        || filter.includesTable(
                            s.ownedBy().table().schema(), s.ownedBy().table().name()))
            .toList(),
        model.tables().stream()
            .filter(t -> filter.includesTable(t.name().schema(), t.name().name()))
            .map(
                t ->
                    t.withForeignKeys(
                        t.foreignKeys().stream()
                            .filter(
                                fk ->
                                    filter.includesTable(
                                        fk.targetTable().schema(), fk.targetTable().name()))
                            .toList()))
            .toList(),
        model.views().stream()
            .filter(v -> filter.includesTable(v.name().schema(), v.name().name()))
            .toList(),
        model.domains().stream().filter(d -> filter.includesSchema(d.name().schema())).toList(),
        model.composites().stream().filter(c -> filter.includesSchema(c.name().schema())).toList(),
        model.grants().stream()
            .filter(
                g ->
                    filter.includesSchema(g.schema())
                        && (!g.on().equals("table") && !g.onView()
                            || filter.includesTable(g.schema(), g.name())))
            .toList(),
        model.roles());
  }
}
