package dev.shale.lint;

import dev.shale.sql.Identifiers;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnDef;
import dev.shale.sql.parse.ColumnType;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the migrations read so far say about the schema: tables with their columns, checks, indexes
 * and foreign keys, and which of them were created in the current deploy (which carry no lock risk:
 * nobody uses them yet). Built statement by statement; a rule sees the state before its statement.
 * Names without a schema are taken to be in {@code public}.
 */
public final class KnownSchema {

  public record Column(String name, ColumnType type, boolean notNull) {}

  /**
   * @param name null when the migration did not name it
   */
  public record Check(String name, String expression, boolean valid) {}

  /**
   * @param columns the key columns; an expression key is null in the list
   */
  /**
   * An index the migrations created.
   *
   * @param where a partial index's predicate as written, else null
   */
  public record Index(String name, List<String> columns, boolean unique, String where) {
    public boolean partial() {
      return where != null;
    }
  }

  public record ForeignKey(
      String name, List<String> columns, QualifiedName target, boolean valid) {}

  /**
   * A domain the migrations created.
   *
   * @param constrained whether it has a CHECK or NOT NULL constraint (converting a column to it
   *     checks every row)
   */
  public record Domain(QualifiedName name, ColumnType base, boolean constrained) {}

  /** A table as far as the migrations say. */
  public static final class Table {
    private QualifiedName name;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final Set<String> virtualColumns = new HashSet<>();
    private final Set<String> unstatedGenerated = new HashSet<>();
    private final Set<String> notNullElsewhere = new HashSet<>();
    private boolean partitioned;
    private List<String> partitionKeyColumns = List.of();

    private Table(QualifiedName name) {
      this.name = name;
    }

    private Table copy() {
      Table t = new Table(name);
      t.columns.putAll(columns);
      t.checks.addAll(checks);
      t.indexes.addAll(indexes);
      t.foreignKeys.addAll(foreignKeys);
      t.virtualColumns.addAll(virtualColumns);
      t.unstatedGenerated.addAll(unstatedGenerated);
      t.notNullElsewhere.addAll(notNullElsewhere);
      t.partitioned = partitioned;
      t.partitionKeyColumns = partitionKeyColumns;
      return t;
    }

    public QualifiedName name() {
      return name;
    }

    public Optional<Column> column(String column) {
      return Optional.ofNullable(columns.get(column));
    }

    /**
     * Whether the migrations made the column NOT NULL: declared so, or SET NOT NULL on a column
     * they did not declare.
     */
    public boolean notNull(String column) {
      Column c = columns.get(column);
      return c != null ? c.notNull() : notNullElsewhere.contains(column);
    }

    public List<Column> columns() {
      return List.copyOf(columns.values());
    }

    public List<Check> checks() {
      return List.copyOf(checks);
    }

    public List<Index> indexes() {
      return List.copyOf(indexes);
    }

    public List<ForeignKey> foreignKeys() {
      return List.copyOf(foreignKeys);
    }

    public boolean partitioned() {
      return partitioned;
    }

    /**
     * The columns its PARTITION BY key names (in expressions too), when the migrations created it
     * partitioned; empty otherwise.
     */
    public List<String> partitionKeyColumns() {
      return partitionKeyColumns;
    }

    /**
     * Whether the column is a virtual generated column: declared VIRTUAL, or (from PostgreSQL 18)
     * generated without STORED or VIRTUAL.
     */
    public boolean virtual(String column, int pgVersion) {
      return virtualColumns.contains(column)
          || pgVersion >= 18 && unstatedGenerated.contains(column);
    }
  }

  private final Map<String, Table> tables = new HashMap<>();
  private final Map<String, String> indexTable = new HashMap<>();
  private final Set<String> newRelations = new HashSet<>();
  private final Set<String> dropped = new HashSet<>();
  // Relations the migrations showed to exist without creating them as tables: named by a
  // statement that needs them (TRUNCATE, REFERENCES, LOCK, a trigger's table, ...), renamed to, or
  // created as a view, sequence or index. CREATE TABLE IF NOT EXISTS of one of them does nothing.
  private final Set<String> existing = new HashSet<>();
  private final Map<String, Domain> domains = new HashMap<>();
  // What the current deploy created besides relations, so that dropping or renaming it breaks no
  // running code: objects by kind, columns added to existing tables, enum values.
  private final Set<String> newObjects = new HashSet<>();
  private final Map<String, Set<String>> addedColumns = new HashMap<>();
  private final Map<String, Set<String>> addedEnumValues = new HashMap<>();

