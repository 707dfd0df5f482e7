package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement.Rename;
import dev.shale.sql.parse.ParsedStatement.RenameTarget;
import dev.shale.sql.parse.ParsedStatement.SetSchema;
import dev.shale.sql.parse.QualifiedName;
import java.util.EnumSet;
import java.util.Set;

/**
 * Renames (and SET SCHEMA moves) of objects that application SQL names: views, materialized views,
 * foreign tables, sequences, types and their enum values and attributes, domains, schemas,
 * functions, procedures, aggregates, operators, collations, text search configurations and
 * dictionaries, roles and databases. Tables and their columns are renaming-table's and
 * renaming-column's.
 *
 * <p>Renaming an index, a constraint, a trigger, a policy, a rule, statistics or an object only DDL
 * and administration name (tablespaces, publications, servers, operator classes, …) is no finding:
 * queries do not name them. (Code that names a constraint, as {@code ON CONFLICT ON CONSTRAINT} or
 * error handling matching its name does, is the exception this accepts.)
 */
public final class RenamingObject implements LintRule {
  static final Set<ObjectKind> HARMLESS =
      EnumSet.of(
          ObjectKind.TABLE, // renaming-table
          ObjectKind.INDEX,
          ObjectKind.TRIGGER,
          ObjectKind.POLICY,
          ObjectKind.RULE,
          ObjectKind.STATISTICS,
          ObjectKind.EVENT_TRIGGER,
          ObjectKind.PUBLICATION,
          ObjectKind.SUBSCRIPTION,
          ObjectKind.TABLESPACE,
          ObjectKind.FOREIGN_DATA_WRAPPER,
          ObjectKind.SERVER,
          ObjectKind.USER_MAPPING,
          ObjectKind.LANGUAGE,
          ObjectKind.OPERATOR_CLASS,
          ObjectKind.OPERATOR_FAMILY,
          ObjectKind.ACCESS_METHOD,
          ObjectKind.CONVERSION,
          ObjectKind.TEXT_SEARCH_PARSER,
          ObjectKind.TEXT_SEARCH_TEMPLATE,
          ObjectKind.CAST,
          ObjectKind.TRANSFORM);

  @Override
  public Rule rule() {
    return Rule.RENAME_OBJECT;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TYPE order_status RENAME VALUE 'canceled' TO 'cancelled';",
        "ALTER TYPE order_status ADD VALUE 'cancelled' AFTER 'canceled';\n"
            + "-- deploy code that writes 'cancelled', then move rows:"
            + " UPDATE orders SET status = 'cancelled' WHERE status = 'canceled';");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (context.statement() instanceof Rename rename) {
      rename(context, rename, out);
    } else if (context.statement() instanceof SetSchema set
        && !HARMLESS.contains(set.kind())
        && !SameDeploy.created(context, set.kind(), set.object())) {
      out.add(
          context.source(),
          "moves "
              + kind(set.kind())
              + " "
              + set.object()
              + " to schema "
              + set.schema()
              + ": running code that names it with its old schema, or finds it through a"
              + " search_path without the new one, fails",
          null);
    }
  }

  private static void rename(StatementContext context, Rename rename, Report out) {
    if (HARMLESS.contains(rename.kind())
        || rename.target() == RenameTarget.CONSTRAINT
        || rename.target() == RenameTarget.COLUMN) {
      return;
    }
    if (rename.target() == RenameTarget.VALUE) {
      if (SameDeploy.enumValueAdded(context, rename.object(), rename.from())) {
        return;
      }
      out.add(
          context.source(),
          "renames value '"
              + rename.from()
              + "' of enum "
              + rename.object()
              + " to '"
              + rename.to()
              + "': running code that writes or compares '"
              + rename.from()
              + "' fails (invalid input value for enum) as soon as this commits",
          "ALTER TYPE "
              + rename.object()
              + " ADD VALUE '"
              + rename.to().replace("'", "''")
              + "' AFTER '"
              + rename.from().replace("'", "''")
              + "'; deploy code that writes it, then move the rows");
      return;
    }
    if (SameDeploy.created(context, rename.kind(), rename.object())) {
      return;
    }
    String what =
        rename.target() == RenameTarget.OBJECT
            ? kind(rename.kind()) + " " + rename.object()
            : "attribute " + rename.from() + " of " + kind(rename.kind()) + " " + rename.object();
    out.add(
        context.source(),
        "renames "
            + what
            + " to "
            + rename.to()
            + ": running code that still uses "
            + (rename.target() == RenameTarget.OBJECT ? rename.from() : "the old name")
            + " fails as soon as this commits",
        null);
  }

  static String kind(ObjectKind kind) {
    return kind.keywords().toLowerCase(java.util.Locale.ROOT);
  }

  static String names(java.util.List<QualifiedName> names) {
    return String.join(", ", names.stream().map(QualifiedName::toString).toList());
  }
}
