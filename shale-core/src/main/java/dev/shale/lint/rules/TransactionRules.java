package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import java.util.List;

/** Rules on transaction structure and session settings. */
public final class TransactionRules {
  private TransactionRules() {}

  public static List<LintRule> all() {
    return List.of(
        new ConcurrentlyInTransaction(),
        new TransactionDisallowedStatement(),
        new ValidateInSameTransaction(),
        new StatementsAfterAccessExclusive(),
        new MultipleAlterSameTable(),
        new SetLocalOutsideTransaction(),
        new EnumValueInTransaction(),
        new EnumValueAdded(),
        new TransactionNesting(),
        new DoBlockNotChecked());
  }
}