  /** {@code table:trigger} of expand-and-contract triggers created in the current deploy. */
  private final Set<String> syncTriggersCreated = new HashSet<>();

  /** {@code table:trigger} of expand-and-contract triggers dropped (contracts), this deploy. */
  private final Set<String> syncTriggersDropped = new HashSet<>();

  /** The name Shale gives the trigger of an expand-and-contract pair starts with this. */
  static final String SYNC_TRIGGER_PREFIX = "shale_sync_";

  /** A domain the migrations created, or empty. */
  /** A domain by its name as a type prints it ({@code qty}, {@code app."Qty"}, {@code "user"}). */
  public Optional<Domain> domain(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
          part.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '.' && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    String key =
        parts.size() == 1
            ? "public." + parts.get(0)
            : parts.get(parts.size() - 2) + "." + parts.get(parts.size() - 1);
    return Optional.ofNullable(domains.get(key));
  }

  /** The key a relation is known under: {@code schema.name}, {@code public} when unqualified. */
  public static String key(QualifiedName name) {
    return (name.schema() == null ? "public" : name.schema()) + "." + name.name();
  }

  private static String key(QualifiedName table, String name) {
    return key(new QualifiedName(table.schema(), name));
  }

  public Optional<Table> table(QualifiedName name) {
    return Optional.ofNullable(tables.get(key(name)));
  }

  /** The table an index is on, when the migrations created the index. */
  public Optional<QualifiedName> tableOfIndex(QualifiedName index) {
    Table table = tables.get(indexTable.get(key(index)));
    return table == null ? Optional.empty() : Optional.of(table.name);
  }

  /**
   * Whether the relation (table, index, view, …) was created in the current deploy: statements on
   * it carry no lock risk.
   */
  public boolean isNew(QualifiedName relation) {
    return newRelations.contains(key(relation));
  }

  /**
   * Whether the migrations dropped the relation (an index goes with its table): a statement that
   * names it again locks nothing.
   */
  public boolean isDropped(QualifiedName relation) {
    return dropped.contains(key(relation));
  }

  /** A copy of what is known now, for {@link #restore} when a transaction rolls back. */
  KnownSchema snapshot() {
    KnownSchema copy = new KnownSchema();
    copy.restore(this);
    return copy;
  }

  /** Forgets what was taken in since {@code snapshot} was taken (copies it, so it stays intact). */
  void restore(KnownSchema snapshot) {
    tables.clear();
    snapshot.tables.forEach((k, t) -> tables.put(k, t.copy()));
    indexTable.clear();
    indexTable.putAll(snapshot.indexTable);
    newRelations.clear();
    newRelations.addAll(snapshot.newRelations);
    dropped.clear();
    dropped.addAll(snapshot.dropped);
    existing.clear();
    existing.addAll(snapshot.existing);
    domains.clear();
    domains.putAll(snapshot.domains);
    newObjects.clear();
    newObjects.addAll(snapshot.newObjects);
    addedColumns.clear();
    snapshot.addedColumns.forEach((k, v) -> addedColumns.put(k, new HashSet<>(v)));
    addedEnumValues.clear();
    snapshot.addedEnumValues.forEach((k, v) -> addedEnumValues.put(k, new HashSet<>(v)));
    syncTriggersCreated.clear();
    syncTriggersCreated.addAll(snapshot.syncTriggersCreated);
    syncTriggersDropped.clear();
    syncTriggersDropped.addAll(snapshot.syncTriggersDropped);
  }

  /** Starts a new deploy: what exists now is no longer new. */
  void startDeploy() {
    newRelations.clear();
    newObjects.clear();
    addedColumns.clear();
    addedEnumValues.clear();
    syncTriggersCreated.clear();
    syncTriggersDropped.clear();
  }

  /**
   * Whether the deploy dropped a trigger of an expand-and-contract pair on {@code table} ({@code
   * shale_sync_…}): its DROP COLUMN is then the contract, which {@code contract-column} judges.
   */
  public boolean contracts(QualifiedName table) {
    String prefix = key(table) + ":" + SYNC_TRIGGER_PREFIX;
    return syncTriggersDropped.stream().anyMatch(k -> k.startsWith(prefix));
  }

