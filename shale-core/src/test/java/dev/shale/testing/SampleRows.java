package dev.shale.testing;

import dev.shale.diff.Change;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.View;
import dev.shale.sql.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Puts a few rows in every table of a database built by export(before), chosen so that the plan
 * from {@code before} to {@code after} can run on them: every column gets a value (NULL only when
 * nothing else fits), valid for its type before and, where a value can be, for its type after the
 * plan; foreign keys of both schemas point at rows of their targets; checks of both schemas hold
 * (the checks of {@code after} are added {@code NOT VALID} while the rows go in, then dropped);
 * unique columns get distinct values. A row that a check, key or type refuses is tried again with
 * other candidate values of the columns the error names. A table that gets no row at all is
 * reported, so that a caller can keep that number small.
 */
public final class SampleRows {
  /** Rows put in each table. */
  public static final int ROWS = 3;

  private static final int ATTEMPTS_PER_ROW = 60;
  private static final Pattern STRING_LITERAL = Pattern.compile("'((?:[^']|'')*)'");

  /** The rows put in, and the tables left empty with the reason. */
  public record Result(int rows, Map<QualifiedName, String> emptyTables) {}

  private final Connection c;
  private final SchemaModel before;
  private final SchemaModel after;
  private final Map<QualifiedName, QualifiedName> tableAfter = new HashMap<>();
  private final Map<List<Object>, String> columnAfter = new HashMap<>();
  private final Set<QualifiedName> filled = new HashSet<>();

  /** Column types as the server spells them, by table and column. */
  private final Map<QualifiedName, Map<String, String>> typesByTable = new HashMap<>();

  /** Rows of key targets by target and columns; a table's entries go when rows go in. */
  private final Map<QualifiedName, Map<List<String>, List<List<String>>>> keyValues =
      new HashMap<>();

  /** Whether a text is valid input for a type: for enums, in this database only. */
  private final Map<List<String>, Boolean> validInput = new HashMap<>();

  /** The function that says whether a text is input of a type (see {@link #defineInputIsValid}). */
  private String inputIsValid = "pg_temp.input_is_valid";

  /** The same for builtin types, for every database. */
  private static final Map<List<String>, Boolean> BUILTIN_INPUT =
      new java.util.concurrent.ConcurrentHashMap<>();

  private SampleRows(Connection c, SchemaModel before, SchemaModel after, List<Change> changes) {
    this.c = c;
    this.before = before;
    this.after = after;
    mapNames(changes);
  }

  /**
   * Fills every table of {@code before} in the database of {@code c} (committed when this returns)
   * and refreshes its materialized views.
   */
  public static Result fill(
      Connection c, SchemaModel before, SchemaModel after, List<Change> changes)
      throws SQLException {
    return new SampleRows(c, before, after, changes).fill();
  }

