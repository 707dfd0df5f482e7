package dev.shale.cli;

import dev.shale.diff.Change;
import dev.shale.sql.Rule;
import dev.shale.sql.Statement;
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
}
