package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import java.util.Set;

/**
 * An integer or smallint key: a primary key column, an identity column or a serial / smallserial
 * column. Other integer columns (counts, quantities) are left alone: only keys grow with every row.
 * Off unless included.
 */
public final class PreferBigintOverInt implements LintRule {
  private static final Set<String> SMALL = Set.of("integer", "smallint", "serial", "smallserial");

  @Override
  public Rule rule() {
    return Rule.PREFER_BIGINT;
  }

  @Override
  public Example example() {
    return new Example(
        "CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);",
        "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);");
  }

  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public void check(StatementContext context, Report out) {
    for (TypedColumns.Typed c : TypedColumns.of(context)) {
      String name = c.type().name();
      if (c.definition() == null
          || c.type().arrayDimensions() > 0
          || !SMALL.contains(name)
          || !(c.key() || c.identity() || name.endsWith("serial"))) {
        continue;
      }
      boolean serial = name.endsWith("serial");
      out.add(
          context.source(),
          c.span(),
          c.where()
              + " is a "
              + name
              + " key: it runs out at "
              + (name.startsWith("small") ? "32,767" : "2,147,483,647")
              + ", and widening it later rewrites the table and every table referencing it",
          "use " + (serial ? "bigserial" : "bigint") + " for " + c.column());
    }
  }
}
