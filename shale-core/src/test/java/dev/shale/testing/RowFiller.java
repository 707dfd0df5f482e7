package dev.shale.testing;

import dev.shale.diff.ColumnPair;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a few rows into every table of a schema, in foreign-key order, so that a migration meets
 * data and not only empty tables.
 *
 * <p>Values are valid under the schema's own constraints: NOT NULL, primary and unique keys (and
 * unique indexes, partial ones treated as whole), foreign keys (values taken from the rows of the
 * referenced table), lengths of varchar(n) and character(n), enum labels. Checks are not parsed:
 * numbers are small and not negative, strings short, which the usual checks ({@code x >= 0}, {@code
 * length(x) < n}) accept. Identity, serial and generated columns take their defaults, so that their
 * sequences stay ahead of the rows.
 *
 * <p>Given the {@link Target} a migration leads to, values are also chosen to stay valid there
 * where that can be predicted: not NULL where the target adds NOT NULL, distinct where it adds a
 * unique key, present in the referenced rows where it adds a foreign key, text that casts to the
 * column's new type (digits in a text column that becomes an integer, labels in one that becomes an
 * enum), enum labels that the target keeps, NULL in a number or boolean that becomes an enum unless
 * its text is a label, and in an enum, uuid, date, JSON or the like that becomes a type (other than
 * a string) its values never fit. A table that the target gives a NOT NULL column without a
 * default, or a new column with a default under a foreign key, is left empty: the target rejects
 * any row there (the default is not known to be a referenced key). The new column of an
 * expand-and-contract pair in the target (see {@link ColumnPair}) is filled from its old column by
 * the backfill: the old column's values are chosen as the new one's constraints want them (not
 * NULL, distinct).
 *
 * <p>What cannot be satisfied is skipped and named in {@link Report#skips()}: a NOT NULL column of
 * a type it has no values for, a NOT NULL foreign key in a cycle or to a table left empty.
 */
public final class RowFiller {
  /** Rows put into each table, at most. */
  public static final int ROWS = 3;

  private static final Pattern VOLATILE =
      Pattern.compile(
          "\\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|nextval)\\s*\\(",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LENGTH = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");
  private static final String FRESH = "\u0000fresh";

  private RowFiller() {}

  /**
   * The schema a migration will lead to, and how the filled schema's names map onto it.
   *
   * @param model the target schema
   * @param tables each table of the filled schema by its name there (a table that is dropped is
   *     absent)
   * @param columns per table of the filled schema, its columns by their names there (a dropped
   *     column is absent)
   * @param enumValues per enum of the filled schema, its renamed values by their new labels
   */
  public record Target(
      SchemaModel model,
      Map<QualifiedName, QualifiedName> tables,
      Map<QualifiedName, Map<String, String>> columns,
      Map<QualifiedName, Map<String, String>> enumValues) {
    public Target {
      tables = Map.copyOf(tables);
      columns = Map.copyOf(columns);
      enumValues = Map.copyOf(enumValues);
    }
  }

  /** What was put in: rows per table, and what could not be satisfied (one line each). */
  public record Report(Map<QualifiedName, Integer> rows, List<String> skips) {
    public Report {
      rows = Map.copyOf(rows);
      skips = List.copyOf(skips);
    }

    public int total() {
      return rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
      return "rows " + new TreeMap<>(rows) + (skips.isEmpty() ? "" : ", skipped " + skips);
    }
  }

  /** Fills every table of {@code model} with values valid under it alone. */
  public static Report fill(Connection c, SchemaModel model) {
    return fill(c, model, null);
  }

  /**
   * Fills every table of {@code model} (the schema the database holds now) with {@link #ROWS} rows
   * or fewer, valid under it and, where predictable, under {@code target} (may be null).
   */
  public static Report fill(Connection c, SchemaModel model, Target target) {
    Filler filler = new Filler(c, model, target, false);
    filler.run();
    return new Report(filler.counts, filler.skips);
  }

  /**
   * Inserts one more row into every table of {@code model} (the schema the database holds now),
   * identity, serial and generated columns taking their defaults: a sequence that a migration did
   * not move past the rows already there collides. Other values continue those {@link #fill} chose;
   * a row that would break a unique key over columns with few values (booleans, enums) is skipped.
   */
  public static Report addOne(Connection c, SchemaModel model) {
    Filler filler = new Filler(c, model, null, true);
    filler.run();
    return new Report(filler.counts, filler.skips);
  }

  /** The SQL text of a type, for a cast. */
  static String sqlType(ColumnType type) {
    String base =
        type.isUserDefined()
            ? quote(type.schema()) + "." + quote(type.name())
            : switch (type.name()) {
              case "serial" -> "integer";
              case "bigserial" -> "bigint";
              case "smallserial" -> "smallint";
              default -> type.name();
            };
    return base + "[]".repeat(type.dimensions());
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String qualified(QualifiedName name) {
    return quote(name.schema()) + "." + quote(name.name());
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** One variable of a row: columns whose values are chosen together. */
  private static final class Choice {
    final List<String> columns;
    final List<List<String>> candidates;

    Choice(List<String> columns, List<List<String>> candidates) {
      this.columns = columns;
      this.candidates = candidates;
    }
  }

  /**
   * A key the rows must keep distinct: columns of the filled table, or values only the target has.
   */
  private record Key(String name, List<KeyPart> parts, boolean nullsNotDistinct) {}

  /** A column of the filled table, or (column == null) a value the target gives every row. */
  private record KeyPart(String column, String constant, List<String> derivedFrom) {}

  private static final class Filler {
    private final Connection c;
    private final SchemaModel model;
    private final Target target;
    private final boolean extraRow;
    private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    final Map<QualifiedName, Integer> counts = new LinkedHashMap<>();
    final List<String> skips = new ArrayList<>();

    /** The rows put in, as text, per table: what foreign keys of later tables pick from. */
    private final Map<QualifiedName, List<Map<String, String>>> rows = new HashMap<>();

    Filler(Connection c, SchemaModel model, Target target, boolean extraRow) {
      this.c = c;
      this.model = model;
      this.target = target;
      this.extraRow = extraRow;
      model.tables().forEach(t -> tables.put(t.name(), t));
    }

    void run() {
      for (Table table : order()) {
        fillTable(table);
      }
    }

    /**
     * The partition key's column and a value inside the partition's bound (a range's lower bound, a
     * list's first value), or null where none is chosen.
     */
    private List<String> partitionKey(Table t) {
      Table parent = tables.get(t.partitioning().parent());
      if (parent == null || parent.partitioning().key().elements().size() != 1) {
        return null;
      }
      String column = parent.partitioning().key().elements().get(0).column();
      dev.shale.model.PartitionBound bound = t.partitioning().bound();
      List<String> values =
          switch (bound.kind()) {
            case RANGE -> bound.from();
            case LIST -> bound.in().stream().filter(v -> !v.equals("NULL")).toList();
            default -> List.of();
          };
      if (column == null || values.isEmpty() || !values.get(0).startsWith("'")) {
        return null;
      }
      String value = values.get(0);
      return List.of(column, value.substring(1, value.length() - 1).replace("''", "'"));
    }

    private void skip(Table table, String why) {
      skips.add(table.name() + ": " + why);
    }

    // ---- order -----------------------------------------------------------------------------

    /**
     * Tables after the tables they reference (here or in the target). A cycle is broken where a
     * reference may be NULL, else at the first table by name.
     */
    private List<Table> order() {
      List<Table> ordered = new ArrayList<>();
      List<Table> remaining = new ArrayList<>(model.tables());
      Set<QualifiedName> done = new HashSet<>();
      while (!remaining.isEmpty()) {
        Table next = null;
        for (int pass = 0; pass < 2 && next == null; pass++) {
          for (Table t : remaining) {
            boolean ready = true;
            for (Reference r : references(t)) {
              boolean waits =
                  r.target() != null
                      && !r.target().equals(t.name())
                      && tables.containsKey(r.target())
                      && !done.contains(r.target());
              boolean optional =
                  r.columns().stream().noneMatch(n -> notNull(t, t.column(n).orElseThrow()));
              ready &= !waits || (pass == 1 && optional);
            }
            if (ready) {
              next = t;
              break;
            }
          }
        }
        next = next == null ? remaining.get(0) : next;
        remaining.remove(next);
        done.add(next.name());
        ordered.add(next);
      }
      return ordered;
    }

    // ---- what the target says about a table -------------------------------------------------

    private Table targetTable(Table t) {
      if (target == null) {
        return null;
      }
      QualifiedName name = target.tables().get(t.name());
      return name == null ? null : target.model().table(name).orElse(null);
    }

    private Map<String, String> columnMap(Table t) {
      return target == null ? Map.of() : target.columns().getOrDefault(t.name(), Map.of());
    }

    /**
     * The target's new column of an expand-and-contract pair whose old column is {@code column} of
     * the filled table, or null: the backfill fills it from the old column, whose values it must
     * therefore accept.
     */
    private Column replacement(Table t, String column) {
      Table after = targetTable(t);
      if (after == null) {
        return null;
      }
      for (dev.shale.model.Trigger trigger : after.triggers()) {
        ColumnPair pair = ColumnPair.of(after.name(), trigger);
        if (pair != null && pair.old().equals(column)) {
          return after.column(pair.replacement()).orElse(null);
        }
      }
      return null;
    }

    /**
     * The old column of the pair whose new column is {@code column} of {@code owner}, or null: a
     * column of the filled table by the same name (the expand keeps the old column as it was).
     */
    private static String replaced(Table owner, String column) {
      for (dev.shale.model.Trigger trigger : owner.triggers()) {
        ColumnPair pair = ColumnPair.of(owner.name(), trigger);
        if (pair != null && pair.replacement().equals(column)) {
          return pair.old();
        }
      }
      return null;
    }

    /** The target's column for a column of the filled table, or null. */
    private Column targetColumn(Table t, String column) {
      Table after = targetTable(t);
      String name = columnMap(t).get(column);
      return after == null || name == null ? null : after.column(name).orElse(null);
    }

    /** A foreign key, in the filled schema's names: target null when it references a new table. */
    private record Reference(
        String name, List<String> columns, QualifiedName target, List<String> targetColumns) {}

    private List<Reference> references(Table t) {
      List<Reference> refs = new ArrayList<>();
      for (ForeignKey fk : t.foreignKeys()) {
        refs.add(new Reference(fk.name(), fk.columns(), fk.targetTable(), fk.targetColumns()));
      }
      Table after = targetTable(t);
      if (after == null) {
        return refs;
      }
      Map<String, String> back = inverse(columnMap(t));
      for (ForeignKey fk : after.foreignKeys()) {
        List<String> own = fk.columns().stream().map(back::get).toList();
        if (own.contains(null)) {
          continue; // a column the target adds: the rows get its default or NULL
        }
        QualifiedName targetTable = null;
        List<String> targetColumns = null;
        for (var e : target.tables().entrySet()) {
          if (e.getValue().equals(fk.targetTable())) {
            Map<String, String> targetBack =
                inverse(target.columns().getOrDefault(e.getKey(), Map.of()));
            List<String> cols = fk.targetColumns().stream().map(targetBack::get).toList();
            if (!cols.contains(null)) {
              targetTable = e.getKey();
              targetColumns = cols;
            }
          }
        }
        refs.add(new Reference(fk.name(), own, targetTable, targetColumns));
      }
      return refs;
    }

    private static Map<String, String> inverse(Map<String, String> map) {
      Map<String, String> inverse = new HashMap<>();
      map.forEach((k, v) -> inverse.put(v, k));
      return inverse;
    }

    private boolean notNull(Table t, Column column) {
      if (column.notNull()
          || t.primaryKey() != null && t.primaryKey().columns().contains(column.name())) {
        return true;
      }
      Table after = targetTable(t);
      Column there = targetColumn(t, column.name());
      Column replacement = replacement(t, column.name());
      return there != null
              && (there.notNull()
                  || after.primaryKey() != null
                      && after.primaryKey().columns().contains(there.name()))
          || replacement != null && replacement.notNull();
    }

    private static boolean takesDefault(Column column) {
      return column.identity() != null
          || column.generatedExpression() != null
          || column.type().isSerial();
    }

    // ---- keys ------------------------------------------------------------------------------

    private List<Key> keys(Table t) {
      List<Key> keys = new ArrayList<>();
      addKeys(t, t, Map.of(), keys);
      Table after = targetTable(t);
      if (after != null) {
        addKeys(t, after, inverse(columnMap(t)), keys);
      }
      return keys;
    }

    /** The keys of {@code owner} (the filled table, or its target with names mapped back). */
    private void addKeys(Table t, Table owner, Map<String, String> back, List<Key> keys) {
      boolean mapped = owner != t;
      if (owner.primaryKey() != null) {
        keys.add(key(t, owner, "primary key", owner.primaryKey().columns(), true, back, mapped));
      }
      for (UniqueConstraint u : owner.uniques()) {
        keys.add(key(t, owner, u.name(), u.columns(), u.nullsNotDistinct(), back, mapped));
      }
      for (Index index : owner.indexes()) {
        if (!index.unique()) {
          continue;
        }
        List<String> columns = new ArrayList<>();
        for (IndexElement e : index.elements()) {
          if (e.column() != null) {
            columns.add(e.column());
          } else {
            owner.columns().stream()
                .map(Column::name)
                .filter(n -> mentions(e.expression(), n))
                .forEach(columns::add);
          }
        }
        keys.add(key(t, owner, index.name(), columns, index.nullsNotDistinct(), back, mapped));
      }
    }

    private Key key(
        Table t,
        Table owner,
        String name,
        List<String> columns,
        boolean nullsNotDistinct,
        Map<String, String> back,
        boolean mapped) {
      List<KeyPart> parts = new ArrayList<>();
      for (String column : columns) {
        String own = mapped ? back.get(column) : column;
        if (own == null && mapped && replaced(owner, column) != null) {
          own = replaced(owner, column); // the new column of a pair follows the old
        }
        if (own != null) {
          parts.add(part(t, t.column(own).orElseThrow()));
          continue;
        }
        // A column only the target has: every row gets its default (or NULL).
        Column added = owner.column(column).orElseThrow();
        if (takesDefault(added)
            || added.defaultExpression() != null
                && VOLATILE.matcher(added.defaultExpression()).find()) {
          parts.add(new KeyPart(null, FRESH, null));
        } else {
          parts.add(new KeyPart(null, added.defaultExpression(), null));
        }
      }
      return new Key((mapped ? "target's " : "") + name, parts, nullsNotDistinct);
    }

    /** A generated column's key value follows the columns it reads. */
    private KeyPart part(Table t, Column column) {
      if (column.generatedExpression() != null) {
        return new KeyPart(
            column.name(),
            null,
            t.columns().stream()
                .map(Column::name)
                .filter(n -> !n.equals(column.name()))
                .filter(n -> mentions(column.generatedExpression(), n))
                .toList());
      }
      return new KeyPart(column.name(), null, null);
    }

    private static boolean mentions(String expression, String column) {
      return Pattern.compile(
              "(?<![A-Za-z0-9_$])\"?" + Pattern.quote(column) + "\"?(?![A-Za-z0-9_$])",
              Pattern.CASE_INSENSITIVE)
          .matcher(expression)
          .find();
    }

    // ---- filling one table -----------------------------------------------------------------

    private void fillTable(Table t) {
      counts.put(t.name(), 0);
      rows.put(t.name(), new ArrayList<>());
      if (t.isPartitioned()) {
        return; // its rows are written into its partitions
      }
      Table after = targetTable(t);
      if (after != null) {
        Set<String> kept = Set.copyOf(columnMap(t).values());
        for (Column added : after.columns()) {
          if (!kept.contains(added.name())
              && replaced(after, added.name()) == null
              && added.notNull()
              && added.defaultExpression() == null
              && !takesDefault(added)) {
            skip(t, "left empty: the target adds " + added.name() + " NOT NULL without a default");
            return;
          }
        }
        for (ForeignKey fk : after.foreignKeys()) {
          for (String name : fk.columns()) {
            Column added = after.column(name).orElseThrow();
            if (!kept.contains(name)
                && replaced(after, name) == null
                && (added.defaultExpression() != null || takesDefault(added))) {
              skip(
                  t,
                  "left empty: the target adds "
                      + name
                      + " with a default, which foreign key "
                      + fk.name()
                      + " checks");
              return;
            }
          }
        }
      }
      int first = extraRow ? count(t) : 0;
      int wanted = extraRow ? 1 : ROWS;

      Map<String, String> fixed = new LinkedHashMap<>(); // column → text, null for NULL
      List<String> defaults = new ArrayList<>();
      List<Choice> choices = new ArrayList<>();
      Set<String> chosen = new HashSet<>();
      if (t.isPartition()) {
        List<String> key = partitionKey(t);
        if (key == null) {
          skip(t, "left empty: a hash, default or multi-column partition");
          return;
        }
        choices.add(new Choice(List.of(key.get(0)), List.of(List.of(key.get(1)))));
        chosen.add(key.get(0));
      }
      List<Key> keys = keys(t);
      Set<String> nndColumns = new HashSet<>();
      for (Key k : keys) {
        if (k.nullsNotDistinct()) {
          k.parts().stream().map(KeyPart::column).forEach(nndColumns::add);
        }
      }
      Set<String> readByGenerated = new HashSet<>();
      for (Column g : t.columns()) {
        if (g.generatedExpression() != null) {
          t.columns().stream()
              .map(Column::name)
              .filter(n -> mentions(g.generatedExpression(), n))
              .forEach(readByGenerated::add);
        }
      }

      for (Reference r : references(t)) {
        if (r.columns().stream().anyMatch(chosen::contains)) {
          continue;
        }
        boolean required =
            r.columns().stream().anyMatch(n -> notNull(t, t.column(n).orElseThrow()));
        List<List<String>> candidates = new ArrayList<>();
        if (r.target() != null && !r.target().equals(t.name())) {
          candidates.addAll(referenced(r.target(), r.targetColumns()));
        }
        if (!required) {
          candidates.add(nulls(r.columns().size()));
        }
        if (candidates.isEmpty()) {
          skip(
              t,
              "left empty: foreign key "
                  + r.name()
                  + (r.target() == null
                      ? " references a table only the target has"
                      : r.target().equals(t.name())
                          ? " references its own table"
                          : rows.containsKey(r.target())
                              ? " references " + r.target() + ", which has no rows"
                              : " is in a cycle with " + r.target())
                  + " and is NOT NULL");
          return;
        }
        choices.add(new Choice(r.columns(), candidates));
        chosen.addAll(r.columns());
      }

      List<List<String>> perRowFixed = new ArrayList<>();
      for (int i = 0; i < wanted; i++) {
        perRowFixed.add(new ArrayList<>());
      }
      for (Column column : t.columns()) {
        if (chosen.contains(column.name())) {
          continue;
        }
        if (takesDefault(column)) {
          defaults.add(column.name());
          continue;
        }
        boolean required = notNull(t, column);
        Domain domain = domain(t, column);
        if (domain == null) {
          if (required) {
            skip(t, "left empty: no values for " + column.name() + " " + column.type());
            return;
          }
          skip(t, "NULL in " + column.name() + ": no values for " + column.type());
          fixed.put(column.name(), null);
          continue;
        }
        if (domain.values != null) {
          List<List<String>> candidates = new ArrayList<>();
          for (int k = 0; k < domain.values.size(); k++) {
            candidates.add(List.of(domain.text(k)));
          }
          if (!required && !nndColumns.contains(column.name())) {
            candidates.add(nulls(1));
          }
          if (candidates.isEmpty()) {
            skip(t, "left empty: no label of " + column.type() + " survives the target");
            return;
          }
          choices.add(new Choice(List.of(column.name()), candidates));
          continue;
        }
        fixed.put(column.name(), FRESH);
      }

      List<Map<String, String>> existing = extraRow ? existingKeys(t, keys) : List.of();
      Set<List<String>>[] used = usedSets(keys, existing);
      List<Map<String, String>> made = new ArrayList<>();
      for (int i = 0; i < wanted; i++) {
        int index = first + i;
        Map<String, String> row = new LinkedHashMap<>();
        for (var e : fixed.entrySet()) {
          String value = e.getValue();
          if (value != null) {
            Column column = t.column(e.getKey()).orElseThrow();
            boolean nullRow =
                !extraRow
                    && index == ROWS - 1
                    && !notNull(t, column)
                    && !nndColumns.contains(column.name())
                    && !readByGenerated.contains(column.name());
            value = nullRow ? null : domain(t, column).text(index);
          }
          row.put(e.getKey(), value);
        }
        Map<String, String> picked = pick(choices, index, row, keys, used);
        if (picked == null) {
          if (extraRow) {
            skip(t, "extra row: every value left for a unique key over few values is taken");
          }
          break;
        }
        row.putAll(picked);
        for (int k = 0; k < keys.size(); k++) {
          List<String> tuple = tuple(keys.get(k), row, index);
          if (tuple != null) {
            used[k].add(tuple);
          }
        }
        made.add(row);
      }
      if (made.isEmpty()) {
        if (!extraRow) {
          skip(t, "left empty: no row keeps every unique key");
        }
        return;
      }
      insert(t, made, defaults);
    }

    /** Chooses the values of the choice variables, keeping every key distinct; null if none. */
    private Map<String, String> pick(
        List<Choice> choices,
        int index,
        Map<String, String> row,
        List<Key> keys,
        Set<List<String>>[] used) {
      int[] at = new int[choices.size()];
      for (int attempt = 0; attempt < 5000; attempt++) {
        Map<String, String> values = new LinkedHashMap<>(row);
        for (int v = 0; v < choices.size(); v++) {
          Choice choice = choices.get(v);
          List<String> candidate =
              choice.candidates.get((at[v] + index) % choice.candidates.size());
          for (int k = 0; k < choice.columns.size(); k++) {
            values.put(choice.columns.get(k), candidate.get(k));
          }
        }
        boolean clash = false;
        for (int k = 0; k < keys.size() && !clash; k++) {
          List<String> tuple = tuple(keys.get(k), values, index);
          clash = tuple != null && used[k].contains(tuple);
        }
        if (!clash) {
          Map<String, String> picked = new LinkedHashMap<>();
          for (Choice choice : choices) {
            choice.columns.forEach(n -> picked.put(n, values.get(n)));
          }
          return picked;
        }
        int v = 0;
        while (v < at.length && ++at[v] == choices.get(v).candidates.size()) {
          at[v] = 0;
          v++;
        }
        if (v == at.length) {
          return null;
        }
      }
      return null;
    }

    /**
     * A key's values for a row, or null when it holds a NULL that keeps it distinct anyway. A
     * column that takes a default is unique to the row.
     */
    private List<String> tuple(Key key, Map<String, String> row, int index) {
      List<String> tuple = new ArrayList<>();
      for (KeyPart part : key.parts()) {
        String value;
        if (part.column() == null) {
          value = FRESH.equals(part.constant()) ? FRESH + index : part.constant();
        } else if (part.derivedFrom() != null) {
          List<String> sources = new ArrayList<>();
          for (String s : part.derivedFrom()) {
            sources.add(row.get(s));
          }
          value = sources.contains(null) ? null : String.join("\u0001", sources);
        } else if (!row.containsKey(part.column())) {
          value = FRESH + index; // identity or serial
        } else {
          value = row.get(part.column());
        }
        if (value == null && !key.nullsNotDistinct()) {
          return null;
        }
        tuple.add(value == null ? "\u0000null" : value);
      }
      return tuple;
    }

    @SuppressWarnings("unchecked")
    private Set<List<String>>[] usedSets(List<Key> keys, List<Map<String, String>> existing) {
      Set<List<String>>[] used = new Set[keys.size()];
      for (int k = 0; k < keys.size(); k++) {
        used[k] = new HashSet<>();
        for (Map<String, String> row : existing) {
          List<String> tuple = tuple(keys.get(k), row, -1);
          if (tuple != null && !tuple.stream().anyMatch(v -> v.startsWith(FRESH))) {
            used[k].add(tuple);
          }
        }
      }
      return used;
    }

    private static List<String> nulls(int n) {
      List<String> nulls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        nulls.add(null);
      }
      return nulls;
    }

    /** Distinct non-NULL tuples of the referenced columns, from the rows put in or the table. */
    private List<List<String>> referenced(QualifiedName table, List<String> columns) {
      List<Map<String, String>> source = extraRow ? select(table, columns) : rows.get(table);
      if (source == null) {
        return List.of(); // not filled yet: a cycle
      }
      Set<List<String>> tuples = new java.util.LinkedHashSet<>();
      for (Map<String, String> row : source) {
        List<String> tuple = columns.stream().map(row::get).toList();
        if (!tuple.contains(null)) {
          tuples.add(tuple);
        }
      }
      return new ArrayList<>(tuples);
    }

    // ---- values ----------------------------------------------------------------------------

    /**
     * The values a column may take: the text forms of {@code type} (the column's own type, or the
     * target's where the column is text that a cast will read), or a finite list of labels.
     */
    private record Domain(ColumnType type, List<String> values) {
      String text(int index) {
        return RowFiller.text(type, values, index);
      }
    }

    /** Null when there are no values for the column. */
    private Domain domain(Table t, Column column) {
      ColumnType own = baseOf(column.type(), model);
      Column there = targetColumn(t, column.name());
      ColumnType thereType = there == null ? null : baseOf(there.type(), target.model());
      ColumnType form = own;
      int maxLength = maxLength(own);
      List<String> labelsAfter = null;
      if (there != null && !thereType.equals(own)) {
        ColumnType next = thereType;
        if (isString(own) && own.dimensions() == next.dimensions()) {
          form = next; // the text a cast to the new type (or enum) will read
        } else if (next.isUserDefined() && !own.isUserDefined()) {
          // a number or boolean becomes an enum through its text: only labels convert
          EnumType type = enumType(next, target.model());
          labelsAfter = type == null ? List.of() : type.values();
        } else if (dev.shale.diff.Casts.onlyThroughText(own, next)
            || (own.isUserDefined() && !next.isUserDefined() && !isString(next))
            || (base(own).startsWith("json")
                && !base(next).startsWith("json")
                && !isString(next))) {
          // a uuid, a date, an enum label or a JSON object is never an integer: NULL only
          labelsAfter = List.of();
        }
        if (isString(next)) {
          maxLength = Math.min(maxLength, maxLength(next));
        }
      }
      List<String> values = null;
      if (form.isUserDefined()) {
        EnumType type = enumType(form, form == own ? model : target.model());
        if (type == null) {
          return null;
        }
        values = new ArrayList<>(type.values());
        if (form == own && there != null) {
          values.removeIf(v -> !keeps(own, v, thereType));
        }
      } else if (base(form).equals("boolean")) {
        values = List.of("true", "false");
      } else if (text(form, null, 0) == null) {
        return null;
      }
      if (labelsAfter != null) {
        values =
            values == null ? List.of() : values.stream().filter(labelsAfter::contains).toList();
      }
      if (values != null) {
        int limit = maxLength;
        values = values.stream().filter(v -> v.length() <= limit).toList();
      } else if (text(form, null, ROWS).length() > maxLength) {
        return null;
      }
      return new Domain(form, values);
    }

    /** Whether a label of the filled schema's enum {@code own} is a value of {@code next}. */
    private boolean keeps(ColumnType own, String label, ColumnType next) {
      if (!next.isUserDefined()) {
        return true; // to text
      }
      EnumType after = enumType(next, target.model());
      if (after == null) {
        return false;
      }
      String renamed =
          target.enumValues().getOrDefault(own.userType(), Map.of()).getOrDefault(label, label);
      return after.values().contains(renamed);
    }

    /**
     * A domain's base type (an array of it for an array of the domain), so that its column takes
     * the base type's values; any other type as it is.
     */
    private static ColumnType baseOf(ColumnType type, SchemaModel in) {
      if (!type.isUserDefined()) {
        return type;
      }
      return in.domain(type.userType())
          .map(dev.shale.model.Domain::baseType)
          .filter(b -> !b.isArray() || !type.isArray())
          .map(
              b ->
                  new ColumnType(b.schema(), b.name(), Math.max(b.dimensions(), type.dimensions())))
          .orElse(type);
    }

    private static EnumType enumType(ColumnType type, SchemaModel in) {
      return in.enumType(type.userType()).orElse(null);
    }

    private static boolean isString(ColumnType type) {
      String base = base(type);
      return base.equals("text")
          || base.startsWith("character varying")
          || base.startsWith("character(");
    }

    private static int maxLength(ColumnType type) {
      String base = base(type);
      if (base.startsWith("character varying(") || base.startsWith("character(")) {
        Matcher m = LENGTH.matcher(base);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      return Integer.MAX_VALUE;
    }

    // ---- the database ----------------------------------------------------------------------

    private int count(Table t) {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM " + qualified(t.name()))) {
        rs.next();
        return rs.getInt(1);
      } catch (SQLException e) {
        throw new IllegalStateException("could not count the rows of " + t.name(), e);
      }
    }

    /** The rows already there, as text, for the columns of keys with few values. */
    private List<Map<String, String>> existingKeys(Table t, List<Key> keys) {
      Set<String> columns = new java.util.LinkedHashSet<>();
      for (Key k : keys) {
        for (KeyPart p : k.parts()) {
          if (p.column() != null && p.derivedFrom() == null) {
            columns.add(p.column());
          }
        }
      }
      return columns.isEmpty() ? List.of() : select(t.name(), List.copyOf(columns));
    }

    private List<Map<String, String>> select(QualifiedName table, List<String> columns) {
      String sql = "SELECT " + asText(columns) + " FROM " + qualified(table);
      try {
        return query(sql, columns);
      } catch (SQLException e) {
        throw new IllegalStateException("could not read " + table + ": " + sql, e);
      }
    }

    /** {@code "a"::text, "b"::text, …} */
    private static String asText(List<String> columns) {
      return String.join(", ", columns.stream().map(n -> quote(n) + "::text").toList());
    }

    /** The rows a query returns, its columns (read as text) named {@code columns}. */
    private List<Map<String, String>> query(String sql, List<String> columns) throws SQLException {
      List<Map<String, String>> out = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          Map<String, String> row = new HashMap<>();
          for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), rs.getString(i + 1));
          }
          out.add(row);
        }
      }
      return out;
    }

    private void insert(Table t, List<Map<String, String>> made, List<String> defaults) {
      List<String> columns = new ArrayList<>(made.get(0).keySet());
      columns.addAll(defaults);
      StringBuilder sql =
          new StringBuilder("INSERT INTO ").append(qualified(t.name())).append(" (");
      sql.append(String.join(", ", columns.stream().map(RowFiller::quote).toList()));
      sql.append(") VALUES");
      for (int r = 0; r < made.size(); r++) {
        sql.append(r == 0 ? "\n  (" : ",\n  (");
        for (int i = 0; i < columns.size(); i++) {
          String name = columns.get(i);
          sql.append(i == 0 ? "" : ", ");
          if (defaults.contains(name)) {
            sql.append("DEFAULT");
            continue;
          }
          String value = made.get(r).get(name);
          sql.append(
              value == null
                  ? "NULL"
                  : literal(value) + "::" + sqlType(t.column(name).orElseThrow().type()));
        }
        sql.append(')');
      }
      List<String> all = t.columns().stream().map(Column::name).toList();
      sql.append("\nRETURNING ").append(asText(all));
      try {
        rows.get(t.name()).addAll(query(sql.toString(), all));
      } catch (SQLException e) {
        throw new RowsRejected(
            (extraRow ? "one more row" : "rows")
                + " for "
                + t.name()
                + " rejected: "
                + e.getMessage()
                + "\n"
                + sql,
            e);
      }
      counts.put(t.name(), made.size());
    }
  }

  /**
   * The database refused rows the filler chose: a filler bug, or (for {@link #addOne}) a plan's.
   */
  public static final class RowsRejected extends AssertionError {
    private static final long serialVersionUID = 1L;

    RowsRejected(String message, SQLException cause) {
      super(message, cause);
    }
  }

  // ---- text forms of values ------------------------------------------------------------------

  private static String base(ColumnType type) {
    return sqlType(new ColumnType(type.schema(), type.name(), 0));
  }

  /**
   * The text form of the value number {@code index} of a type: distinct per index, and such that
   * the forms of one index stay distinct after the casts a migration applies (integral numbers,
   * midnight timestamps, one-element arrays). Null when the type has no values here.
   */
  static String text(ColumnType type, List<String> labels, int index) {
    if (type.isArray()) {
      String element = text(new ColumnType(type.schema(), type.name(), 0), labels, index);
      return element == null
          ? null
          : "{\"" + element.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
    if (labels != null) {
      return labels.isEmpty() ? null : labels.get(index % labels.size());
    }
    if (type.isUserDefined()) {
      return null;
    }
    String base = base(type).toLowerCase(Locale.ROOT);
    int n = index + 1;
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(index);
    if (base.equals("smallint") || base.equals("integer") || base.equals("bigint")) {
      return String.valueOf(n);
    }
    if (base.startsWith("numeric")) {
      Matcher m = LENGTH.matcher(base);
      if (m.find() && m.group(2) != null) {
        int precision = Integer.parseInt(m.group(1));
        int scale = Integer.parseInt(m.group(2));
        if (precision - scale < 2) {
          return BigDecimal.valueOf(n).movePointLeft(scale).toPlainString();
        }
      }
      return String.valueOf(n);
    }
    if (base.equals("real") || base.equals("double precision")) {
      return String.valueOf(n);
    }
    if (base.equals("boolean")) {
      return index % 2 == 0 ? "true" : "false";
    }
    if (base.equals("text")
        || base.startsWith("character varying")
        || base.startsWith("character(")) {
      return String.valueOf(n);
    }
    if (base.equals("date")) {
      return day.toString();
    }
    if (base.startsWith("timestamp")) {
      return day + " 00:00:00" + (base.endsWith("with time zone") ? "+00" : "");
    }
    if (base.startsWith("time")) {
      return LocalTime.of(10, 0).plusMinutes(index)
          + ":00"
          + (base.endsWith("with time zone") ? "+00" : "");
    }
    if (base.startsWith("interval")) {
      return n + " days";
    }
    if (base.equals("uuid")) {
      return String.format("00000000-0000-4000-8000-%012d", n);
    }
    if (base.equals("json") || base.equals("jsonb")) {
      return "{\"n\": " + n + "}";
    }
    if (base.equals("bytea")) {
      return String.format("\\x%04x", n);
    }
    if (base.equals("inet")) {
      return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }
    if (base.equals("cidr")) {
      return "10." + (n / 250) + "." + (n % 250) + ".0/24";
    }
    if (base.equals("macaddr")) {
      return String.format("08:00:2b:01:%02x:%02x", n / 256 % 256, n % 256);
    }
    if (base.equals("macaddr8")) {
      return String.format("08:00:2b:01:02:03:%02x:%02x", n / 256 % 256, n % 256);
    }
    return null;
  }
}