  /** Whether the deploy dropped the trigger of any expand-and-contract pair. */
  public boolean contractsAny() {
    return !syncTriggersDropped.isEmpty();
  }

  /** Whether a pair contracted on {@code table} was expanded in the same deploy. */
  public boolean contractsWhatItExpanded(QualifiedName table) {
    String prefix = key(table) + ":" + SYNC_TRIGGER_PREFIX;
    return syncTriggersDropped.stream()
        .anyMatch(k -> k.startsWith(prefix) && syncTriggersCreated.contains(k));
  }

  /**
   * Whether the current deploy created the object: a type or domain (a domain is a type too), a
   * function, procedure or routine (not with OR REPLACE, which may replace one in use), a schema or
   * extension (not with IF NOT EXISTS), a sequence, a view (not with OR REPLACE).
   */
  public boolean createdInDeploy(ObjectKind kind, QualifiedName name) {
    String group = group(kind);
    return group != null && newObjects.contains(objectKey(group, kind, name));
  }

  /** Whether the current deploy added the column to the table (or created the table). */
  public boolean columnAddedInDeploy(QualifiedName table, String column) {
    return isNew(table) || addedColumns.getOrDefault(key(table), Set.of()).contains(column);
  }

  /** Whether the current deploy added the value to the enum type (or created the type). */
  public boolean enumValueAddedInDeploy(QualifiedName type, String value) {
    return createdInDeploy(ObjectKind.TYPE, type)
        || addedEnumValues.getOrDefault(key(type), Set.of()).contains(value);
  }

  private static String group(ObjectKind kind) {
    return switch (kind) {
      case TYPE -> "type";
      case DOMAIN -> "domain";
      case FUNCTION, PROCEDURE, ROUTINE -> "routine";
      case SCHEMA -> "schema";
      case EXTENSION -> "extension";
      case SEQUENCE -> "sequence";
      case VIEW, MATERIALIZED_VIEW -> "view";
      default -> null;
    };
  }

  private static String objectKey(String group, ObjectKind kind, QualifiedName name) {
    return group
        + ":"
        + (kind == ObjectKind.SCHEMA || kind == ObjectKind.EXTENSION ? name.name() : key(name));
  }

  private void created(ObjectKind kind, QualifiedName name) {
    newObjects.add(objectKey(group(kind), kind, name));
  }

  /** Takes in what {@code statement} creates in the deploy, besides relations. */
  private void createdObjects(ParsedStatement statement) {
    if (statement instanceof ParsedStatement.CreateType t) {
      created(ObjectKind.TYPE, t.name());
    } else if (statement instanceof ParsedStatement.CreateDomain d) {
      created(ObjectKind.TYPE, d.name());
      created(ObjectKind.DOMAIN, d.name());
    } else if (statement instanceof ParsedStatement.CreateFunction f && !f.orReplace()) {
      created(ObjectKind.FUNCTION, f.name());
    } else if (statement instanceof ParsedStatement.CreateSchema c && !c.ifNotExists()) {
      created(ObjectKind.SCHEMA, QualifiedName.of(c.name()));
    } else if (statement instanceof ParsedStatement.CreateExtension e && !e.ifNotExists()) {
      created(ObjectKind.EXTENSION, QualifiedName.of(e.name()));
    } else if (statement instanceof ParsedStatement.CreateSequence q) {
      created(ObjectKind.SEQUENCE, q.name());
    } else if (statement instanceof ParsedStatement.CreateView v && !v.orReplace()) {
      created(ObjectKind.VIEW, v.name());
    } else if (statement instanceof ParsedStatement.CreateTrigger t
        && t.name().startsWith(SYNC_TRIGGER_PREFIX)) {
      syncTriggersCreated.add(key(t.table()) + ":" + t.name());
    } else if (statement instanceof ParsedStatement.AddEnumValue add) {
      addedEnumValues.computeIfAbsent(key(add.type()), k -> new HashSet<>()).add(add.value());
    }
  }

