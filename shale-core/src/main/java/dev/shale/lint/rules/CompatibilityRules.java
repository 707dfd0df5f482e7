package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import java.util.List;

/** Rules on changes that lose data or break running application code. */
public final class CompatibilityRules {
  private CompatibilityRules() {}

  public static List<LintRule> all() {
    return List.of(
        new DroppingColumn(),
        new ContractInSameDeploy(),
        new DropAddSuspectedRename(),
        new DroppingTable(),
        new RenamingColumn(),
        new RenamingTable(),
        new RenamingObject(),
        new DroppingObject(),
        new RowSecurityDisabled(),
        new DroppingEnum(),
        new DroppingNotNull(),
        new TruncateCascade(),
        new DroppingDatabase());
  }
}
