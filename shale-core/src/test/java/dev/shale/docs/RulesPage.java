package dev.shale.docs;

import dev.shale.lint.LintRule;
import dev.shale.lint.Rules;
import dev.shale.sql.Rule;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The per-rule sections of docs/rules.md, rendered from the code: the catalog's texts and each lint
 * rule's examples. {@code DocsTest} keeps the page equal to this; {@code -Dshale.docs.update=true}
 * rewrites it.
 */
final class RulesPage {
  static final String START = "<!-- rules: generated from the code by DocsTest; do not edit -->";
  static final String END = "<!-- rules: end -->";

  private static final Set<Rule> GENERATE_ONLY =
      Set.of(Rule.REBUILD_ENUM, Rule.ACCESS_EXCLUSIVE_BRIEF);
  private static final Set<Rule> GUARD =
      Set.of(
          Rule.FOLDER_OUT_OF_STEP,
          Rule.SNAPSHOT_CHAIN_BROKEN,
          Rule.SCHEMA_NOT_GENERATED,
          Rule.SNAPSHOT_UNREADABLE);
  private static final Set<Rule> TRACE =
      Set.of(Rule.TRACE_UNLISTED_RISK, Rule.TRACE_CONTRADICTS_RULE);

  private RulesPage() {}

  static String render() {
    Map<Rule, LintRule> lint = new EnumMap<>(Rule.class);
    Rules.all().forEach(r -> lint.put(r.rule(), r));
    StringBuilder out = new StringBuilder(START).append("\n");
    for (Rule rule : Rule.values()) {
      LintRule implementation = lint.get(rule);
      out.append("\n### `").append(rule.id()).append("`\n\n");
      out.append("**").append(rule.severity().label()).append("** · PostgreSQL versions: ");
      out.append(rule.versions()).append(" · ").append(where(rule, implementation)).append("\n\n");
      out.append(capitalized(rule.why())).append(".\n\n");
      out.append("Safer: ").append(rule.safeAlternative()).append(".\n");
      if (implementation != null) {
        LintRule.Example example = implementation.example();
        String on = example.pgVersion() == 0 ? "" : " (PostgreSQL " + example.pgVersion() + ")";
        out.append("\n```sql\n-- reported")
            .append(on)
            .append("\n")
            .append(example.bad().strip())
            .append("\n```\n");
        out.append("\n```sql\n-- not reported")
            .append(on)
            .append("\n")
            .append(example.good().strip())
            .append("\n```\n");
      }
    }
    return out.append("\n").append(END).toString();
  }

  private static String where(Rule rule, LintRule implementation) {
    if (implementation != null) {
      return implementation.onByDefault()
          ? "`check`: on by default"
          : "`check`: off unless included (`--include " + rule.id() + "`)";
    }
    if (GENERATE_ONLY.contains(rule)) {
      return "printed by `generate` and `push` (their plans write the change)";
    }
    if (GUARD.contains(rule)) {
      return "`check`: the folder guard (project mode)";
    }
    if (TRACE.contains(rule)) {
      return "`check --trace`";
    }
    return "`check`: every file";
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
