package dev.shale.lint.rules;

import dev.shale.lint.KnownSchema;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnType;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ALTER COLUMN … TYPE} on an existing table rewrites it and its indexes under ACCESS
 * EXCLUSIVE, except for the binary-compatible changes PostgreSQL does in place (measured on 15):
 * varchar(n) to varchar(m ≥ n), to unbounded varchar or to text; text to unbounded varchar;
 * numeric(p,s) to numeric(q ≥ p,s) or unbounded numeric; bit varying growth; timestamp, timestamptz
 * and time precision growth; cidr to inet; to a domain without constraints over a compatible type,
 * or from a domain to its base; the same type (a collation change). Arrays are rewritten on any
 * change of element type. The old type is the one the migrations declared; when they did not
 * declare the column, the finding says so. A {@code USING} expression always rewrites, except the
 * bare column (or the column cast to the new type), which PostgreSQL treats as no USING at all.
 */
public final class ChangingColumnType implements LintRule {
  @Override
  public Rule rule() {
    return Rule.CHANGE_COLUMN_TYPE;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;",
        "ALTER TABLE orders ADD COLUMN note varchar(200);\n"
            + "-- in a later migration:\n"
            + "ALTER TABLE orders ALTER COLUMN note TYPE text; -- from varchar(200): no rewrite");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    Optional<KnownSchema.Table> table = context.schema().table(alter.table());
    for (AlterTableAction action : alter.actions()) {
      if (!(action instanceof AlterTableAction.AlterColumnType change)) {
        continue;
      }
      String column = Facts.column(alter.table(), change.column());
      ColumnType old =
          table.flatMap(t -> t.column(change.column())).map(c -> c.type()).orElse(null);
      String rewrites =
          " rewrites "
              + alter.table()
              + " and every index on it under an ACCESS EXCLUSIVE lock: reads and writes wait for"
              + " the whole rewrite";
      if (change.using() != null && !trivialUsing(change.using(), change.column())) {
        out.add(
            context.source(),
            action.span(),
            "ALTER COLUMN "
                + Facts.name(change.column())
                + " TYPE "
                + change.type()
                + " USING "
                + change.using()
                + " computes every row again: it"
                + rewrites,
            null);
      } else if (old == null) {
        out.add(
            context.source(),
            action.span(),
            "the old type of "
                + column
                + " is unknown (the migrations read do not declare it): unless the change to "
                + change.type()
                + " is binary compatible (such as varchar growth or varchar to text), it"
                + rewrites,
            null);
      } else if (old.name().equals("timestamp without time zone")
          && change.type().name().equals("timestamp with time zone")
          && old.arrayDimensions() == 0
          && change.type().arrayDimensions() == 0) {
        out.add(
            context.source(),
            action.span(),
            column
                + " from "
                + old
                + " to "
                + change.type()
                + ": without a rewrite only when the session TimeZone is UTC (PostgreSQL 12+);"
                + " otherwise it"
                + rewrites,
            "SET TimeZone = 'UTC' before it, if the stored values are UTC times");
      } else if (!compatible(old, change.type(), context.schema())) {
        out.add(
            context.source(),
            action.span(),
            column + " from " + old + " to " + change.type() + rewrites,
            null);
      }
    }
  }

  /**
   * Whether the migrations read prove that {@code change} reads no row: the old type is known, the
   * USING (if any) is the column itself, no COLLATE, no known CHECK reads the column (PostgreSQL
   * checks it again with a scan), and the change is binary compatible (varchar growth, varchar to
   * text, numeric precision growth, …).
   */
  public static boolean provenWithoutRewrite(
      StatementContext context,
      dev.shale.sql.parse.QualifiedName table,
      AlterTableAction.AlterColumnType change) {
    if ((change.using() != null && !trivialUsing(change.using(), change.column()))
        || change.collation() != null) {
      return false; // a new collation rebuilds the column's indexes
    }
    java.util.regex.Pattern mentioned =
        java.util.regex.Pattern.compile(
            "(?i)(?<![\\w$])\"?"
                + java.util.regex.Pattern.quote(change.column())
                + "\"?(?![\\w$])");
    return context
        .schema()
        .table(table)
        .filter(
            t ->
                t.checks().stream()
                    .noneMatch(check -> mentioned.matcher(check.expression()).find()))
        .flatMap(t -> t.column(change.column()))
        .map(c -> compatible(c.type(), change.type(), context.schema()))
        .orElse(false);
  }

  /** {@code col}, {@code (col)} or {@code col::type}: PostgreSQL plans it as no USING. */
  private static boolean trivialUsing(String using, String column) {
    String u = using.strip();
    while (u.startsWith("(") && u.endsWith(")")) {
      u = u.substring(1, u.length() - 1).strip();
    }
    int cast = u.indexOf("::");
    if (cast > 0) {
      u = u.substring(0, cast).strip();
    }
    String name =
        u.startsWith("\"") && u.endsWith("\"") && u.length() >= 2
            ? u.substring(1, u.length() - 1).replace("\"\"", "\"")
            : u.toLowerCase(Locale.ROOT);
    return name.equals(column);
  }

  /** Whether PostgreSQL changes {@code from} to {@code to} without rewriting the table. */
  static boolean compatible(ColumnType from, ColumnType to, KnownSchema schema) {
    Optional<KnownSchema.Domain> fromDomain = schema.domain(from.name());
    if (fromDomain.isPresent() && from.arrayDimensions() == 0) {
      from = fromDomain.get().base();
    }
    Optional<KnownSchema.Domain> toDomain = schema.domain(to.name());
    if (toDomain.isPresent() && to.arrayDimensions() == 0) {
      if (toDomain.get().constrained()) {
        return false;
      }
      to = toDomain.get().base();
    }
    if (from.arrayDimensions() != to.arrayDimensions()) {
      return false;
    }
    if (from.name().equals(to.name()) && from.modifiers().equals(to.modifiers())) {
      return true;
    }
    if (from.arrayDimensions() > 0) {
      return false;
    }
    String a = from.name();
    String b = to.name();
    List<String> am = from.modifiers();
    List<String> bm = to.modifiers();
    if (a.equals("character varying") && b.equals("text")) {
      return true;
    }
    if ((a.equals("character varying") || a.equals("text")) && b.equals("character varying")) {
      if (bm.isEmpty()) {
        return true;
      }
      return a.equals("character varying") && !am.isEmpty() && wider(am.get(0), bm.get(0));
    }
    if (a.equals("bit varying") && b.equals("bit varying")) {
      return bm.isEmpty() || !am.isEmpty() && wider(am.get(0), bm.get(0));
    }
    if (a.equals("numeric") && b.equals("numeric")) {
      if (bm.isEmpty()) {
        return true;
      }
      if (am.isEmpty()) {
        return false;
      }
      String aScale = am.size() > 1 ? am.get(1).strip() : "0";
      String bScale = bm.size() > 1 ? bm.get(1).strip() : "0";
      return aScale.equals(bScale) && wider(am.get(0), bm.get(0));
    }
    if (a.equals(b) && FRACTIONAL_SECONDS.contains(a)) {
      // A longer fractional-seconds precision keeps every stored value (the default is 6, the
      // most).
      return bm.isEmpty() || wider(am.isEmpty() ? "6" : am.get(0), bm.get(0));
    }
    return a.equals("cidr") && b.equals("inet");
  }

  /**
   * Types whose modifier is only a fractional-seconds precision (an interval's fields may differ).
   */
  private static final java.util.Set<String> FRACTIONAL_SECONDS =
      java.util.Set.of(
          "timestamp without time zone", "timestamp with time zone", "time without time zone");

  private static boolean wider(String from, String to) {
    try {
      return Integer.parseInt(to.strip()) >= Integer.parseInt(from.strip());
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