  /** Takes in what {@code statement} creates, changes or drops. */
  void apply(ParsedStatement statement) {
    createdObjects(statement);
    if (statement instanceof ParsedStatement.CreateTable create) {
      createTable(create);
    } else if (statement instanceof ParsedStatement.CreateIndex index) {
      createIndex(index);
    } else if (statement instanceof ParsedStatement.AlterTable alter) {
      Table table = known(alter.table());
      alter.actions().forEach(a -> alterTable(table, a));
    } else if (statement instanceof ParsedStatement.CreateView view) {
      newRelations.add(key(view.name()));
    } else if (statement instanceof ParsedStatement.CreateSequence seq) {
      newRelations.add(key(seq.name()));
    } else if (statement instanceof ParsedStatement.CreateDomain domain) {
      domains.put(
          key(domain.name()),
          new Domain(
              domain.name(),
              domain.type(),
              domain.constraints().stream()
                  .anyMatch(
                      c -> c instanceof Constraint.Check || c instanceof Constraint.NotNull)));
    } else if (statement instanceof ParsedStatement.Drop drop) {
      drop(drop);
    } else if (statement instanceof ParsedStatement.Rename rename) {
      rename(rename);
    }
    // after the statement itself: a table that references itself is not there before
    mentioned(statement);
  }

  /** Takes in the relations {@code statement} needs to exist, or creates besides tables. */
  private void mentioned(ParsedStatement statement) {
    List<QualifiedName> names = new ArrayList<>();
    if (statement instanceof ParsedStatement.CreateTable create) {
      if (create.partitionOf() != null) {
        names.add(create.partitionOf());
      }
      names.addAll(create.inherits());
      names.addAll(create.like());
      create.constraints().forEach(c -> references(c, names));
      create.columns().forEach(c -> c.constraints().forEach(k -> references(k, names)));
    } else if (statement instanceof ParsedStatement.AlterTable alter) {
      for (AlterTableAction action : alter.actions()) {
        if (action instanceof AlterTableAction.AddConstraint add) {
          references(add.constraint(), names);
        } else if (action instanceof AlterTableAction.AddColumn add) {
          add.column().constraints().forEach(c -> references(c, names));
        } else if (action instanceof AlterTableAction.AttachPartition attach) {
          names.add(attach.partition());
        }
      }
    } else if (statement instanceof ParsedStatement.CreateIndex index && index.name() != null) {
      names.add(new QualifiedName(index.table().schema(), index.name()));
    } else if (statement instanceof ParsedStatement.CreateView view) {
      names.add(view.name());
    } else if (statement instanceof ParsedStatement.CreateSequence sequence) {
      names.add(sequence.name());
    } else if (statement instanceof ParsedStatement.Truncate truncate) {
      names.addAll(truncate.tables());
    } else if (statement instanceof ParsedStatement.LockTable lock) {
      names.addAll(lock.tables());
    } else if (statement instanceof ParsedStatement.Dml dml) {
      names.add(dml.table());
    } else if (statement instanceof ParsedStatement.CreateTrigger trigger) {
      names.add(trigger.table());
    } else if (statement instanceof ParsedStatement.Policy policy) {
      names.add(policy.table());
    } else if (statement instanceof ParsedStatement.CreateRule rule) {
      names.add(rule.table());
    } else if (statement instanceof ParsedStatement.Drop drop && drop.on() != null) {
      names.add(drop.on());
    } else if (statement instanceof ParsedStatement.Rename rename
        && rename.target() == ParsedStatement.RenameTarget.OBJECT
        && rename.on() == null
        && isRelation(rename.kind())) {
      existing.remove(key(rename.object()));
      names.add(new QualifiedName(rename.object().schema(), rename.to()));
    }
    names.forEach(name -> existing.add(key(name)));
  }

  private static void references(Constraint constraint, List<QualifiedName> names) {
    if (constraint instanceof Constraint.ForeignKey fk) {
      names.add(fk.table());
    }
  }

  private static boolean isRelation(ObjectKind kind) {
    return kind == ObjectKind.TABLE
        || kind == ObjectKind.INDEX
        || kind == ObjectKind.VIEW
        || kind == ObjectKind.MATERIALIZED_VIEW
        || kind == ObjectKind.SEQUENCE
        || kind == ObjectKind.FOREIGN_TABLE;
  }

  /**
   * The table, or an entry for one the migrations did not create (it existed before them): what
   * they add to it is known from then on, its other columns are not.
   */
  private Table known(QualifiedName name) {
    return tables.computeIfAbsent(key(name), k -> new Table(name));
  }

