package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;

/** A serial, bigserial or smallserial column, where an identity column would do. */
public final class PreferIdentity implements LintRule {
  @Override
  public Rule rule() {
    return Rule.PREFER_IDENTITY;
  }

  @Override
  public Example example() {
    return new Example(
        "CREATE TABLE orders (id bigserial PRIMARY KEY);",
        "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);");
  }

  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public boolean appliesTo(int pgVersion) {
    return pgVersion >= 10;
  }

  @Override
  public void check(StatementContext context, Report out) {
    for (TypedColumns.Typed c : TypedColumns.of(context)) {
      String name = c.type().name();
      if (c.definition() == null || !name.endsWith("serial")) {
        continue;
      }
      String type =
          switch (name) {
            case "bigserial" -> "bigint";
            case "smallserial" -> "smallint";
            default -> "integer";
          };
      out.add(
          context.source(),
          c.span(),
          c.where()
              + " is "
              + name
              + ": it owns a sequence with permissions of its own and dump quirks; an identity"
              + " column is the standard form",
          c.column() + " " + type + " GENERATED ALWAYS AS IDENTITY");
    }
  }
}
