package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import java.util.List;

/** Rules on locks, rewrites and scans of tables that hold rows. */
public final class LockingRules {
  private LockingRules() {}

  public static List<LintRule> all() {
    return List.of(
        new CreateIndexNonConcurrent(),
        new DropIndexNonConcurrent(),
        new ReindexNonConcurrent(),
        new UniqueDataDependent(),
        new FkMissingIndex(),
        new AddForeignKey(),
        new ConstraintMissingNotValid(),
        new SetNotNull(),
        new SetNotNullExistingNulls(),
        new AddUniqueConstraint(),
        new AddPrimaryKey(),
        new AddExclusionConstraint(),
        new ChangingColumnType(),
        new AddingFieldWithVolatileDefault(),
        new AddingStoredGeneratedColumn(),
        new AddingSerialOrIdentityColumn(),
        new SetGeneratedExpression(),
        new AddingRequiredField(),
        new TruncateTable(),
        new VacuumFull(),
        new ClusterTable(),
        new SetLoggedUnlogged(),
        new SetTablespace(),
        new DetachPartitionNonConcurrent(),
        new AttachPartitionScan(),
        new RefreshMaterializedViewBlocking(),
        new MaterializedViewBuild(),
        new LockTableRule(),
        new UnbatchedBackfill(),
        new MissingLockTimeout());
  }
}