  private void createTable(ParsedStatement.CreateTable create) {
    Table table = new Table(create.table());
    String key = key(create.table());
    if (create.ifNotExists() && (tables.containsKey(key) || existing.contains(key))) {
      // it exists already (PostgreSQL skips it with a notice): not new in this deploy
      return;
    }
    tables.put(key, table);
    newRelations.add(key);
    dropped.remove(key);
    table.partitioned = create.partitionBy() != null;
    if (create.partitionBy() != null) {
      table.partitionKeyColumns = keyColumns(create.partitionBy());
    }
    for (ColumnDef column : create.columns()) {
      addColumn(table, column);
    }
    for (Constraint constraint : create.constraints()) {
      addConstraint(table, constraint, true);
    }
  }

  private void addColumn(Table table, ColumnDef column) {
    if (column.type() == null) {
      return;
    }
    table.columns.put(column.name(), new Column(column.name(), column.type(), column.notNull()));
    Constraint.Generated generated = column.constraint(Constraint.Generated.class);
    table.virtualColumns.remove(column.name());
    table.unstatedGenerated.remove(column.name());
    if (generated != null && generated.explicit() && generated.virtual()) {
      table.virtualColumns.add(column.name());
    } else if (generated != null && !generated.explicit()) {
      table.unstatedGenerated.add(column.name());
    }
    for (Constraint constraint : column.constraints()) {
      if (constraint instanceof Constraint.Check check) {
        table.checks.add(new Check(check.name(), check.expression(), !check.notValid()));
      } else if (constraint instanceof Constraint.Unique unique) {
        addConstraint(
            table,
            new Constraint.Unique(
                unique.name(),
                List.of(column.name()),
                unique.nullsNotDistinct(),
                unique.include(),
                null,
                unique.deferral()),
            false);
      } else if (constraint instanceof Constraint.PrimaryKey pk) {
        table.indexes.add(new Index(pk.name(), List.of(column.name()), true, null));
      } else if (constraint instanceof Constraint.ForeignKey fk) {
        table.foreignKeys.add(
            new ForeignKey(fk.name(), List.of(column.name()), fk.table(), !fk.notValid()));
      }
    }
  }

  private void addConstraint(Table table, Constraint constraint, boolean inCreate) {
    if (constraint instanceof Constraint.Check check) {
      table.checks.add(new Check(check.name(), check.expression(), !check.notValid()));
    } else if (constraint instanceof Constraint.Unique unique) {
      if (unique.usingIndex() != null) {
        return;
      }
      table.indexes.add(
          new Index(
              unique.usingIndex() != null ? unique.usingIndex() : unique.name(),
              unique.columns(),
              true,
              null));
    } else if (constraint instanceof Constraint.PrimaryKey pk) {
      List<String> columns = pk.columns();
      if (pk.usingIndex() != null) {
        columns =
            table.indexes.stream()
                .filter(i -> pk.usingIndex().equals(i.name()))
                .map(Index::columns)
                .findFirst()
                .orElse(List.of());
      } else {
        table.indexes.add(new Index(pk.name(), pk.columns(), true, null));
      }
      for (String column : columns) {
        if (column == null) {
          continue;
        }
        Column c = table.columns.get(column);
        if (c != null) {
          table.columns.put(column, new Column(column, c.type(), true));
        } else {
          table.notNullElsewhere.add(column);
        }
      }
    } else if (constraint instanceof Constraint.ForeignKey fk) {
      table.foreignKeys.add(new ForeignKey(fk.name(), fk.columns(), fk.table(), !fk.notValid()));
    } else if (constraint instanceof Constraint.NotNull nn) {
      Column c = nn.column() == null ? null : table.columns.get(nn.column());
      if (c != null && !nn.notValid()) {
        table.columns.put(c.name(), new Column(c.name(), c.type(), true));
      } else if (nn.column() != null && !nn.notValid()) {
        table.notNullElsewhere.add(nn.column());
      }
    }
  }

