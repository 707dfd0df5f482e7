package dev.shale.push;

import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.HistoryTable;
import dev.shale.db.MigrateOptions;
import dev.shale.db.MigrationEvent;
import dev.shale.db.Migrator;
import dev.shale.db.PreparedMigration;
import dev.shale.diff.Change;
import dev.shale.introspect.IntrospectionFilter;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.PlanOptions;
import java.util.List;
import java.util.function.Consumer;

/**
 * The push engine, as {@code shale push} runs it (the command adds the questions and the output):
 * the declared schema as the server would hold it, the plan in its plain form, and its steps run as
 * unrecorded migrations.
 */
public final class Push {
  private Push() {}

  /**
   * What {@code live} (read through {@code filter}) is compared with: the part of {@code declared}
   * inside the filter, as the server would hold it (see {@link Shadow#asTheServerHoldsIt}).
   */
  public static SchemaModel target(
      SchemaModel live,
      SchemaModel declared,
      IntrospectionFilter filter,
      int pgVersion,
      DatabaseUrl shadowUrl) {
    return Shadow.asTheServerHoldsIt(
        live,
        Scope.within(dev.shale.diff.Expansions.target(live, declared), filter),
        filter,
        pgVersion,
        shadowUrl);
  }

  /**
   * The steps that take {@code live} to {@code target} through {@code changes}: plain DDL (push is
   * for databases nobody else is using), one transactional step, preceded by enum values that must
   * be committed before their first use.
   */
  public static List<MigrationPlanner.Step> plan(
      SchemaModel live, SchemaModel target, List<Change> changes, int pgVersion) {
    return MigrationPlanner.plan(live, target, changes, new PlanOptions(pgVersion, false));
  }

  /**
   * Runs {@code migrations} ({@link PushScript#of}) on {@code db} as {@code migrate} runs files:
   * under the advisory lock of {@code history} (which is not created), each transactional one in
   * one transaction with {@code lock_timeout}, a failure rolling all of it back; never recorded.
   */
  public static void apply(
      Database db,
      HistoryTable history,
      List<PreparedMigration> migrations,
      MigrateOptions options,
      Consumer<MigrationEvent> events) {
    new Migrator(db, history, events).applyUnrecorded(migrations, options);
  }
}
