package dev.shale.push;

import dev.shale.db.DatabaseUrl;
import dev.shale.diff.Change;
import dev.shale.diff.Comparison;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.model.SchemaModel;
import java.sql.Connection;
import java.util.List;

/**
 * How a live database differs from the schema it should hold (the snapshot of its newest applied
 * migration, for {@code shale status}): both sides as the server holds them, so that text the
 * server rewrites is never drift.
 */
public final class LiveDrift {
  private LiveDrift() {}

  /**
   * The changes that would take the database on {@code connection} (named {@code database}) to
   * {@code expected}, read through {@code filter} widened to the schemas {@code expected} uses;
   * empty when there is no drift. The warning about objects Shale does not model is not repeated.
   */
  public static List<Change> of(
      Connection connection,
      String database,
      SchemaModel expected,
      IntrospectionFilter filter,
      int pgVersion,
      DatabaseUrl shadowUrl) {
    IntrospectionFilter reading = Scope.reading(expected, filter, false);
    SchemaModel live = Scope.live(connection, reading, database, warning -> {});
    SchemaModel held =
        Shadow.asTheServerHoldsIt(
            live, Scope.within(expected, reading), reading, pgVersion, shadowUrl);
    return Comparison.withoutRenames(live, held, pgVersion);
  }
}
