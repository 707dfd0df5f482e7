package dev.shale.studio;

import dev.shale.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a database's tables, a page at a time. Every query is parameterized: names come from
 * the catalog, never from the request as typed, and values travel as parameters cast to the
 * column's type. Reads run in a read-only transaction that is rolled back; every statement is
 * bounded by a statement_timeout, and writes (only with {@code --write}) by a lock_timeout too, and
 * must touch exactly the one row they name.
 */
final class RowBrowser {
  static final int MAX_LIMIT = 500;
  static final int MAX_CELL = 2000;
  private static final long EXACT_COUNT_BELOW = 200_000;
  private static final Map<String, String> COMPARISONS =
      Map.of("eq", "=", "ne", "<>", "lt", "<", "le", "<=", "gt", ">", "ge", ">=");

  record TableInfo(String schema, String name, String kind, long estimatedRows, boolean readable) {}

  record ColumnInfo(
      String name, String type, boolean primaryKey, boolean notNull, boolean hasDefault) {}

  record Filter(String column, String op, String value) {}

  record Query(
      String schema,
      String table,
      int offset,
      int limit,
      String sort,
      boolean descending,
      List<Filter> filters) {}

  record Page(
      String schema,
      String table,
      List<ColumnInfo> columns,
      List<List<String>> rows,
      int offset,
      int limit,
      boolean more,
      Long total,
      boolean totalEstimated,
      boolean writable) {}

  private final Database database;
  private final Duration statementTimeout;
  private final boolean write;

  RowBrowser(Database database, Duration statementTimeout, boolean write) {
    this.database = database;
    this.statementTimeout = statementTimeout;
    this.write = write;
  }