  /**
   * The column names in a PARTITION BY spec such as {@code RANGE (created_at)} or {@code LIST
   * (lower(region))}: its identifiers that are not function names, keywords or quoted strings.
   */
  static List<String> keyColumns(String spec) {
    List<String> columns = new ArrayList<>();
    int open = spec.indexOf('(');
    if (open < 0) {
      return columns;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\"((?:[^\"]|\"\")*)\"|'(?:[^']|'')*'|([A-Za-z_][A-Za-z0-9_$]*)(\\s*\\()?")
            .matcher(spec.substring(open));
    while (m.find()) {
      String name =
          m.group(1) != null
              ? m.group(1).replace("\"\"", "\"")
              : m.group(2) != null && m.group(3) == null
                  ? m.group(2).toLowerCase(java.util.Locale.ROOT)
                  : null;
      if (name != null
          && !Set.of("collate", "asc", "desc", "and", "or", "not", "null", "true", "false")
              .contains(name)
          && !columns.contains(name)) {
        columns.add(name);
      }
    }
    return columns;
  }

  private void createIndex(ParsedStatement.CreateIndex index) {
    // A table the migrations did not create gets an entry too: an index on it is known from here
    // on (fk-missing-index and USING INDEX read it).
    Optional<Table> table = Optional.of(known(index.table()));
    QualifiedName indexName =
        index.name() == null ? null : new QualifiedName(index.table().schema(), index.name());
    if (indexName != null) {
      newRelations.add(key(indexName));
    }
    List<String> columns = new ArrayList<>();
    index.keys().forEach(k -> columns.add(k.column()));
    table.get().indexes.add(new Index(index.name(), columns, index.unique(), index.where()));
    if (indexName != null) {
      indexTable.put(key(indexName), key(index.table()));
    }
  }

  private void alterTable(Table table, AlterTableAction action) {
    if (action instanceof AlterTableAction.AddColumn add) {
      addColumn(table, add.column());
      addedColumns.computeIfAbsent(key(table.name), k -> new HashSet<>()).add(add.column().name());
    } else if (action instanceof AlterTableAction.DropColumn drop) {
      table.columns.remove(drop.column());
      // PostgreSQL drops the column's indexes with it
      for (Index index : table.indexes) {
        if (index.columns().contains(drop.column()) && index.name() != null) {
          indexTable.remove(key(new QualifiedName(table.name.schema(), index.name())));
        }
      }
      table.indexes.removeIf(i -> i.columns().contains(drop.column()));
    } else if (action instanceof AlterTableAction.AlterColumnType type) {
      table
          .column(type.column())
          .ifPresent(
              c -> table.columns.put(c.name(), new Column(c.name(), type.type(), c.notNull())));
    } else if (action instanceof AlterTableAction.SetNotNull nn) {
      table
          .column(nn.column())
          .ifPresentOrElse(
              c -> table.columns.put(c.name(), new Column(c.name(), c.type(), true)),
              () -> table.notNullElsewhere.add(nn.column()));
    } else if (action instanceof AlterTableAction.DropNotNull nn) {
      table.notNullElsewhere.remove(nn.column());
      table
          .column(nn.column())
          .ifPresent(c -> table.columns.put(c.name(), new Column(c.name(), c.type(), false)));
    } else if (action instanceof AlterTableAction.AddConstraint add) {
      addConstraint(table, add.constraint(), false);
    } else if (action instanceof AlterTableAction.ValidateConstraint validate) {
      table.checks.replaceAll(
          c -> validate.name().equals(c.name()) ? new Check(c.name(), c.expression(), true) : c);
      table.foreignKeys.replaceAll(
          f ->
              validate.name().equals(f.name())
                  ? new ForeignKey(f.name(), f.columns(), f.target(), true)
                  : f);
    } else if (action instanceof AlterTableAction.DropConstraint drop) {
      table.checks.removeIf(c -> drop.name().equals(c.name()));
      table.foreignKeys.removeIf(f -> drop.name().equals(f.name()));
      table.indexes.removeIf(i -> drop.name().equals(i.name()));
    }
  }

