package dev.shale.cli;

import dev.shale.diff.Change;
import dev.shale.sql.MigrationPlanner;
import dev.shale.sql.Rule;
import dev.shale.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's suggestion of expand and contract for a rename or a rewriting type change of a live
 * column, which breaks running code or locks the table while it is rewritten.
 */
final class ExpandContractHint {
  private ExpandContractHint() {}

  static List<String> of(Statement statement) {
    List<Rule> rules = statement.risk().rules();
    if (statement.change() instanceof Change.RenameColumn c && rules.contains(Rule.RENAME_COLUMN)) {
      return List.of(
          "declare column(\""
              + c.to()
              + "\", …).replaces(\""
              + c.from()
              + "\") to rename "
              + c.table().name()
              + "."
              + c.from()
              + " by expand and contract, which running code survives");
    }
    if (statement.change() instanceof Change.AlterColumnType c
        && rules.contains(Rule.CHANGE_COLUMN_TYPE)) {
      return List.of(
          "declare column(\""
              + c.column()
              + "\", …).replaces(\""
              + c.column()
              + "\") to change the type of "
              + c.table().name()
              + "."
              + c.column()
              + " by expand and contract, without rewriting the table under an ACCESS EXCLUSIVE"
              + " lock");
    }
    return List.of();
  }

  /**
   * A new column of expand and contract that is NOT NULL: its NOT VALID check holds for every row
   * written from the first expand migration on, so a row whose old column converts to NULL can no
   * longer be updated, and the validation fails, until that row is fixed.
   */
  static List<String> notNullOverNulls(List<MigrationPlanner.Step> steps) {
    List<Change.Backfill> backfills = new ArrayList<>();
    List<Change.SetNotNull> notNulls = new ArrayList<>();
    for (MigrationPlanner.Step step : steps) {
      for (Statement s : step.statements()) {
        if (s.change() instanceof Change.Backfill b) {
          backfills.add(b);
        } else if (s.change() instanceof Change.SetNotNull n) {
          notNulls.add(n);
        }
      }
    }
    List<String> hints = new ArrayList<>();
    for (Change.Backfill b : backfills) {
      if (b.mayBeNull() && notNulls.contains(new Change.SetNotNull(b.table(), b.column()))) {
        hints.add(
            b.table().name()
                + "."
                + b.column()
                + " is NOT NULL: from the first migration on, a row whose "
                + b.old()
                + " gives NULL cannot be updated and the validation fails; find them first"
                + " (SELECT count(*) FROM "
                + dev.shale.sql.Identifiers.qualified(b.table())
                + " WHERE "
                + b.value()
                + " IS NULL) and fill them, or give replaces(…) a using expression with"
                + " coalesce(…)");
      }
    }
    return hints;
  }
}
