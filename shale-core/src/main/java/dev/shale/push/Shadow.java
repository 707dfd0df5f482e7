package dev.shale.push;

import dev.shale.db.Database;
import dev.shale.db.DatabaseException;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.ScratchDatabase;
import dev.shale.diff.Comparison;
import dev.shale.diff.SchemaDiff;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.introspect.Introspector;
import dev.shale.model.Column;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scratch database in which a schema is built and read back, so that it can be compared with a
 * live database as the server holds both: PostgreSQL rewrites the text of checks, defaults, index
 * predicates and view queries ({@code a>0} becomes {@code (a > 0)}, {@code BETWEEN} two
 * comparisons), and only some of that can be undone in Java. A new database on the shadow server,
 * dropped afterwards; by default that server is a throwaway embedded one.
 */
public final class Shadow implements AutoCloseable {
  private final Database server;

  private Shadow(Database server) {
    this.server = server;
  }

  /** A shadow on {@code url} ({@code embedded}: a throwaway embedded server). */
  public static Shadow open(DatabaseUrl url) {
    return new Shadow(Database.open(url));
  }

  /**
   * {@code declared} as the server holds it, for comparing with {@code live} (read through {@code
   * filter}): {@code declared} itself when the two already compare equal, else the schema built in
   * a shadow database and read back.
   */
  public static SchemaModel asTheServerHoldsIt(
      SchemaModel live,
      SchemaModel declared,
      IntrospectionFilter filter,
      int pgVersion,
      DatabaseUrl shadowUrl) {
    if (!mayRewrite(live, declared)
        || Comparison.withoutRenames(live, declared, pgVersion).isEmpty()) {
      return declared;
    }
    Optional<ShadowCache> cache =
        shadowUrl.embedded() && shadowUrl.dockerImage() == null
            ? ShadowCache.of(declared, filter, pgVersion)
            : Optional.empty();
    Optional<SchemaModel> cached = cache.flatMap(ShadowCache::read);
    if (cached.isPresent()) {
      return cached.get();
    }
    try (Shadow shadow = open(shadowUrl)) {
      SchemaModel held = shadow.roundTrip(declared, filter, pgVersion);
      cache.ifPresent(c -> c.write(held));
      return held;
    }
  }

  /**
   * Whether the shadow could change the comparison of {@code live} with {@code declared}: only when
   * an object on both sides holds text the server rewrites (a default, a generated expression, a
   * check, an index's expressions or predicate, a partition key or bound, a view's query) and that
   * text differs. Text of an object that exists on one side only cannot matter: the object is
   * created or dropped whatever its spelling. Most pushes and diffs so skip the shadow and its
   * server start.
   */
  static boolean mayRewrite(SchemaModel live, SchemaModel declared) {
    Map<String, String> held = serverText(live);
    return serverText(declared).entrySet().stream()
        .anyMatch(e -> held.containsKey(e.getKey()) && !held.get(e.getKey()).equals(e.getValue()));
  }

  /** Every text the server rewrites, keyed by the object that holds it. */
  private static Map<String, String> serverText(SchemaModel model) {
    Map<String, String> text = new HashMap<>();
    for (Table table : model.tables()) {
      String prefix = table.name() + "\0";
      for (Column column : table.columns()) {
        if (column.defaultExpression() != null || column.generatedExpression() != null) {
          text.put(
              prefix + "column\0" + column.name(),
              column.defaultExpression() + "\0" + column.generatedExpression());
        }
      }
      table.checks().forEach(c -> text.put(prefix + "check\0" + c.name(), c.expression()));
      table.indexes().forEach(i -> text.put(prefix + "index\0" + i.name(), i.toString()));
      table
          .security()
          .policies()
          .forEach(p -> text.put(prefix + "policy\0" + p.name(), p.using() + "\0" + p.withCheck()));
      table.triggers().stream()
          .filter(t -> t.when() != null)
          .forEach(t -> text.put(prefix + "trigger\0" + t.name(), t.when()));
      if (table.partitioning() != null) {
        // Bound values as typed ('10.5' for a numeric(4,2) key, '2024-2-1' for a date) and key
        // expressions: the server keeps its own spelling of both.
        text.put(prefix + "partitioning", table.partitioning().toString());
      }
    }
    model.views().forEach(v -> text.put("view\0" + v.name(), v.query()));
    return text;
  }

  /** Builds {@code model} in a new database of the shadow server and reads it back. */
  public SchemaModel roundTrip(SchemaModel model, IntrospectionFilter filter, int pgVersion) {
    try (ScratchDatabase scratch =
            ScratchDatabase.create(
                server,
                "shale_shadow_",
                "the shadow needs a user that may create databases; give --shadow-url, or leave"
                    + " it to the embedded default");
        Connection c = scratch.database().connect();
        Statement st = c.createStatement()) {
      String ddl =
          MigrationScript.plain(
              StatementPlanner.plan(
                  SchemaDiff.create(toPublic(model)), new PlanOptions(pgVersion, false)));
      try {
        st.execute(ddl);
      } catch (SQLException e) {
        throw new DatabaseException(
            "the declared schema does not build on "
                + server.description()
                + " (the shadow database that shows how the server stores it): "
                + e.getMessage(),
            e);
      }
      return withDeclaredRoles(Introspector.read(c, filter).model().relaxedLike(model), model);
    } catch (SQLException e) {
      throw new DatabaseException("the shadow database failed: " + e.getMessage(), e);
    }
  }

  /**
   * Every policy to PUBLIC, and no grant or role: the application's roles need not exist on the
   * shadow server (roles belong to a cluster, and the default shadow is a fresh one), and neither
   * roles nor grants are text the server rewrites.
   */
  private static SchemaModel toPublic(SchemaModel model) {
    return model
        .withGrants(List.of())
        .withRoles(List.of())
        .withTables(
            model.tables().stream()
                .map(t -> t.withRowSecurity(t.security().withPolicies(p -> p.withRoles(List.of()))))
                .toList());
  }

  /**
   * {@code held} with each policy's roles, the grants and the roles as {@code declared} has them.
   */
  private static SchemaModel withDeclaredRoles(SchemaModel held, SchemaModel declared) {
    return held.withGrantsAndRolesOf(declared)
        .withTables(
            held.tables().stream()
                .map(
                    t ->
                        t.withRowSecurity(
                            t.security()
                                .withPolicies(
                                    p ->
                                        declared
                                            .table(t.name())
                                            .flatMap(d -> d.security().policy(p.name()))
                                            .map(d -> p.withRoles(d.roles()))
                                            .orElse(p))))
                .toList());
  }

  @Override
  public void close() {
    server.close();
  }
}
