package dev.shale.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The edit that replaces a column by expand and contract: in the new spec, a column of a table the
 * old spec holds (so that it holds rows) gives way to one declared with {@code replaces(old)}, a
 * rename, a type change by cast, or a type change by a using expression (with or without its
 * reverse), and now and then NOT NULL, a check or an index on the new column. The column is one
 * that {@code replaces(…)} accepts and that nothing outside its table reads.
 */
final class ColumnReplacements {
  private ColumnReplacements() {}

  /** Type changes by cast, each of which every value the row filler writes survives. */
  private static final Map<String, List<String>> CASTS =
      Map.of(
          "integer", List.of("bigint", "numeric", "numeric12"),
          "smallint", List.of("integer", "bigint"),
          "bigint", List.of("numeric14_4"),
          "numeric", List.of("numeric12", "numeric14_4"),
          "varchar50", List.of("varchar200", "text"),
          "varchar200", List.of("text"),
          "text", List.of("varchar200"));

  /**
   * A type change by an expression over the old row ({@code %o}: the old column), and the reverse
   * over the new row ({@code %n}: the new column under its declared name; {@code %t}: the old
   * column's type).
   */
  private record Using(String to, String using, String reverse) {}

  private static final List<Using> WHOLE_NUMBER_USINGS =
      List.of(
          new Using("bigint", "%o * 10", "%n / 10"),
          new Using("text", "'#' || %o", "ltrim(%n, '#')::%t"));

  private static final List<Using> TEXT_USINGS =
      List.of(new Using("integer", "nullif(%o, '')::integer", "%n::text"));

  private static final List<Using> NUMERIC_USINGS =
      List.of(new Using("bigint", "round(%o * 100)", "%n / 100.0"));

  /** The SQL of the types a replaced or replacing column may have. */
  private static final Map<String, String> SQL_TYPES =
      Map.ofEntries(
          Map.entry("integer", "integer"),
          Map.entry("bigint", "bigint"),
          Map.entry("smallint", "smallint"),
          Map.entry("text", "text"),
          Map.entry("varchar50", "varchar(50)"),
          Map.entry("varchar200", "varchar(200)"),
          Map.entry("numeric", "numeric(10,2)"),
          Map.entry("numeric12", "numeric(12,2)"),
          Map.entry("numeric14_4", "numeric(14,4)"));