  private Result fill() throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    int rows = 0;
    Map<QualifiedName, String> empty = new LinkedHashMap<>();
    try {
      defineInputIsValid();
      catalogTypes();
      for (Table table : order()) {
        List<String> temporary = addChecksOfAfter(table);
        prevalidate(table);
        String failure = null;
        int inserted = insertAll(table) ? ROWS : 0;
        for (int row = inserted; row < ROWS; row++) {
          String problem = insertRow(table, row);
          if (problem == null) {
            inserted++;
          } else if (failure == null) {
            failure = problem;
          }
        }
        keyValues.remove(table.name());
        for (String check : temporary) {
          run("ALTER TABLE " + Identifiers.qualified(table.name()) + " DROP CONSTRAINT " + check);
        }
        rows += inserted;
        if (inserted > 0) {
          filled.add(table.name());
        } else {
          empty.put(table.name(), failure);
        }
      }
      c.commit();
    } finally {
      c.setAutoCommit(autoCommit);
    }
    refreshMaterializedViews();
    return new Result(rows, empty);
  }

  // ---- names before and after the plan

  private void mapNames(List<Change> changes) {
    for (Table table : before.tables()) {
      tableAfter.put(table.name(), table.name());
      for (Column column : table.columns()) {
        columnAfter.put(List.of(table.name(), column.name()), column.name());
      }
    }
    for (Change change : changes) {
      if (change instanceof Change.RenameSchema r) {
        tableAfter.replaceAll(
            (t, now) ->
                now.schema().equals(r.from()) ? new QualifiedName(r.to(), now.name()) : now);
      } else if (change instanceof Change.RenameTable r) {
        tableAfter.replaceAll((t, now) -> now.equals(r.from()) ? r.to() : now);
      } else if (change instanceof Change.RenameColumn r) {
        for (Map.Entry<QualifiedName, QualifiedName> t : tableAfter.entrySet()) {
          if (t.getValue().equals(r.table())) {
            columnAfter.replaceAll(
                (key, now) -> key.get(0).equals(t.getKey()) && now.equals(r.from()) ? r.to() : now);
          }
        }
      }
    }
  }

  private Optional<Table> afterTable(QualifiedName table) {
    return after.table(tableAfter.get(table));
  }

  private Optional<Column> afterColumn(QualifiedName table, String column) {
    return afterTable(table).flatMap(t -> t.column(columnAfter.get(List.of(table, column))));
  }

  /** The table of {@code before} that becomes {@code afterName}, if any. */
  private Optional<Table> beforeTable(QualifiedName afterName) {
    return before.tables().stream()
        .filter(t -> afterName.equals(tableAfter.get(t.name())))
        .findFirst();
  }

  /** The column of {@code table} (a table of before) that is called {@code afterName} after. */
  private Optional<String> beforeColumn(QualifiedName table, String afterName) {
    return before.table(table).orElseThrow().columns().stream()
        .map(Column::name)
        .filter(n -> afterName.equals(columnAfter.get(List.of(table, n))))
        .findFirst();
  }

  // ---- foreign keys of both schemas, in before's names

  /** A foreign key in before's names; {@code declared} when before has it (else only after). */
  private record Key(
      List<String> columns, QualifiedName target, List<String> targetColumns, boolean declared) {}

  private List<Key> keys(Table table) {
    List<Key> keys = new ArrayList<>();
    for (ForeignKey fk : table.foreignKeys()) {
      keys.add(new Key(fk.columns(), fk.targetTable(), fk.targetColumns(), true));
    }
    Optional<Table> later = afterTable(table.name());
    if (later.isPresent()) {
      for (ForeignKey fk : later.get().foreignKeys()) {
        List<String> columns = new ArrayList<>();
        for (String column : fk.columns()) {
          beforeColumn(table.name(), column).ifPresent(columns::add);
        }
        Optional<Table> target = beforeTable(fk.targetTable());
        if (columns.size() != fk.columns().size()) {
          continue;
        }
        if (target.isEmpty()) {
          // The target is new: it has no rows, so only NULL can satisfy the key.
          keys.add(new Key(columns, null, List.of(), false));
          continue;
        }
        List<String> targetColumns = new ArrayList<>();
        for (String column : fk.targetColumns()) {
          beforeColumn(target.get().name(), column).ifPresent(targetColumns::add);
        }
        if (targetColumns.size() == fk.targetColumns().size()) {
          keys.add(new Key(columns, target.get().name(), targetColumns, false));
        }
      }
    }
    Set<String> claimed = new HashSet<>();
    List<Key> distinct = new ArrayList<>();
    for (Key key : keys) {
      if (key.columns().stream().noneMatch(claimed::contains)) {
        claimed.addAll(key.columns());
        distinct.add(key);
      }
    }
    return distinct;
  }

  /** Tables in an order where the targets of foreign keys come first (cycles broken by name). */
  private List<Table> order() {
    List<Table> remaining = new ArrayList<>(before.tables());
    List<Table> ordered = new ArrayList<>();
    Set<QualifiedName> done = new HashSet<>();
    while (!remaining.isEmpty()) {
      Table next =
          remaining.stream()
              .filter(
                  t ->
                      keys(t).stream()
                          .allMatch(
                              k ->
                                  k.target() == null
                                      || k.target().equals(t.name())
                                      || done.contains(k.target())))
              .findFirst()
              .orElse(remaining.get(0));
      remaining.remove(next);
      ordered.add(next);
      done.add(next.name());
    }
    return ordered;
  }

  // ---- checks of after, held while the rows go in

  private List<String> addChecksOfAfter(Table table) throws SQLException {
    List<String> added = new ArrayList<>();
    Optional<Table> later = afterTable(table.name());
    if (later.isEmpty()) {
      return added;
    }
    Set<String> existing =
        table.checks().stream().map(CheckConstraint::expression).collect(Collectors.toSet());
    for (CheckConstraint check : later.get().checks()) {
      if (existing.contains(check.expression())) {
        continue;
      }
      String name = "sample_rows_check_" + added.size();
      if (tryRun(
          "ALTER TABLE "
              + Identifiers.qualified(table.name())
              + " ADD CONSTRAINT "
              + name
              + " CHECK ("
              + check.expression()
              + "\n) NOT VALID")) {
        added.add(name);
      }
    }
    return added;
  }

  // ---- one row

  /** Columns that take one value together: one column, or the columns of a foreign key. */
  private record Unit(List<String> columns, List<List<String>> candidates) {}

  /** All rows at once, each column with its first candidate: what mostly works. */
  private boolean insertAll(Table table) throws SQLException {
    List<String> rows = new ArrayList<>();
    String columns = null;
    for (int row = 0; row < ROWS; row++) {
      List<Unit> units = units(table, row);
      if (units.stream().anyMatch(u -> u.candidates().isEmpty())) {
        return false;
      }
      String insert = insert(table, units, new int[units.size()]);
      if (units.isEmpty()) {
        return tryInsert(String.join("; ", java.util.Collections.nCopies(ROWS, insert))) == null;
      }
      int values = insert.indexOf(") VALUES (");
      columns = insert.substring(0, values + 1);
      rows.add(insert.substring(values + ") VALUES ".length()));
    }
    return tryInsert(columns + " VALUES " + String.join(", ", rows)) == null;
  }

  /** Inserts row {@code row} of {@code table}; null when it went in, else why not. */
  private String insertRow(Table table, int row) throws SQLException {
    List<Unit> units = units(table, row);
    for (Unit unit : units) {
      if (unit.candidates().isEmpty()) {
        return "no value for " + unit.columns();
      }
    }
    int[] choice = new int[units.size()];
    SQLException last = null;
    for (int attempt = 0; attempt < ATTEMPTS_PER_ROW; attempt++) {
      last = tryInsert(insert(table, units, choice));
      if (last == null) {
        keyValues.remove(table.name());
        return null;
      }
      Set<String> blamed = blamedColumns(table, last);
      List<Integer> turn = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        if (blamed.isEmpty() || units.get(i).columns().stream().anyMatch(blamed::contains)) {
          turn.add(i);
        }
      }
      if (turn.isEmpty() || !advance(choice, units, turn)) {
        break;
      }
    }
    return last.getMessage();
  }

  /** Runs an INSERT under a savepoint, in one round trip; null when it went in, else why not. */
  private SQLException tryInsert(String insert) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SAVEPOINT sample_row; " + insert + "; RELEASE SAVEPOINT sample_row");
      return null;
    } catch (SQLException e) {
      run("ROLLBACK TO SAVEPOINT sample_row");
      return e;
    }
  }

  /** The next combination of the units in {@code turn}; false when all were tried. */
  private static boolean advance(int[] choice, List<Unit> units, List<Integer> turn) {
    for (int i : turn) {
      choice[i]++;
      if (choice[i] < units.get(i).candidates().size()) {
        return true;
      }
      choice[i] = 0;
    }
    return false;
  }

  private static String insert(Table table, List<Unit> units, int[] choice) {
    if (units.isEmpty()) {
      return "INSERT INTO " + Identifiers.qualified(table.name()) + " DEFAULT VALUES";
    }
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      units.get(i).columns().forEach(col -> columns.add(Identifiers.quote(col)));
      values.addAll(units.get(i).candidates().get(choice[i]));
    }
    return "INSERT INTO "
        + Identifiers.qualified(table.name())
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + String.join(", ", values)
        + ")";
  }

  /** The columns an insert error is about: those of the violated constraint, or the column. */
  private Set<String> blamedColumns(Table table, SQLException e) throws SQLException {
    ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    Set<String> columns = new HashSet<>();
    if (m == null) {
      return columns;
    }
    if (m.getColumn() != null) {
      columns.add(m.getColumn());
    }
    if (m.getConstraint() != null) {
      String relation = Identifiers.literal(Identifiers.qualified(table.name()));
      String name = Identifiers.literal(m.getConstraint());
      columns.addAll(
          strings(
              "SELECT a.attname FROM pg_constraint k JOIN pg_attribute a ON a.attrelid ="
                  + " k.conrelid AND a.attnum = ANY (k.conkey) WHERE k.conrelid = "
                  + relation
                  + "::regclass AND k.conname = "
                  + name
                  + " UNION SELECT a.attname FROM pg_index i JOIN pg_class x ON x.oid ="
                  + " i.indexrelid JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum ="
                  + " ANY (i.indkey) WHERE i.indrelid = "
                  + relation
                  + "::regclass AND x.relname = "
                  + name));
    }
    return columns;
  }

  private List<Unit> units(Table table, int row) throws SQLException {
    Map<String, String> types = catalogTypes(table.name());
    List<Unit> units = new ArrayList<>();
    Set<String> inKeys = new HashSet<>();
    for (Key key : keys(table)) {
      List<String> keyColumns = key.columns().stream().filter(col -> !skipped(table, col)).toList();
      if (keyColumns.size() != key.columns().size()) {
        continue;
      }
      boolean nullable =
          key.columns().stream().allMatch(col -> !table.column(col).orElseThrow().notNull());
      List<List<String>> candidates = new ArrayList<>();
      boolean targetFilled =
          key.target() != null
              && (filled.contains(key.target()) || key.target().equals(table.name()));
      if (targetFilled) {
        List<List<String>> targetRows = keyValues(key);
        for (int k = 0; k < targetRows.size(); k++) {
          candidates.add(targetRows.get((row + k) % targetRows.size()));
        }
      }
      if (nullable) {
        candidates.add(key.columns().stream().map(col -> "NULL").toList());
      }
      if (!key.declared()) {
        // Before has no such key: any value goes in, the plan's ADD FOREIGN KEY decides.
        List<String> plain = new ArrayList<>();
        for (String col : key.columns()) {
          List<String> values = plainCandidates(table, col, types.get(col), row);
          plain.add(values.isEmpty() ? "NULL" : values.get(0));
        }
        candidates.add(plain);
      }
      units.add(new Unit(key.columns(), candidates.stream().distinct().toList()));
      inKeys.addAll(key.columns());
    }
    for (Column column : table.columns()) {
      if (skipped(table, column.name()) || inKeys.contains(column.name())) {
        continue;
      }
      units.add(
          new Unit(
              List.of(column.name()),
              plainCandidates(table, column.name(), types.get(column.name()), row).stream()
                  .map(List::of)
                  .toList()));
    }
    return units;
  }

  /** Columns whose value the server makes: generated, identity, serial and sequence defaults. */
  private static boolean skipped(Table table, String name) {
    Column column = table.column(name).orElseThrow();
    return column.generatedExpression() != null
        || column.identity() != null
        || column.type().isSerial()
        || column.defaultExpression() != null && column.defaultExpression().contains("nextval(");
  }

  /** The rows of the key's target as SQL literals of its target columns (NULL rows left out). */
  private List<List<String>> keyValues(Key key) throws SQLException {
    Map<List<String>, List<List<String>>> known =
        keyValues.computeIfAbsent(key.target(), t -> new HashMap<>());
    List<List<String>> rows = known.get(key.targetColumns());
    if (rows == null) {
      rows = selectKeyValues(key);
      known.put(key.targetColumns(), rows);
    }
    return rows;
  }

  private List<List<String>> selectKeyValues(Key key) throws SQLException {
    String select =
        "SELECT "
            + key.targetColumns().stream()
                .map(col -> Identifiers.quote(col) + "::text")
                .collect(Collectors.joining(", "))
            + " FROM "
            + Identifiers.qualified(key.target());
    List<List<String>> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(select)) {
      rows:
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= key.targetColumns().size(); i++) {
          String value = rs.getString(i);
          if (value == null) {
            continue rows;
          }
          values.add(Identifiers.literal(value));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  /**
   * Literals for column {@code name} in row {@code row}, best first, each valid input for the
   * column's type: a value of its type after the plan, of its type now, the strings its checks
   * name, other sizes; NULL last when the column allows it.
   */
  private List<String> plainCandidates(Table table, String name, String catalogType, int row)
      throws SQLException {
    Column column = table.column(name).orElseThrow();
    String afterType = builtinTypeAfter(table, name);
    List<String> literals = new ArrayList<>();
    List<String> beforeOnly = new ArrayList<>();
    for (String text : candidateTexts(table, name, row)) {
      if (catalogType != null && valid(column, text, catalogType)) {
        // Values that the column's type after the plan takes too come first.
        (afterType == null || valid(column, text, afterType) ? literals : beforeOnly)
            .add(Identifiers.literal(text));
      }
    }
    literals.addAll(beforeOnly);
    if (!column.notNull()) {
      literals.add("NULL");
    }
    return literals;
  }

  /** The column's builtin type after the plan when it changes (not to an enum or serial). */
  private String builtinTypeAfter(Table table, String name) {
    ColumnType now = table.column(name).orElseThrow().type();
    return afterColumn(table.name(), name)
        .map(Column::type)
        .filter(t -> !t.equals(now) && !t.isUserDefined() && !t.isSerial())
        .map(t -> t.name() + "[]".repeat(t.dimensions()))
        .orElse(null);
  }

  /** The texts {@link #plainCandidates} tries, before they are checked against the type. */
  private Set<String> candidateTexts(Table table, String name, int row) {
    Column column = table.column(name).orElseThrow();
    int n = row + 1;
    Set<String> texts = new LinkedHashSet<>();
    Optional<Column> later = afterColumn(table.name(), name);
    if (later.isPresent() && !later.get().type().equals(column.type())) {
      texts.addAll(values(later.get().type(), after, n));
    }
    List<String> enumLabels = values(column.type(), before, n);
    if (later.isPresent() && column.type().isUserDefined()) {
      // Labels that both the old and the new type know come first (a rebuilt enum loses some).
      List<String> kept = new ArrayList<>(enumLabels);
      kept.retainAll(values(later.get().type(), after, n));
      texts.addAll(kept);
    }
    texts.addAll(enumLabels);
    List<CheckConstraint> checks = new ArrayList<>(table.checks());
    afterTable(table.name()).ifPresent(t -> checks.addAll(t.checks()));
    for (CheckConstraint check : checks) {
      if (mentions(check.expression(), name)) {
        Matcher m = STRING_LITERAL.matcher(check.expression());
        while (m.find()) {
          texts.add(m.group(1).replace("''", "'"));
        }
      }
    }
    texts.addAll(partitionValues(table, name));
    texts.add(String.valueOf(n * 1000));
    texts.add("0." + n);
    return texts;
  }

  /**
   * Values inside the bounds of partitions keyed by this column: the partition's own when the table
   * is a partition, every partition's when it is partitioned (its rows go to them).
   */
  private List<String> partitionValues(Table table, String name) {
    List<String> values = new ArrayList<>();
    if (table.isPartition()) {
      before
          .table(table.partitioning().parent())
          .filter(p -> keyedBy(p, name))
          .ifPresent(p -> values.addAll(boundValues(table)));
    }
    if (keyedBy(table, name)) {
      before.partitionsOf(table.name()).forEach(p -> values.addAll(boundValues(p)));
    }
    return values;
  }

  private static boolean keyedBy(Table table, String column) {
    return table.isPartitioned()
        && table.partitioning().key().elements().size() == 1
        && column.equals(table.partitioning().key().elements().get(0).column());
  }

  /** A range's lower bound or a list's values, unquoted. */
  private static List<String> boundValues(Table partition) {
    dev.shale.model.PartitionBound bound = partition.partitioning().bound();
    List<String> sql =
        switch (bound.kind()) {
          case RANGE -> bound.from();
          case LIST -> bound.in();
          default -> List.of();
        };
    return sql.stream()
        .filter(v -> v.startsWith("'"))
        .map(v -> v.substring(1, v.length() - 1).replace("''", "'"))
        .toList();
  }

  private static boolean mentions(String expression, String column) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(column) + "(?![A-Za-z0-9_])")
        .matcher(expression)
        .find();
  }

  /** Text forms of values of {@code type} for row number {@code n} (1-based), best first. */
  private static List<String> values(ColumnType type, SchemaModel model, int n) {
    List<String> element;
    if (type.isUserDefined()) {
      List<String> labels = model.enumType(type.userType()).map(EnumType::values).orElse(List.of());
      element = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        element.add(labels.get((n - 1 + i) % labels.size()));
      }
    } else {
      element = builtinValues(type.name(), n);
    }
    if (!type.isArray()) {
      return element;
    }
    return element.stream()
        .map(e -> "{\"" + e.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
        .toList();
  }

  private static List<String> builtinValues(String typeName, int n) {
    String full = typeName.toLowerCase(Locale.ROOT);
    String base = full.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
    String date = "2024-01-0" + n;
    return switch (base) {
      case "smallint",
              "integer",
              "bigint",
              "numeric",
              "decimal",
              "real",
              "double precision",
              "money",
              "smallserial",
              "serial",
              "bigserial" ->
          List.of(String.valueOf(n));
      case "text", "character varying", "character", "varchar", "char", "citext", "name" ->
          List.of(String.valueOf(1000 + n), String.valueOf(n), "v" + n);
      case "boolean" -> List.of(n % 2 == 1 ? "true" : "false");
      case "uuid" -> List.of("00000000-0000-4000-8000-00000000000" + n);
      case "date" -> List.of(date);
      case "timestamp without time zone", "timestamp with time zone" -> List.of(date + " 12:00:00");
      case "time without time zone", "time with time zone" -> List.of("12:00:0" + n);
      case "interval" -> List.of(n + " days");
      case "json", "jsonb" -> List.of("{\"n\": " + n + "}");
      case "inet" -> List.of("10.0.0." + n);
      case "cidr" -> List.of("10.0." + n + ".0/24");
      case "macaddr" -> List.of("08:00:2b:01:02:0" + n);
      case "bytea" -> List.of("\\x0" + n);
      case "bit", "bit varying" -> List.of(bits(full, n));
      case "int4range", "int8range", "numrange" -> List.of("[" + n + ",10)");
      case "tsrange", "tstzrange", "daterange" -> List.of("[" + date + ",2024-02-01)");
      case "point" -> List.of("(" + n + "," + n + ")");
      case "tsvector", "tsquery" -> List.of("word" + n);
      case "xml" -> List.of("<a>" + n + "</a>");
      default -> List.of(String.valueOf(n), String.valueOf(1000 + n), "v" + n, "true");
    };
  }

  /** {@code n} in binary, as long as a fixed-length {@code bit(len)} needs. */
  private static String bits(String type, int n) {
    String binary = Integer.toBinaryString(n);
    Matcher m = Pattern.compile("^bit\\((\\d+)\\)").matcher(type);
    if (m.find()) {
      int length = Integer.parseInt(m.group(1));
      return "0".repeat(Math.max(0, length - binary.length())) + binary;
    }
    return binary;
  }

  // ---- the catalog

  /** Every table's column types as the server spells them, with their modifiers. */
  private void catalogTypes() throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod)"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN"
                    + " pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
                    + " AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname NOT LIKE 'pg\\_%'"
                    + " AND n.nspname <> 'information_schema'")) {
      while (rs.next()) {
        typesByTable
            .computeIfAbsent(
                new QualifiedName(rs.getString(1), rs.getString(2)), t -> new HashMap<>())
            .put(rs.getString(3), rs.getString(4));
      }
    }
  }

  private Map<String, String> catalogTypes(QualifiedName table) {
    return typesByTable.getOrDefault(table, Map.of());
  }

  /**
   * Whether each candidate text of the table's columns is valid input for the column's type, asked
   * of the server in one query for the texts not known yet.
   */
  private void prevalidate(Table table) throws SQLException {
    Map<String, String> types = catalogTypes(table.name());
    Map<List<String>, Map<List<String>, Boolean>> unknown = new LinkedHashMap<>();
    for (Column column : table.columns()) {
      String type = types.get(column.name());
      if (type == null || skipped(table, column.name())) {
        continue;
      }
      String afterType = builtinTypeAfter(table, column.name());
      for (int row = 0; row < ROWS; row++) {
        for (String text : candidateTexts(table, column.name(), row)) {
          for (String t : afterType == null ? List.of(type) : List.of(type, afterType)) {
            List<String> key = List.of(text, t);
            if (cache(column).get(key) == null) {
              unknown.put(key, cache(column));
            }
          }
        }
      }
    }
    if (unknown.isEmpty()) {
      return;
    }
    // One query per type: pg_input_is_valid keeps the first type it looked up for the rest of a
    // query (seen on 17: '2024-01-01' read as not a date after integers were asked first).
    Map<String, List<List<String>>> byType = new LinkedHashMap<>();
    unknown.keySet().forEach(k -> byType.computeIfAbsent(k.get(1), t -> new ArrayList<>()).add(k));
    for (List<List<String>> asked : byType.values()) {
      String values =
          java.util.stream.IntStream.range(0, asked.size())
              .mapToObj(
                  i ->
                      "("
                          + (i + 1)
                          + ", "
                          + Identifiers.literal(asked.get(i).get(0))
                          + ", "
                          + Identifiers.literal(asked.get(i).get(1))
                          + ")")
              .collect(Collectors.joining(", "));
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT "
                      + inputIsValid
                      + "(x.v, x.t) FROM (VALUES "
                      + values
                      + ") AS x(n, v, t) ORDER BY x.n")) {
        int i = 0;
        while (rs.next()) {
          List<String> key = asked.get(i++);
          unknown.get(key).put(key, rs.getBoolean(1));
        }
      }
    }
  }

  /**
   * {@code pg_temp.input_is_valid(text, type)}: PostgreSQL 16's {@code pg_input_is_valid}, or on
   * older servers the same answer from a cast under an exception block.
   */
  private void defineInputIsValid() throws SQLException {
    boolean builtin = c.getMetaData().getDatabaseMajorVersion() >= 16;
    // Called straight, not through a function: a PL/pgSQL function keeps its plan for the
    // session, and pg_input_is_valid in it kept judging by the first type it was asked about.
    inputIsValid = builtin ? "pg_input_is_valid" : "pg_temp.input_is_valid";
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE OR REPLACE FUNCTION pg_temp.input_is_valid(v text, t text) RETURNS boolean"
              + " LANGUAGE plpgsql AS $$ BEGIN "
              + (builtin
                  ? "RETURN pg_input_is_valid(v, t);"
                  : "EXECUTE format('SELECT %L::%s', v, t); RETURN true;"
                      + " EXCEPTION WHEN others THEN RETURN false;")
              + " END $$");
    }
  }

  /** Validity of texts for builtin types holds for every database; for enums, for this one. */
  private Map<List<String>, Boolean> cache(Column column) {
    return column.type().isUserDefined() ? validInput : BUILTIN_INPUT;
  }

  private boolean valid(Column column, String text, String type) throws SQLException {
    List<String> key = List.of(text, type);
    Map<List<String>, Boolean> cache = cache(column);
    Boolean known = cache.get(key);
    if (known == null) {
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT "
                      + inputIsValid
                      + "("
                      + Identifiers.literal(text)
                      + ", "
                      + Identifiers.literal(type)
                      + ")")) {
        rs.next();
        known = rs.getBoolean(1);
      }
      cache.put(key, known);
    }
    return known;
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private void run(String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private boolean tryRun(String sql) throws SQLException {
    Savepoint savepoint = c.setSavepoint();
    try (Statement st = c.createStatement()) {
      st.execute(sql);
      c.releaseSavepoint(savepoint);
      return true;
    } catch (SQLException e) {
      c.rollback(savepoint);
      return false;
    }
  }

  /** REFRESH every materialized view, those over other views after them. */
  private void refreshMaterializedViews() throws SQLException {
    List<View> pending =
        new ArrayList<>(before.views().stream().filter(View::materialized).toList());
    for (int round = 0; round < 3 && !pending.isEmpty(); round++) {
      List<View> failed = new ArrayList<>();
      for (View view : pending) {
        try (Statement st = c.createStatement()) {
          st.execute("REFRESH MATERIALIZED VIEW " + Identifiers.qualified(view.name()));
        } catch (SQLException e) {
          failed.add(view);
        }
      }
      pending = failed;
    }
  }
}
