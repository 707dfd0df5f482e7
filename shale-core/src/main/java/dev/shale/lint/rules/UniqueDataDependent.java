package dev.shale.lint.rules;

import dev.shale.lint.DefaultExpressions;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import dev.shale.sql.parse.ParsedStatement.CreateIndex;

/**
 * A unique index, unique constraint or primary key added to a table that existed before this deploy
 * succeeds only if its rows hold no duplicates, which no static reading can know. {@code USING
 * INDEX} adopts an index whose build already proved it. A new column that is unique is all NULL
 * (never duplicates) unless it has a default, which every existing row then shares.
 */
public final class UniqueDataDependent implements LintRule {
  /** Defaults that give every row a value of its own: a UUID generator or a sequence. */
  private static final java.util.regex.Pattern DISTINCT_PER_ROW =
      java.util.regex.Pattern.compile(
          "(?is)\\s*(?:pg_catalog\\.|public\\.)?(gen_random_uuid|uuid_generate_v4|uuidv4|uuidv7|nextval)\\s*\\(.*");

  @Override
  public Rule rule() {
    return Rule.UNIQUE_DATA_DEPENDENT;
  }

  @Override
  public Example example() {
    return new Example(
        "-- shale:no-transaction\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);",
        "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
            + "CREATE UNIQUE INDEX users_email_key ON users (email);");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (context.statement() instanceof CreateIndex index
        && index.unique()
        && !context.isNew(index.table())) {
      String columns =
          String.join(
              ", ",
              index.keys().stream()
                  .map(k -> k.column() != null ? Facts.name(k.column()) : k.expression())
                  .toList());
      out.add(
          context.source(),
          "unique index "
              + (index.name() != null ? Facts.name(index.name()) + " " : "")
              + "on "
              + index.table()
              + " ("
              + columns
              + ") fails if two existing rows are equal"
              + (index.concurrently()
                  ? ", and the failed CONCURRENTLY build leaves an INVALID index behind"
                  : ""),
          "check first: SELECT "
              + columns
              + ", count(*) FROM "
              + index.table()
              + " GROUP BY "
              + columns
              + " HAVING count(*) > 1;");
      return;
    }
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      String kind = null;
      String columns = null;
      if (action instanceof AlterTableAction.AddConstraint add
          && add.constraint() instanceof Constraint.Unique unique
          && unique.usingIndex() == null) {
        kind = "UNIQUE";
        columns = Facts.names(unique.columns());
      } else if (action instanceof AlterTableAction.AddConstraint add
          && add.constraint() instanceof Constraint.PrimaryKey pk
          && pk.usingIndex() == null) {
        kind = "PRIMARY KEY";
        columns = Facts.names(pk.columns());
      } else if (action instanceof AlterTableAction.AddColumn add
          && (add.column().constraint(Constraint.Unique.class) != null
              || add.column().constraint(Constraint.PrimaryKey.class) != null)) {
        Constraint.Default def = add.column().constraint(Constraint.Default.class);
        if (def != null
            && !DefaultExpressions.isNull(def.expression())
            && !DISTINCT_PER_ROW.matcher(def.expression()).matches()) {
          out.add(
              context.source(),
              action.span(),
              "new unique column "
                  + Facts.name(add.column().name())
                  + " gets the default "
                  + def.expression()
                  + " in every existing row of "
                  + alter.table()
                  + ": with two rows or more"
                  + (DefaultExpressions.unprovenVolatile(def.expression()) == null
                      ? " the values are equal and the statement fails"
                      : " it fails unless the default gives each row a distinct value"),
              null);
        }
        continue;
      }
      if (kind == null) {
        continue;
      }
      out.add(
          context.source(),
          action.span(),
          kind + " (" + columns + ") on " + alter.table() + " fails if two existing rows are equal",
          "check first: SELECT "
              + columns
              + ", count(*) FROM "
              + alter.table()
              + " GROUP BY "
              + columns
              + " HAVING count(*) > 1;");
    }
  }
}