  /**
   * One replacement: {@code table.name} (type {@code type}) replaces {@code old} (type {@code
   * oldType}), computed by {@code using} or a cast, and back by {@code reverse} or a cast.
   */
  record Replacement(
      String schema,
      String table,
      String old,
      String name,
      String oldType,
      String type,
      String using,
      String reverse) {

    /** The new column's value, over a row of the table holding both columns (the old by name). */
    String conversion() {
      if (using != null) {
        return "(" + using + ")";
      }
      return oldType.equals(type)
          ? quote(old)
          : "CAST(" + quote(old) + " AS " + sqlType(type) + ")";
    }

    String describe() {
      return "replace "
          + table
          + "."
          + old
          + " "
          + oldType
          + " by "
          + name
          + " "
          + type
          + (using == null ? "" : " using " + using)
          + (reverse == null ? "" : " reverse " + reverse);
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static String sqlType(String type) {
    return Objects.requireNonNull(SQL_TYPES.get(type), type);
  }

  /** Replaces a column of {@code b} that {@code a} holds unchanged; null when none qualifies. */
  static Replacement replace(SpecGenerator gen, Spec a, Spec b) {
    List<Spec.TableSpec> tables = new ArrayList<>();
    List<Spec.ColumnSpec> columns = new ArrayList<>();
    for (Spec.TableSpec t : b.tables) {
      Spec.TableSpec was = a.table(t.schema, t.name);
      if (was == null || was.id != t.id) {
        continue;
      }
      for (Spec.ColumnSpec c : t.columns) {
        Spec.ColumnSpec before = was.column(c.name);
        if (before != null
            && before.id == c.id
            && before.type.equals(c.type)
            && replaceable(a, was, before)
            && replaceable(b, t, c)
            && !sharedWithChangedColumn(was, t, c.name)
            && !defaultChanges(a, b, before)
            && !startsFilled(b, c)) {
          tables.add(t);
          columns.add(c);
        }
      }
    }
    if (columns.isEmpty()) {
      return null;
    }
    int at = gen.random.nextInt(columns.size());
    Spec.TableSpec t = tables.get(at);
    Spec.ColumnSpec c = columns.get(at);
    String oldType = c.type;
    String type = oldType;
    Using using = null;
    List<Using> usings = usings(oldType);
    int kind = gen.random.nextInt(3);
    if (kind == 1 && CASTS.containsKey(oldType)) {
      type = gen.pick(CASTS.get(oldType));
    } else if (kind == 2 && !usings.isEmpty()) {
      using = gen.pick(usings);
      type = using.to();
    }
    boolean rename = type.equals(oldType) || gen.chance(0.3);
    String old = c.name;
    String name = rename ? gen.name("c") : old;
    if (rename) {
      c.id = gen.id();
      renameInTable(t, old, name);
    }
    c.name = name;
    c.replaces = old;
    if (!type.equals(oldType)) {
      retype(t, c, type, using != null);
    }
    String usingSql = null;
    String reverseSql = null;
    if (using != null) {
      usingSql = using.using().replace("%o", quote(old));
      c.replacesUsing = usingSql;
      if (gen.chance(0.5)) {
        reverseSql = using.reverse().replace("%n", quote(name)).replace("%t", sqlType(oldType));
        c.replacesReverse = reverseSql;
      }
    }
    if (!c.notNull && gen.chance(0.3)) {
      c.notNull = true;
    }
    boolean number = SpecGenerator.isWholeNumber(type) || type.startsWith("numeric");
    boolean textual = SpecGenerator.isTextual(type);
    if ((number || textual)
        && t.checks.stream().noneMatch(k -> k.column.equals(name))
        && gen.chance(0.4)) {
      Spec.CheckSpec check = new Spec.CheckSpec();
      check.column = name;
      check.kind = number ? "ge0" : "length";
      check.bound = number ? 0 : 40 + gen.random.nextInt(20);
      t.checks.add(check);
    }
    if (gen.chance(0.4)) {
      Spec.IndexSpec index = new Spec.IndexSpec();
      index.column = name;
      index.lower = textual && gen.chance(0.3);
      index.descending = gen.chance(0.3);
      index.name = gen.chance(0.2) ? gen.name("ix") : null;
      t.indexes.add(index);
    }
    return new Replacement(t.schema, t.name, old, name, oldType, type, usingSql, reverseSql);
  }

  private static List<Using> usings(String type) {
    if (SpecGenerator.isWholeNumber(type)) {
      return WHOLE_NUMBER_USINGS;
    }
    if (SpecGenerator.isTextual(type)) {
      return TEXT_USINGS;
    }
    return type.equals("numeric") ? NUMERIC_USINGS : List.of();
  }

  /**
   * Whether {@code replaces(…)} takes {@code c} of {@code t} and nothing outside the table reads
   * it: no key, identity, serial or generated column, none that a generated column, a foreign key,
   * a view or a sequence's ownership depends on.
   */
  private static boolean replaceable(Spec spec, Spec.TableSpec t, Spec.ColumnSpec c) {
    String name = c.name;
    return !name.equals("id")
        && c.identity == null
        && c.generatedFrom == null
        && !c.type.endsWith("serial")
        && !t.primaryKey.contains(name)
        && t.columns.stream().noneMatch(o -> name.equals(o.generatedFrom))
        && t.foreignKeys.stream().noneMatch(f -> f.column.equals(name))
        && spec.tables.stream()
            .flatMap(o -> o.foreignKeys.stream())
            .noneMatch(
                f ->
                    f.targetSchema.equals(t.schema)
                        && f.targetTable.equals(t.name)
                        && f.targetColumn.equals(name))
        && spec.views.stream().noneMatch(v -> v.columns.contains(name))
        && spec.sequences.stream()
            .noneMatch(
                s -> Objects.equals(s.ownerTable, t.id) && Objects.equals(s.ownerColumn, c.id));
  }

  /**
   * Whether the column's type is a domain with a default or NOT NULL: a new column of it cannot
   * start empty, so Expansions.target refuses the pair (seed 140997503).
   */
  private static boolean startsFilled(Spec spec, Spec.ColumnSpec c) {
    if (!c.type.startsWith("domain:")) {
      return false;
    }
    Spec.DomainSpec domain = SpecGenerator.domainOf(spec, c.type);
    return domain.notNull || domain.defaultSql != null;
  }

  /**
   * Whether an index or unique key of {@code was} (the table in the old spec) reads {@code column}
   * together with a column that {@code now} renames or drops. Left out because the old column keeps
   * its indexes and keys as the old schema has them until the contract, so Expansions.target
   * refuses the pair and asks for that change in a generate of its own (seed -433814).
   */
  private static boolean sharedWithChangedColumn(
      Spec.TableSpec was, Spec.TableSpec now, String column) {
    List<String> changed = new ArrayList<>();
    for (Spec.ColumnSpec c : was.columns) {
      if (now.columns.stream().noneMatch(d -> d.id == c.id && d.name.equals(c.name))) {
        changed.add(c.name);
      }
    }
    return was.indexes.stream()
            .anyMatch(
                i ->
                    (i.column.equals(column) || column.equals(i.predicateColumn))
                        && (changed.contains(i.column) || changed.contains(i.predicateColumn)))
        || was.uniques.stream()
            .anyMatch(
                u -> u.columns.contains(column) && u.columns.stream().anyMatch(changed::contains));
  }

  /**
   * Whether the old column's default names a sequence, or a label of an enum whose labels the new
   * spec changes: left out because the old column keeps its default as the old schema has it, so
   * Expansions.target refuses a pair whose default names a label or sequence that the same generate
   * renames (seed 15862155560078).
   */
  private static boolean defaultChanges(Spec a, Spec b, Spec.ColumnSpec old) {
    if (old.defaultSql == null) {
      return false;
    }
    if (old.defaultSql.contains("nextval(")) {
      return true;
    }
    if (!old.type.startsWith("enum:")) {
      return false;
    }
    Spec.EnumSpec before = SpecGenerator.enumOf(a, old.type);
    return b.enums.stream()
        .noneMatch(
            e ->
                e.id == before.id
                    && (e.schema + "." + e.name).equals(before.schema + "." + before.name)
                    && e.values.equals(before.values));
  }

  /** What {@code t} says of column {@code old}, said of {@code name}. */
  private static void renameInTable(Spec.TableSpec t, String old, String name) {
    t.uniques.forEach(u -> u.columns.replaceAll(n -> n.equals(old) ? name : n));
    t.checks.forEach(k -> k.column = k.column.equals(old) ? name : k.column);
    t.indexes.forEach(i -> i.column = i.column.equals(old) ? name : i.column);
    t.indexes.forEach(
        i -> i.predicateColumn = old.equals(i.predicateColumn) ? name : i.predicateColumn);
    t.policies.forEach(p -> p.usingColumn = old.equals(p.usingColumn) ? name : p.usingColumn);
    t.policies.forEach(p -> p.checkColumn = old.equals(p.checkColumn) ? name : p.checkColumn);
    t.triggers.forEach(g -> g.updateColumns.replaceAll(n -> n.equals(old) ? name : n));
    t.triggers.forEach(g -> g.whenColumn = old.equals(g.whenColumn) ? name : g.whenColumn);
  }

  /**
   * {@code c} of {@code t} given {@code type}: checks and indexes that no longer fit it go, and so
   * do a collation it cannot take and (after an expression) a default the old type spelled.
   */
  private static void retype(Spec.TableSpec t, Spec.ColumnSpec c, String type, boolean byUsing) {
    c.type = type;
    boolean number = SpecGenerator.isWholeNumber(type) || type.startsWith("numeric");
    boolean textual = SpecGenerator.isTextual(type);
    t.checks.removeIf(k -> k.column.equals(c.name) && (k.kind.equals("ge0") ? !number : !textual));
    t.indexes.removeIf(i -> i.column.equals(c.name) && i.lower && !textual);
    if (!SpecGenerator.COLLATABLE.contains(type)) {
      c.collation = null;
    }
    if (byUsing) {
      c.defaultSql = null;
    }
  }
}
