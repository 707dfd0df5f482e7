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
  static final int COUNT_LIMIT = 200_000;

  /**
   * The planner's row estimate of relation {@code c}, null when unknown (never analyzed): a
   * partitioned table's is the sum of its leaves'.
   */
  private static final String ESTIMATE =
      "CASE WHEN c.relkind = 'p' THEN (SELECT CASE WHEN bool_or(x.reltuples < 0) THEN NULL"
          + " ELSE sum(x.reltuples)::bigint END FROM pg_partition_tree(c.oid) t"
          + " JOIN pg_class x ON x.oid = t.relid WHERE t.isleaf)"
          + " WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END";

  private static final Map<String, String> COMPARISONS =
      Map.of("eq", "=", "ne", "<>", "lt", "<", "le", "<=", "gt", ">", "ge", ">=");

  record TableInfo(String schema, String name, String kind, Long estimatedRows, boolean readable) {}

  /**
   * @param type as the catalog shows it, with its length or precision
   * @param castType the type values are cast to: without length or precision, so that a cast never
   *     cuts or rounds a value (assignment to the column still checks them)
   * @param orderable whether the type has a btree order; others sort and compare as text
   * @param editable whether a value may be given (not an identity ALWAYS or generated column)
   */
  record ColumnInfo(
      String name,
      String type,
      String castType,
      boolean primaryKey,
      boolean notNull,
      boolean hasDefault,
      boolean orderable,
      boolean editable) {}

  record Filter(String column, String op, String value) {}

  /**
   * @param runView whether to read a view: reading one runs its query and whatever functions it
   *     calls, which the page asks the user about first
   */
  record Query(
      String schema,
      String table,
      int offset,
      int limit,
      String sort,
      boolean descending,
      List<Filter> filters,
      boolean runView) {}

  /**
   * @param truncated the cells (row, column) cut at {@value #MAX_CELL} characters
   * @param total the rows the filters match: exact, estimated, or at least this many; null when not
   *     known (a view, or counting ran over the timeout)
   */
  record Page(
      String schema,
      String table,
      String kind,
      List<ColumnInfo> columns,
      List<List<String>> rows,
      List<List<Integer>> truncated,
      int offset,
      int limit,
      boolean more,
      Long total,
      boolean totalEstimated,
      boolean totalAtLeast,
      boolean writable,
      String readOnlyBecause) {}

  private final Database database;
  private final Duration statementTimeout;
  private final boolean write;
  private final dev.shale.db.HistoryTable history;
  private final java.util.concurrent.Executor network =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "shale-studio-network");
            t.setDaemon(true);
            return t;
          });

  RowBrowser(
      Database database,
      Duration statementTimeout,
      boolean write,
      dev.shale.db.HistoryTable history) {
    this.database = database;
    this.statementTimeout = statementTimeout;
    this.write = write;
    this.history = history;
  }

  List<TableInfo> tables() {
    return read(
        c -> {
          List<TableInfo> tables = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT n.nspname, c.relname, c.relkind::text, "
                          + ESTIMATE
                          + ", has_table_privilege(c.oid, 'SELECT')"
                          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                          + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition"
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
                      (Long) rs.getObject(4, Long.class),
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
          if (runsCode(relation) && !query.runView()) {
            throw new StudioException(
                409,
                (relation.kind().equals("view")
                        ? "reading the view "
                            + relation.schema()
                            + "."
                            + relation.name()
                            + " runs its query and the functions it calls"
                        : "reading the foreign table "
                            + relation.schema()
                            + "."
                            + relation.name()
                            + " runs its foreign data wrapper (a remote server, a program)")
                    + "; the transaction is read-only, but that code can still act outside it:"
                    + " ask with run=true to read it");
          }
          List<Object[]> params = new ArrayList<>();
          String where = where(relation, query.filters(), params);
          String sql = pageQuery(c, relation, query, where);
          List<List<String>> rows = new ArrayList<>();
          List<List<Integer>> truncated = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
              int width = relation.columns().size();
              while (rs.next() && rows.size() <= query.limit()) {
                List<String> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                  String value = rs.getString(i);
                  if (value != null && value.codePointCount(0, value.length()) > MAX_CELL) {
                    value = value.substring(0, value.offsetByCodePoints(0, MAX_CELL));
                    truncated.add(List.of(rows.size(), i - 1));
                  }
                  row.add(value);
                }
                rows.add(row);
              }
            }
          }
          boolean more = rows.size() > query.limit();
          if (more) {
            rows.remove(rows.size() - 1);
            truncated.removeIf(cell -> cell.get(0) >= query.limit());
          }
          Count count = count(c, relation, where, params, query.filters().isEmpty());
          String readOnly = readOnlyBecause(relation);
          return new Page(
              relation.schema(),
              relation.name(),
              relation.kind(),
              relation.columns(),
              rows,
              truncated,
              query.offset(),
              query.limit(),
              more,
              count.total(),
              count.estimated(),
              count.atLeast(),
              readOnly == null,
              readOnly);
        });
  }

  private static final String PLACE = quote("shale.ctid");
  private static final String PARTITION = quote("shale.tableoid");

  /**
   * The page's query: the rows are chosen, sorted and limited in an inner query that leaves large
   * values untouched in storage, and only the page's rows are cut to {@value #MAX_CELL} characters
   * (bytea before it becomes hex) in the outer one.
   */
  private String pageQuery(Connection c, Relation relation, Query query, String where)
      throws SQLException {
    boolean sorted = query.sort() != null && !query.sort().isEmpty();
    List<String> inner = new ArrayList<>();
    List<String> outer = new ArrayList<>();
    if (sorted) {
      ColumnInfo col = relation.column(query.sort());
      String direction = query.descending() ? " DESC NULLS LAST" : " ASC NULLS FIRST";
      inner.add(sortable(col) + direction);
      outer.add(sortable(col) + direction);
    }
    List<ColumnInfo> keys = relation.columns().stream().filter(ColumnInfo::primaryKey).toList();
    for (ColumnInfo key : keys) {
      if (!sorted || !query.sort().equals(key.name())) {
        inner.add(sortable(key));
        outer.add(sortable(key));
      }
    }
    String extra = "";
    // Without a key, and without a sort, a plain scan gives the rows in their physical order;
    // after a sort, their places break ties.
    if (keys.isEmpty() && sorted && hasPlaces(relation)) {
      if (relation.partitioned()) {
        extra += ", tableoid AS " + PARTITION;
        inner.add("tableoid");
        outer.add(PARTITION);
      }
      extra += ", ctid AS " + PLACE;
      inner.add("ctid");
      outer.add(PLACE);
    }
    List<String> select = new ArrayList<>();
    boolean byteCut = !sqlAscii(c);
    for (ColumnInfo col : relation.columns()) {
      String name = "page." + quote(col.name());
      if (!byteCut) {
        select.add("CAST(" + name + " AS text)");
      } else if (col.castType().equals("bytea")) {
        select.add(
            "CASE WHEN octet_length("
                + name
                + ") > 999 THEN '\\x' || encode(substring("
                + name
                + " FROM 1 FOR 1000), 'hex') ELSE CAST("
                + name
                + " AS text) END");
      } else {
        select.add("left(CAST(" + name + " AS text), " + (MAX_CELL + 1) + ")");
      }
    }
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(select.isEmpty() ? "NULL" : String.join(", ", select))
            .append(" FROM (SELECT *")
            .append(extra)
            .append(" FROM ")
            .append(relation.sqlName())
            .append(where);
    if (!inner.isEmpty()) {
      sql.append(" ORDER BY ").append(String.join(", ", inner));
    }
    sql.append(" LIMIT ").append(query.limit() + 1).append(" OFFSET ").append(query.offset());
    sql.append(") page");
    if (!outer.isEmpty()) {
      sql.append(" ORDER BY ").append(String.join(", ", outer));
    }
    return sql.toString();
  }

  private static boolean hasPlaces(Relation relation) {
    return relation.kind().equals("table") || relation.kind().equals("materialized view");
  }

  /** Whether reading the relation runs code beyond a scan: a view's query, a foreign table's. */
  private static boolean runsCode(Relation relation) {
    return relation.kind().equals("view") || relation.kind().equals("foreign table");
  }

  /**
   * Whether the database stores text as SQL_ASCII, where {@code left()} counts bytes and could cut
   * a character in two: there values are cut after they arrive.
   */
  private Boolean sqlAscii;

  private boolean sqlAscii(Connection c) throws SQLException {
    if (sqlAscii == null) {
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT pg_encoding_to_char(encoding) = 'SQL_ASCII' FROM pg_database"
                      + " WHERE datname = current_database()");
          ResultSet rs = s.executeQuery()) {
        sqlAscii = rs.next() && rs.getBoolean(1);
      }
    }
    return sqlAscii;
  }

  private static String sortable(ColumnInfo col) {
    return col.orderable() ? quote(col.name()) : "CAST(" + quote(col.name()) + " AS text)";
  }

  private boolean isHistory(Relation relation) {
    return relation.schema().equals(history.schema()) && relation.name().equals(history.table());
  }

  /** Why the page may not change this relation's rows, or null when it may. */
  private String readOnlyBecause(Relation relation) {
    if (!write) {
      return "the studio is read-only: start it with --write to change rows";
    }
    if (!relation.kind().equals("table")) {
      return relation.schema() + "." + relation.name() + " is a " + relation.kind();
    }
    if (isHistory(relation)) {
      return "this is Shale's migration history: change it with shale migrate or shale baseline";
    }
    if (relation.columns().stream().noneMatch(ColumnInfo::primaryKey)) {
      return relation.schema()
          + "."
          + relation.name()
          + " has no primary key, so a row cannot be named: change it with SQL";
    }
    return null;
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
                sets.add(quote(col.name()) + " = CAST(? AS " + col.castType() + ")");
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
                casts.add("CAST(? AS " + col.castType() + ")");
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
      guard(c);
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try {
        try (var s = c.createStatement()) {
          s.execute("SET TRANSACTION READ ONLY");
        }
        bound(c, false);
        try (var s = c.createStatement()) {
          // without an ORDER BY a plain scan then starts at the table's first block every time
          s.execute(
              "SET LOCAL synchronize_seqscans = off; SET LOCAL max_parallel_workers_per_gather"
                  + " = 0; SET LOCAL bytea_output = 'hex'");
        }
        T result = work.run(c);
        c.rollback();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw refused(e);
    }
  }

  private Map<String, Object> change(String schema, String table, Change work) {
    try (Connection c = database.connect()) {
      guard(c);
      c.setAutoCommit(false);
      try {
        bound(c, true);
        Relation relation = relation(c, schema, table);
        if (!relation.kind().equals("table")) {
          throw StudioException.badRequest(
              relation.schema() + "." + relation.name() + " is a " + relation.kind());
        }
        if (isHistory(relation)) {
          throw new StudioException(403, readOnlyBecause(relation));
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

  /**
   * A connection that gives up on a server that stops answering (the statement timeout plus a
   * margin), so that no request of the page waits forever.
   */
  private void guard(Connection c) throws SQLException {
    if (statementTimeout.isZero()) {
      return; // no limit was asked for
    }
    c.setNetworkTimeout(
        network, (int) Math.min(Integer.MAX_VALUE, statementTimeout.toMillis() + 15_000));
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
    if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
      return new StudioException(
          503, "lost the connection to the database (" + message + "): try again");
    }
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
      parts.add(sortable(col) + " = " + cast(col));
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
          parts.add(sortable(col) + " " + op + " " + cast(col));
          params.add(new Object[] {f.value()});
        }
      }
    }
    return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
  }

  /** A parameter as a value of the column's type, or as text where the type has no order. */
  private static String cast(ColumnInfo col) {
    return col.orderable() ? "CAST(? AS " + col.castType() + ")" : "CAST(? AS text)";
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

  /** How many rows the filters match, as far as the page needs to know. */
  private record Count(Long total, boolean estimated, boolean atLeast) {}

  /**
   * Counts at most {@value #COUNT_LIMIT} + 1 matching rows, so that a count never reads a whole big
   * table; past that, the planner's estimate when nothing is filtered, else "at least". Views are
   * not counted (that would run them again), nor is anything when counting runs over the timeout.
   */
  private static Count count(
      Connection c, Relation relation, String where, List<Object[]> params, boolean unfiltered)
      throws SQLException {
    if (relation.kind().equals("view") || relation.kind().equals("foreign table")) {
      return new Count(null, false, false);
    }
    var savepoint = c.setSavepoint();
    long counted;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT count(*) FROM (SELECT 1 FROM "
                + relation.sqlName()
                + where
                + " LIMIT "
                + (COUNT_LIMIT + 1)
                + ") matching")) {
      bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        counted = rs.getLong(1);
      }
    } catch (SQLException e) {
      if (!"57014".equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(savepoint);
      return new Count(null, false, false);
    }
    if (counted <= COUNT_LIMIT) {
      return new Count(counted, false, false);
    }
    if (unfiltered && relation.estimatedRows() != null && relation.estimatedRows() > COUNT_LIMIT) {
      return new Count(relation.estimatedRows(), true, false);
    }
    return new Count((long) COUNT_LIMIT, false, true);
  }

  /** A table or view as the catalog has it: its real names and columns. */
  private record Relation(
      String schema,
      String name,
      String kind,
      boolean partitioned,
      Long estimatedRows,
      List<ColumnInfo> columns) {
    String sqlName() {
      return quote(schema) + "." + quote(name);
    }

    ColumnInfo column(String column) {
      return columns.stream()
          .filter(c -> c.name().equals(column))
          .findFirst()
          .orElseThrow(
              () -> StudioException.badRequest(schema + "." + name + " has no column " + column));
    }
  }

  private final Map<String, Boolean> orderable = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Whether values of {@code type} can be sorted and compared with = and &lt;, as PostgreSQL itself
   * resolves it (domains, ranges, arrays, composites and all): asked once per type, by planning a
   * query that needs both, in a savepoint.
   */
  private boolean orderable(Connection c, String type) throws SQLException {
    Boolean known = orderable.get(type);
    if (known != null) {
      return known;
    }
    var savepoint = c.setSavepoint();
    boolean answer;
    try (var s = c.createStatement()) {
      s.executeQuery(
              "SELECT v = v, v < v FROM (SELECT CAST(NULL AS "
                  + type
                  + ") AS v) t ORDER BY v LIMIT 0")
          .close();
      answer = true;
    } catch (SQLException e) {
      c.rollback(savepoint);
      answer = false;
    }
    orderable.put(type, answer);
    return answer;
  }

  private Relation relation(Connection c, String schema, String table) throws SQLException {
    if (schema == null || table == null) {
      throw StudioException.badRequest("name the table: schema=NAME&table=NAME");
    }
    String relkind;
    Long estimated;
    long oid;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT c.oid, c.relkind::text, "
                + ESTIMATE
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm',"
                + " 'f')")) {
      s.setString(1, schema);
      s.setString(2, table);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw StudioException.notFound("there is no table or view " + schema + "." + table);
        }
        oid = rs.getLong(1);
        relkind = rs.getString(2);
        estimated = rs.getObject(3, Long.class);
      }
    }
    List<ColumnInfo> columns = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
                + " format_type(a.atttypid, -1), a.attnotnull,"
                + " a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '',"
                + " EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid"
                + " AND i.indisprimary AND a.attnum = ANY (i.indkey::int2[])),"
                + " a.attidentity <> 'a' AND a.attgenerated = ''"
                + " FROM pg_attribute a"
                + " WHERE a.attrelid = CAST(? AS oid) AND a.attnum > 0"
                + " AND NOT a.attisdropped ORDER BY a.attnum")) {
      s.setLong(1, oid);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(
              new ColumnInfo(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBoolean(6),
                  rs.getBoolean(4),
                  rs.getBoolean(5),
                  orderable(c, rs.getString(3)),
                  rs.getBoolean(7)));
        }
      }
    }
    return new Relation(schema, table, kind(relkind), relkind.equals("p"), estimated, columns);
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
