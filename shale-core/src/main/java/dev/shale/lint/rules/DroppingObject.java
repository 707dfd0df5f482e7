package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement.Drop;
import dev.shale.sql.parse.QualifiedName;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * DROP of an object that application SQL uses by name: views, materialized views, foreign tables,
 * functions, procedures, aggregates, operators, sequences, schemas, domains, extensions (their
 * functions and types go with them), collations, text search configurations and dictionaries, and
 * roles (that applications log in as). Tables, types and databases have rules of their own;
 * indexes, triggers, constraints, policies, rules, statistics and the like are not used by name in
 * queries (dropping them is a locking or performance question, not a compatibility one).
 */
public final class DroppingObject implements LintRule {
  static final Set<ObjectKind> KINDS =
      EnumSet.of(
          ObjectKind.VIEW,
          ObjectKind.MATERIALIZED_VIEW,
          ObjectKind.FOREIGN_TABLE,
          ObjectKind.FUNCTION,
          ObjectKind.PROCEDURE,
          ObjectKind.ROUTINE,
          ObjectKind.AGGREGATE,
          ObjectKind.OPERATOR,
          ObjectKind.SEQUENCE,
          ObjectKind.SCHEMA,
          ObjectKind.DOMAIN,
          ObjectKind.EXTENSION,
          ObjectKind.COLLATION,
          ObjectKind.TEXT_SEARCH_CONFIGURATION,
          ObjectKind.TEXT_SEARCH_DICTIONARY,
          ObjectKind.ROLE,
          ObjectKind.USER,
          ObjectKind.GROUP);

  @Override
  public Rule rule() {
    return Rule.DROP_OBJECT;
  }

  @Override
  public Example example() {
    return new Example(
        "DROP VIEW active_customers;",
        "-- after a deploy whose code no longer uses active_customers:\n"
            + "-- shale:ignore drop-object\n"
            + "DROP VIEW active_customers;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof Drop drop) || !KINDS.contains(drop.kind())) {
      return;
    }
    List<QualifiedName> existing =
        drop.names().stream()
            .filter(n -> !SameDeploy.created(context, drop.kind(), n))
            .filter(n -> !contractedFunction(context, drop, n))
            .toList();
    if (existing.isEmpty()) {
      return;
    }
    out.add(
        context.source(),
        "drops "
            + RenamingObject.kind(drop.kind())
            + " "
            + RenamingObject.names(existing)
            + (drop.cascade() ? " and, with CASCADE, every object that depends on it" : "")
            + ": running code that still uses "
            + (existing.size() == 1 ? "it" : "them")
            + " fails",
        null);
  }

  /**
   * The function of an expand-and-contract trigger, dropped by the contract after that trigger:
   * only the trigger called it.
   */
  private static boolean contractedFunction(
      StatementContext context, Drop drop, QualifiedName name) {
    return drop.kind() == dev.shale.sql.parse.ObjectKind.FUNCTION
        && name.name().startsWith("shale_sync_")
        && context.schema().contractsAny();
  }
}