  List<TableInfo> tables() {
    return read(
        c -> {
          List<TableInfo> tables = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT n.nspname, c.relname, c.relkind::text, c.reltuples::bigint,"
                          + " has_table_privilege(c.oid, 'SELECT')"
                          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                          + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                          + " AND n.nspname <> 'information_schema'"
                          + " AND n.nspname NOT LIKE 'pg\\_%'"
                          + " ORDER BY n.nspname, c.relname");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              tables.add(
                  new TableInfo(
                      rs.getString(1),
                      rs.getString(2),
                      kind(rs.getString(3)),
                      Math.max(0, rs.getLong(4)),
                      rs.getBoolean(5)));
            }
          }
          return tables;
        });
  }

  Page rows(Query query) {
    if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
      throw StudioException.badRequest("limit must be from 1 to " + MAX_LIMIT);
    }
    if (query.offset() < 0) {
      throw StudioException.badRequest("offset must not be negative");
    }
    return read(
        c -> {
          Relation relation = relation(c, query.schema(), query.table());
          List<Object[]> params = new ArrayList<>();
          String where = where(relation, query.filters(), params);
          StringBuilder sql =
              new StringBuilder("SELECT * FROM ").append(relation.sqlName()).append(where);
          List<String> order = new ArrayList<>();
          if (query.sort() != null && !query.sort().isEmpty()) {
            order.add(
                quote(relation.column(query.sort()).name())
                    + (query.descending() ? " DESC NULLS LAST" : " ASC NULLS FIRST"));
          }
          relation.columns().stream()
              .filter(ColumnInfo::primaryKey)
              .map(col -> quote(col.name()))
              .filter(q -> order.stream().noneMatch(o -> o.startsWith(q + " ")))
              .forEach(order::add);
          if (!order.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", order));
          }
          sql.append(" LIMIT ").append(query.limit() + 1).append(" OFFSET ").append(query.offset());
          List<List<String>> rows = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
              int width = rs.getMetaData().getColumnCount();
              while (rs.next() && rows.size() <= query.limit()) {
                List<String> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                  row.add(cell(rs.getString(i)));
                }
                rows.add(row);
              }
            }
          }
          boolean more = rows.size() > query.limit();
          if (more) {
            rows.remove(rows.size() - 1);
          }
          Long total = null;
          boolean estimated = false;
          if (relation.estimatedRows() < EXACT_COUNT_BELOW && !relation.kind().equals("view")) {
            total = count(c, relation, where, params);
          } else if (query.filters().isEmpty()) {
            total = relation.estimatedRows();
            estimated = true;
          }
          return new Page(
              relation.schema(),
              relation.name(),
              relation.columns(),
              rows,
              query.offset(),
              query.limit(),
              more,
              total,
              estimated,
              write && relation.kind().equals("table") && relation.hasPrimaryKey());
        });
  }

  /** Sets columns of the one row {@code key} names; {@code values} maps columns to text or null. */
  Map<String, Object> update(
      String schema, String table, Map<String, String> key, Map<String, String> values) {
    requireWrite();
    if (values.isEmpty()) {
      throw StudioException.badRequest("give at least one column to set");
    }
    return change(
        schema,
        table,
        (c, relation) -> {
          List<Object[]> params = new ArrayList<>();
          List<String> sets = new ArrayList<>();
          values.forEach(
              (column, value) -> {
                ColumnInfo col = relation.column(column);
                sets.add(quote(col.name()) + " = CAST(? AS " + col.type() + ")");
                params.add(new Object[] {value});
              });
          String sql =
              "UPDATE "
                  + relation.sqlName()
                  + " SET "
                  + String.join(", ", sets)
                  + keyCondition(relation, key, params);
          return execute(c, sql, params);
        });
  }

  Map<String, Object> delete(String schema, String table, Map<String, String> key) {
    requireWrite();
    return change(
        schema,
        table,
        (c, relation) -> {
          List<Object[]> params = new ArrayList<>();
          String sql = "DELETE FROM " + relation.sqlName() + keyCondition(relation, key, params);
          return execute(c, sql, params);
        });
  }

  Map<String, Object> insert(String schema, String table, Map<String, String> values) {
    requireWrite();
    return change(
        schema,
        table,
        (c, relation) -> {
          List<Object[]> params = new ArrayList<>();
          List<String> names = new ArrayList<>();
          List<String> casts = new ArrayList<>();
          values.forEach(
              (column, value) -> {
                ColumnInfo col = relation.column(column);
                names.add(quote(col.name()));
                casts.add("CAST(? AS " + col.type() + ")");
                params.add(new Object[] {value});
              });
          String sql =
              names.isEmpty()
                  ? "INSERT INTO " + relation.sqlName() + " DEFAULT VALUES"
                  : "INSERT INTO "
                      + relation.sqlName()
                      + " ("
                      + String.join(", ", names)
                      + ") VALUES ("
                      + String.join(", ", casts)
                      + ")";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
          }
          return 1;
        });
  }

  private void requireWrite() {
    if (!write) {
      throw new StudioException(
          403, "the studio is read-only: start it with --write to change rows");
    }
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private interface Change {
    int run(Connection c, Relation relation) throws SQLException;
  }

  private <T> T read(Work<T> work) {
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try {
        try (var s = c.createStatement()) {
          s.execute("SET TRANSACTION READ ONLY");
        }
        bound(c, false);
        return work.run(c);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw refused(e);
    }
  }

  private Map<String, Object> change(String schema, String table, Change work) {
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      try {
        bound(c, true);
        Relation relation = relation(c, schema, table);
        if (!relation.kind().equals("table")) {
          throw StudioException.badRequest(
              relation.schema() + "." + relation.name() + " is a " + relation.kind());
        }
        int count = work.run(c, relation);
        if (count != 1) {
          c.rollback();
          throw new StudioException(
              409,
              (count == 0 ? "no row" : count + " rows")
                  + " matched the key: nothing was changed (reload the page)");
        }
        c.commit();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", 1);
        return result;
      } catch (RuntimeException | SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw refused(e);
    }
  }

  private void bound(Connection c, boolean writing) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT set_config('statement_timeout', ?, true), set_config('lock_timeout', ?,"
                + " true)")) {
      s.setString(1, statementTimeout.toMillis() + "ms");
      s.setString(2, writing ? "2s" : statementTimeout.toMillis() + "ms");
      s.executeQuery().close();
    }
  }

  private static int execute(Connection c, String sql, List<Object[]> params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      return s.executeUpdate();
    }
  }

  private static StudioException refused(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
    if ("57014".equals(e.getSQLState())) {
      return new StudioException(
          504, "the query ran over the studio's statement_timeout and was cancelled: " + message);
    }
    return new StudioException(400, "the database refused the query: " + message);
  }

  private String keyCondition(Relation relation, Map<String, String> key, List<Object[]> params) {
    List<ColumnInfo> keys = relation.columns().stream().filter(ColumnInfo::primaryKey).toList();
    if (keys.isEmpty()) {
      throw StudioException.badRequest(
          relation.schema()
              + "."
              + relation.name()
              + " has no primary key, so a row cannot be named: change it with SQL");
    }
    if (!key.keySet().equals(keys.stream().map(ColumnInfo::name).collect(toSet()))) {
      throw StudioException.badRequest(
          "the key must give exactly the primary key columns: "
              + keys.stream().map(ColumnInfo::name).toList());
    }
    List<String> parts = new ArrayList<>();
    for (ColumnInfo col : keys) {
      parts.add(quote(col.name()) + " = CAST(? AS " + col.type() + ")");
      params.add(new Object[] {key.get(col.name())});
    }
    return " WHERE " + String.join(" AND ", parts);
  }

  private static <T> java.util.stream.Collector<T, ?, java.util.Set<T>> toSet() {
    return java.util.stream.Collectors.toSet();
  }

  private static String where(Relation relation, List<Filter> filters, List<Object[]> params) {
    List<String> parts = new ArrayList<>();
    for (Filter f : filters) {
      ColumnInfo col = relation.column(f.column());
      String name = quote(col.name());
      switch (f.op()) {
        case "null" -> parts.add(name + " IS NULL");
        case "notnull" -> parts.add(name + " IS NOT NULL");
        case "contains" -> {
          parts.add("CAST(" + name + " AS text) ILIKE ? ESCAPE '\\'");
          params.add(new Object[] {"%" + likeEscaped(f.value() == null ? "" : f.value()) + "%"});
        }
        default -> {
          String op = COMPARISONS.get(f.op());
          if (op == null) {
            throw StudioException.badRequest(
                "unknown filter operator "
                    + f.op()
                    + ": use eq, ne, lt, le, gt, ge, contains, null or notnull");
          }
          if (f.value() == null) {
            throw StudioException.badRequest("the filter on " + col.name() + " needs a value");
          }
          parts.add(name + " " + op + " CAST(? AS " + col.type() + ")");
          params.add(new Object[] {f.value()});
        }
      }
    }
    return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static void bind(PreparedStatement s, List<Object[]> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object value = params.get(i)[0];
      if (value == null) {
        s.setNull(i + 1, java.sql.Types.VARCHAR);
      } else {
        s.setString(i + 1, value.toString());
      }
    }
  }

  /** The rows the filters match, or null when counting them runs over the timeout. */
  private static Long count(Connection c, Relation relation, String where, List<Object[]> params)
      throws SQLException {
    var savepoint = c.setSavepoint();
    try (PreparedStatement s =
        c.prepareStatement("SELECT count(*) FROM " + relation.sqlName() + where)) {
      bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      if (!"57014".equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(savepoint);
      return null;
    }
  }

  private static String cell(String value) {
    if (value == null || value.length() <= MAX_CELL) {
      return value;
    }
    return value.substring(0, MAX_CELL) + "…";
  }

  /** A table or view as the catalog has it: its real names and columns. */
  private record Relation(
      String schema, String name, String kind, long estimatedRows, List<ColumnInfo> columns) {
    String sqlName() {
      return quote(schema) + "." + quote(name);
    }

    boolean hasPrimaryKey() {
      return columns.stream().anyMatch(ColumnInfo::primaryKey);
    }

    ColumnInfo column(String column) {
      return columns.stream()
          .filter(c -> c.name().equals(column))
          .findFirst()
          .orElseThrow(
              () -> StudioException.badRequest(schema + "." + name + " has no column " + column));
    }
  }

  private static Relation relation(Connection c, String schema, String table) throws SQLException {
    if (schema == null || table == null) {
      throw StudioException.badRequest("name the table: table=schema.name");
    }
    String kind;
    long estimated;
    long oid;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT c.oid, c.relkind::text, c.reltuples::bigint FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm',"
                + " 'f')")) {
      s.setString(1, schema);
      s.setString(2, table);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw StudioException.notFound("there is no table or view " + schema + "." + table);
        }
        oid = rs.getLong(1);
        kind = kind(rs.getString(2));
        estimated = rs.getLong(3);
      }
    }
    List<ColumnInfo> columns = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                + " a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '',"
                + " EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid"
                + " AND i.indisprimary AND a.attnum = ANY (i.indkey::int2[]))"
                + " FROM pg_attribute a WHERE a.attrelid = CAST(? AS oid) AND a.attnum > 0"
                + " AND NOT a.attisdropped ORDER BY a.attnum")) {
      s.setLong(1, oid);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(
              new ColumnInfo(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getBoolean(5),
                  rs.getBoolean(3),
                  rs.getBoolean(4)));
        }
      }
    }
    return new Relation(schema, table, kind, Math.max(0, estimated), columns);
  }

  private static String kind(String relkind) {
    return switch (relkind) {
      case "r", "p" -> "table";
      case "v" -> "view";
      case "m" -> "materialized view";
      case "f" -> "foreign table";
      default -> relkind;
    };
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
