package dev.shale.lint.trace;

import dev.shale.sql.Identifiers;
import dev.shale.sql.parse.QualifiedName;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a few rows into every empty user table, so that what a migration validates, rewrites or
 * scans has rows: values that fit each column's type, its NOT NULL, the literals of its simple
 * CHECK constraints, its partition's bound, and its foreign keys (referenced tables first). A table
 * whose rows the server refuses is left empty, and said so.
 */
final class Seeder {
  private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d+)?(?![\\w.])");
  private static final Pattern BOUND =
      Pattern.compile("(?i)^FOR VALUES (?:FROM|IN) \\(\\s*('(?:[^']|'')*'|-?[\\d.]+)");

  private final Connection c;
  private final int rows;
  private final List<String> notes;

  private Seeder(Connection c, int rows, List<String> notes) {
    this.c = c;
    this.rows = rows;
    this.notes = notes;
  }

  /** Fills the empty tables (the connection in autocommit); notes what it could not fill. */
  static void fill(Connection c, int rows, List<String> notes) throws SQLException {
    if (rows <= 0) {
      return;
    }
    try {
      new Seeder(c, rows, notes).fill();
    } catch (RuntimeException e) {
      notes.add("rows could not be put into the tables: " + e);
    }
  }

  private record Column(
      int attnum,
      String name,
      boolean notNull,
      boolean skip,
      String format,
      String base,
      boolean array,
      List<String> labels) {}

  private record ForeignKey(List<Integer> columns, long target, List<Integer> targetColumns) {}

  private static final class Table {
    final long oid;
    final QualifiedName name;
    final char kind;
    long parent;
    String bound;
    List<Integer> partitionKey = List.of();
    final Map<Integer, Column> columns = new LinkedHashMap<>();
    final Map<Integer, List<String>> checkLiterals = new HashMap<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();

    Table(long oid, QualifiedName name, char kind) {
      this.oid = oid;
      this.name = name;
      this.kind = kind;
    }
  }

  private final Map<Long, Table> tables = new LinkedHashMap<>();

  private void fill() throws SQLException {
    Set<QualifiedName> held = withRows(c);
    read();
    List<Table> pending = new ArrayList<>();
    for (Table t : tables.values()) {
      if (t.kind == 'r' && !held.contains(t.name)) {
        pending.add(t);
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    readDetails();
    while (!pending.isEmpty()) {
      Table next = null;
      for (Table t : pending) {
        if (t.foreignKeys.stream()
            .allMatch(fk -> fk.target() == t.oid || !waitsFor(pending, fk.target()))) {
          next = t;
          break;
        }
      }
      if (next == null) {
        next = pending.get(0); // a cycle: its keys take NULL where they may
      }
      pending.remove(next);
      seed(next);
    }
  }

  /** Whether a pending table is {@code target} or one of its partitions. */
  private boolean waitsFor(List<Table> pending, long target) {
    for (Table t : pending) {
      for (Table at = t; at != null; at = tables.get(at.parent)) {
        if (at.oid == target) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- one table ----------------------------------------------------------------------------

  private void seed(Table t) throws SQLException {
    List<Column> columns = new ArrayList<>();
    Map<Integer, List<String>> candidates = new HashMap<>();
    for (Column col : t.columns.values()) {
      boolean key = t.partitionKey.contains(col.attnum());
      String bound = key && t.partitionKey.size() == 1 ? boundValue(t.bound) : null;
      if (col.skip() && bound == null) {
        continue;
      }
      List<String> values = new ArrayList<>();
      if (bound != null) {
        values.add(bound);
      }
      values.addAll(t.checkLiterals.getOrDefault(col.attnum(), List.of()));
      values.addAll(typeValues(col));
      columns.add(col);
      candidates.put(col.attnum(), values);
    }
    // foreign keys: tuples of the referenced rows, chosen together
    Map<Integer, Integer> fkOf = new HashMap<>();
    List<List<List<String>>> fkTuples = new ArrayList<>();
    for (ForeignKey fk : t.foreignKeys) {
      Table target = tables.get(fk.target());
      List<List<String>> tuples =
          target == null || fk.target() == t.oid
              ? List.of()
              : referenced(target, fk.targetColumns());
      if (tuples.isEmpty()) {
        boolean nullable = fk.columns().stream().anyMatch(a -> !t.columns.get(a).notNull());
        if (!nullable) {
          notes.add(
              "no rows put into "
                  + t.name
                  + ": its foreign key to "
                  + (target == null ? "another table" : target.name)
                  + " has no row to reference");
          return;
        }
      }
      int index = fkTuples.size();
      fkTuples.add(tuples);
      for (int a : fk.columns()) {
        fkOf.put(a, index);
      }
    }
    for (Column col : t.columns.values()) {
      if (fkOf.containsKey(col.attnum()) && !columns.contains(col)) {
        columns.add(col);
      }
    }
    for (Column col : columns) {
      if (!fkOf.containsKey(col.attnum()) && candidates.get(col.attnum()).isEmpty()) {
        if (col.notNull()) {
          notes.add(
              "no rows put into "
                  + t.name
                  + ": no value to give column "
                  + col.name()
                  + " ("
                  + col.format()
                  + ")");
          return;
        }
        candidates.put(col.attnum(), java.util.Collections.singletonList(null));
      }
    }
    String head =
        "INSERT INTO "
            + q(t.name)
            + (columns.isEmpty()
                ? " DEFAULT VALUES"
                : " ("
                    + String.join(
                        ", ", columns.stream().map(col -> Identifiers.quote(col.name())).toList())
                    + ") VALUES ");
    if (columns.isEmpty()) {
      for (int r = 0; r < rows; r++) {
        tryInsert(head);
      }
      return;
    }
    // all rows at once first; row by row with other values where that fails
    List<String> all = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      all.add(row(t, columns, candidates, fkOf, fkTuples, r));
    }
    if (tryInsert(head + String.join(", ", all))) {
      return;
    }
    int inserted = 0;
    String lastError = null;
    for (int r = 0; r < rows; r++) {
      for (int attempt = 0; attempt < 8; attempt++) {
        String error =
            insert(head + row(t, columns, candidates, fkOf, fkTuples, r + attempt * rows));
        if (error == null) {
          inserted++;
          break;
        }
        lastError = error;
      }
    }
    if (inserted == 0) {
      notes.add("no rows put into " + t.name + ": " + lastError);
    }
  }

  private String row(
      Table t,
      List<Column> columns,
      Map<Integer, List<String>> candidates,
      Map<Integer, Integer> fkOf,
      List<List<List<String>>> fkTuples,
      int index) {
    List<String> values = new ArrayList<>();
    for (Column col : columns) {
      String value;
      Integer fk = fkOf.get(col.attnum());
      if (fk != null) {
        List<List<String>> tuples = fkTuples.get(fk);
        if (tuples.isEmpty()) {
          value = null;
        } else {
          ForeignKey key = fkAt(t, fk);
          value = tuples.get(index % tuples.size()).get(key.columns().indexOf(col.attnum()));
        }
      } else {
        List<String> values1 = candidates.get(col.attnum());
        value = values1.get(index % values1.size());
      }
      values.add(value == null ? "NULL" : Identifiers.literal(value) + "::" + col.format());
    }
    return "(" + String.join(", ", values) + ")";
  }

  private static ForeignKey fkAt(Table t, int index) {
    return t.foreignKeys.get(index);
  }

  private boolean tryInsert(String sql) {
    return insert(sql) == null;
  }

  /** Null when the rows went in, the server's message otherwise. */
  private String insert(String sql) {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
      return null;
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      int newline = message.indexOf('\n');
      return newline < 0 ? message : message.substring(0, newline);
    }
  }

  private List<List<String>> referenced(Table target, List<Integer> columns) throws SQLException {
    List<String> names = new ArrayList<>();
    for (int a : columns) {
      Column col = target.columns.get(a);
      if (col == null) {
        return List.of();
      }
      names.add(Identifiers.quote(col.name()));
    }
    String select =
        "SELECT DISTINCT "
            + String.join(", ", names.stream().map(n -> n + "::text").toList())
            + " FROM "
            + q(target.name)
            + " WHERE "
            + String.join(" AND ", names.stream().map(n -> n + " IS NOT NULL").toList())
            + " LIMIT 10";
    return query(select);
  }

  /** The first value of a partition bound ({@code FOR VALUES FROM (x)} or {@code IN (x, …)}). */
  private static String boundValue(String bound) {
    if (bound == null) {
      return null;
    }
    Matcher m = BOUND.matcher(bound);
    if (!m.find()) {
      return null;
    }
    String v = m.group(1);
    return v.startsWith("'") ? v.substring(1, v.length() - 1).replace("''", "'") : v;
  }

  /** Distinct text forms of values of the column's type; empty when there are none. */
  private List<String> typeValues(Column col) {
    List<String> values = new ArrayList<>();
    if (col.array()) {
      values.add("{}");
      return values;
    }
    if (col.labels() != null) {
      return col.labels();
    }
    for (int i = 0; i < rows * 3; i++) {
      String v = text(col.base(), i);
      if (v == null) {
        return List.of();
      }
      values.add(v);
    }
    return values;
  }

  /** The text form of value number {@code index} of a built-in type, or null. */
  static String text(String format, int index) {
    String base = format.replaceAll("\\(.*?\\)", "").toLowerCase(Locale.ROOT).strip();
    int n = index + 1;
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(index);
    switch (base) {
      case "smallint", "integer", "bigint", "numeric", "real", "double precision", "money", "oid":
        return String.valueOf(n);
      case "text", "character varying", "character", "name", "citext", "\"char\"":
        return String.valueOf(n);
      case "boolean":
        return index % 2 == 0 ? "true" : "false";
      case "date":
        return day.toString();
      case "timestamp without time zone", "timestamp with time zone":
        return day + " 00:00:00" + (base.endsWith("with time zone") ? "+00" : "");
      case "time without time zone", "time with time zone":
        return LocalTime.of(10, 0).plusMinutes(index)
            + ":00"
            + (base.endsWith("with time zone") ? "+00" : "");
      case "interval":
        return n + " days";
      case "uuid":
        return String.format("00000000-0000-4000-8000-%012d", n);
      case "json", "jsonb":
        return "{\"n\": " + n + "}";
      case "bytea":
        return String.format("\\x%04x", n);
      case "inet":
        return "10.0.0." + (n % 250 + 1);
      case "cidr":
        return "10.0." + (n % 250) + ".0/24";
      case "macaddr":
        return String.format("08:00:2b:01:02:%02x", n % 256);
      case "macaddr8":
        return String.format("08:00:2b:01:02:03:04:%02x", n % 256);
      case "bit", "bit varying":
        return n % 2 == 0 ? "0" : "1";
      case "tsvector":
        return "w" + n;
      case "xml":
        return "<n>" + n + "</n>";
      case "point":
        return "(" + n + "," + n + ")";
      default:
        return null;
    }
  }

  // ---- the catalog --------------------------------------------------------------------------

  private void read() throws SQLException {
    for (List<String> r :
        query(
            "SELECT c.oid::bigint, n.nspname, c.relname, c.relkind, COALESCE(i.inhparent, 0)::bigint,"
                + " pg_catalog.pg_get_expr(c.relpartbound, c.oid) FROM pg_catalog.pg_class c JOIN"
                + " pg_catalog.pg_namespace n ON n.oid = c.relnamespace LEFT JOIN"
                + " pg_catalog.pg_inherits i ON i.inhrelid = c.oid AND c.relispartition WHERE"
                + " c.relkind IN ('r', 'p') AND c.relpersistence <> 't' AND "
                + Catalog.USER_SCHEMA
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid ="
                + " 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid AND d.deptype ="
                + " 'e') ORDER BY n.nspname, c.relname")) {
      Table t =
          new Table(
              Long.parseLong(r.get(0)), new QualifiedName(r.get(1), r.get(2)), r.get(3).charAt(0));
      t.parent = Long.parseLong(r.get(4));
      t.bound = r.get(5);
      tables.put(t.oid, t);
    }
  }

  private void readDetails() throws SQLException {
    Map<Long, List<String>> labels = new HashMap<>();
    for (List<String> r :
        query(
            "SELECT enumtypid::bigint, enumlabel FROM pg_catalog.pg_enum ORDER BY enumtypid, enumsortorder")) {
      labels.computeIfAbsent(Long.parseLong(r.get(0)), k -> new ArrayList<>()).add(r.get(1));
    }
    String ids = String.join(", ", tables.keySet().stream().map(String::valueOf).toList());
    for (List<String> r :
        query(
            "SELECT a.attrelid::bigint, a.attnum, a.attname, a.attnotnull, a.atthasdef OR"
                + " a.attidentity <> '' OR a.attgenerated <> '', pg_catalog.format_type(a.atttypid,"
                + " a.atttypmod), pg_catalog.format_type(b.oid, CASE WHEN t.typtype = 'd' THEN"
                + " t.typtypmod ELSE a.atttypmod END), b.typcategory = 'A', b.typtype = 'e',"
                + " b.oid::bigint FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid"
                + " = a.atttypid JOIN pg_catalog.pg_type b ON b.oid = CASE WHEN t.typtype = 'd'"
                + " THEN t.typbasetype ELSE t.oid END WHERE a.attnum > 0 AND NOT a.attisdropped AND"
                + " a.attrelid IN ("
                + ids
                + ") ORDER BY a.attrelid, a.attnum")) {
      Table t = tables.get(Long.parseLong(r.get(0)));
      int attnum = Integer.parseInt(r.get(1));
      t.columns.put(
          attnum,
          new Column(
              attnum,
              r.get(2),
              r.get(3).equals("t"),
              r.get(4).equals("t"),
              r.get(5),
              r.get(6),
              r.get(7).equals("t"),
              r.get(8).equals("t")
                  ? labels.getOrDefault(Long.parseLong(r.get(9)), List.of())
                  : null));
    }
    for (List<String> r :
        query(
            "SELECT conrelid::bigint, contype, pg_catalog.array_to_string(conkey, ','),"
                + " confrelid::bigint,"
                + " pg_catalog.array_to_string(confkey, ','), pg_catalog.pg_get_constraintdef(oid) FROM"
                + " pg_catalog.pg_constraint WHERE contype IN ('c', 'f') AND conrelid IN ("
                + ids
                + ")")) {
      Table t = tables.get(Long.parseLong(r.get(0)));
      List<Integer> key = ints(r.get(2));
      if (r.get(1).equals("f")) {
        t.foreignKeys.add(new ForeignKey(key, Long.parseLong(r.get(3)), ints(r.get(4))));
      } else if (key.size() == 1) {
        t.checkLiterals
            .computeIfAbsent(key.get(0), k -> new ArrayList<>())
            .addAll(literals(r.get(5)));
      }
    }
    for (List<String> r :
        query(
            "SELECT partrelid::bigint, pg_catalog.array_to_string(partattrs::int2[], ',') FROM pg_catalog.pg_partitioned_table"
                + " WHERE partrelid IN ("
                + ids
                + ")")) {
      List<Integer> key = ints(r.get(1));
      long parent = Long.parseLong(r.get(0));
      for (Table t : tables.values()) {
        if (t.parent == parent) {
          t.partitionKey = key;
        }
      }
    }
  }

  /** The literals of a CHECK's text: strings, numbers and each number plus one. */
  static List<String> literals(String check) {
    Set<String> out = new java.util.LinkedHashSet<>();
    Matcher s = STRING.matcher(check);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (s.find()) {
      out.add(s.group(1).replace("''", "'"));
      rest.append(check, last, s.start()).append(' ');
      last = s.end();
    }
    rest.append(check.substring(last));
    Matcher m = NUMBER.matcher(rest);
    while (m.find()) {
      String number = m.group();
      out.add(number);
      try {
        out.add(new java.math.BigDecimal(number).add(java.math.BigDecimal.ONE).toPlainString());
      } catch (NumberFormatException e) {
        // not a number after all
      }
    }
    return new ArrayList<>(out);
  }

  private static List<Integer> ints(String array) {
    List<Integer> out = new ArrayList<>();
    if (array == null) {
      return out;
    }
    for (String part : array.replaceAll("[{}]", "").split(",")) {
      if (!part.isBlank()) {
        out.add(Integer.parseInt(part.strip()));
      }
    }
    return out;
  }

  private List<List<String>> query(String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  static String q(QualifiedName name) {
    return Identifiers.quote(name.schema()) + "." + Identifiers.quote(name.name());
  }

  /** The tables (and populated materialized views) that hold rows now, by name. */
  static Set<QualifiedName> withRows(Connection c) throws SQLException {
    List<QualifiedName> candidates = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN"
                    + " pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE (c.relkind IN"
                    + " ('r', 'p') OR c.relkind = 'm' AND c.relispopulated) AND c.relpersistence"
                    + " <> 't' AND "
                    + Catalog.USER_SCHEMA)) {
      while (rs.next()) {
        candidates.add(new QualifiedName(rs.getString(1), rs.getString(2)));
      }
    }
    Set<QualifiedName> held = new HashSet<>();
    if (candidates.isEmpty()) {
      return held;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      parts.add("SELECT " + i + " WHERE EXISTS (SELECT 1 FROM " + q(candidates.get(i)) + ")");
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(String.join(" UNION ALL ", parts))) {
      while (rs.next()) {
        held.add(candidates.get(rs.getInt(1)));
      }
    }
    return held;
  }
}