  private void drop(ParsedStatement.Drop drop) {
    if (drop.kind() == ObjectKind.TRIGGER && drop.on() != null) {
      for (QualifiedName name : drop.names()) {
        if (name.name().startsWith(SYNC_TRIGGER_PREFIX)) {
          syncTriggersDropped.add(key(drop.on()) + ":" + name.name());
        }
      }
    }
    for (QualifiedName name : drop.names()) {
      if (isRelation(drop.kind())) {
        existing.remove(key(name));
      }
      if (drop.kind() == ObjectKind.TABLE) {
        String key = key(name);
        tables.remove(key);
        newRelations.remove(key);
        indexTable
            .entrySet()
            .removeIf(
                e -> {
                  if (e.getValue().equals(key)) {
                    dropped.add(e.getKey());
                    return true;
                  }
                  return false;
                });
        dropped.add(key);
      } else if (drop.kind() == ObjectKind.INDEX) {
        String table = indexTable.remove(key(name));
        if (table != null && tables.containsKey(table)) {
          tables.get(table).indexes.removeIf(i -> name.name().equals(i.name()));
        }
      }
    }
  }

  private void rename(ParsedStatement.Rename rename) {
    if (rename.kind() == ObjectKind.TABLE
        && rename.target() == ParsedStatement.RenameTarget.OBJECT) {
      Table table = tables.remove(key(rename.object()));
      if (table != null) {
        QualifiedName renamed = new QualifiedName(rename.object().schema(), rename.to());
        table.name = renamed;
        tables.put(key(renamed), table);
        String from = key(rename.object());
        indexTable.replaceAll((index, on) -> on.equals(from) ? key(renamed) : on);
        if (newRelations.remove(key(rename.object()))) {
          newRelations.add(key(renamed));
        }
      }
      Set<String> added = addedColumns.remove(key(rename.object()));
      if (added != null) {
        addedColumns.put(key(new QualifiedName(rename.object().schema(), rename.to())), added);
      }
    } else if (rename.kind() == ObjectKind.TABLE
        && rename.target() == ParsedStatement.RenameTarget.COLUMN) {
      Set<String> added = addedColumns.get(key(rename.object()));
      if (added != null && added.contains(rename.from())) {
        added.add(rename.to());
      }
      table(rename.object())
          .ifPresent(
              t -> {
                Column c = t.columns.remove(rename.from());
                if (c != null) {
                  t.columns.put(rename.to(), new Column(rename.to(), c.type(), c.notNull()));
                }
              });
    } else if ((rename.kind() == ObjectKind.TYPE || rename.kind() == ObjectKind.DOMAIN)
        && rename.target() == ParsedStatement.RenameTarget.OBJECT) {
      renameType(rename.object(), rename.to());
    } else if (rename.kind() == ObjectKind.INDEX
        && rename.target() == ParsedStatement.RenameTarget.OBJECT) {
      String table = indexTable.remove(key(rename.object()));
      if (table != null) {
        indexTable.put(key(rename.object(), rename.to()), table);
      }
      if (newRelations.remove(key(rename.object()))) {
        newRelations.add(key(rename.object(), rename.to()));
      }
    }
  }

  /**
   * ALTER TYPE/DOMAIN … RENAME TO: the columns of the type keep it under its new name (Prisma's
   * enum swap renames the type a column was just moved to), as does a known domain.
   */
  private void renameType(QualifiedName type, String to) {
    for (Table t : tables.values()) {
      t.columns.replaceAll(
          (name, c) -> {
            String renamed = renamedTypeName(c.type().name(), type, to);
            return renamed == null
                ? c
                : new Column(
                    name,
                    new ColumnType(renamed, c.type().modifiers(), c.type().arrayDimensions()),
                    c.notNull());
          });
    }
    Domain domain = domains.remove(key(type));
    if (domain != null) {
      QualifiedName renamed = new QualifiedName(type.schema(), to);
      domains.put(key(renamed), new Domain(renamed, domain.base(), domain.constrained()));
    }
  }

  /** The type name {@code written} with {@code type} renamed to {@code to}, or null if another. */
  private static String renamedTypeName(String written, QualifiedName type, String to) {
    int dot = written.lastIndexOf('.');
    String schema = dot < 0 ? null : written.substring(0, dot);
    String name = dot < 0 ? written : written.substring(dot + 1);
    boolean sameSchema =
        schema == null
            || type.schema() == null
            || schema.equals(type.schema())
            || schema.equals(Identifiers.quote(type.schema()));
    if (!sameSchema || !(name.equals(type.name()) || name.equals(Identifiers.quote(type.name())))) {
      return null;
    }
    return (schema == null ? "" : schema + ".") + Identifiers.quote(to);
  }
}
