package dev.shale.introspect;

import dev.shale.db.HistoryTable;
import dev.shale.introspect.CatalogRows.Catalog;
import dev.shale.introspect.CatalogRows.ColumnRow;
import dev.shale.introspect.CatalogRows.ConstraintRow;
import dev.shale.introspect.CatalogRows.IdentityRow;
import dev.shale.introspect.CatalogRows.IndexKeyRow;
import dev.shale.introspect.CatalogRows.IndexRow;
import dev.shale.introspect.CatalogRows.PolicyRow;
import dev.shale.introspect.CatalogRows.RoutineRow;
import dev.shale.introspect.CatalogRows.SequenceRow;
import dev.shale.introspect.CatalogRows.TableRow;
import dev.shale.introspect.CatalogRows.UnmanagedRow;
import dev.shale.introspect.CatalogRows.ViewRow;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.PartitionKey;
import dev.shale.model.Partitioning;
import dev.shale.model.PgNames;
import dev.shale.model.Policy;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Routine;
import dev.shale.model.RoutineArgument;
import dev.shale.model.RowSecurity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.SequenceOptions;
import dev.shale.model.SequenceOwner;
import dev.shale.model.StorageParameters;
import dev.shale.model.Table;
import dev.shale.model.TableStorage;
import dev.shale.model.TypeNames;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the canonical model from the catalog rows, through the model's own records and
 * normalizers, so that it equals what the loader builds for the same schema: types as {@link
 * TypeNames#canonical} spells them, sequence options as {@link SequenceOptions#canonical} keeps
 * them, serials recognized, names as the server holds them, server text in its plain spelling
 * ({@link ServerText}), every list sorted as the loader sorts it.
 */
final class ModelAssembler {
  private final Catalog catalog;
  private final IntrospectionFilter filter;
  private final List<UnmanagedObject> unmanaged = new ArrayList<>();

  /** The enum types as the server prints their names in expressions. */
  private final Set<String> enumTypes = new HashSet<>();

  /** Sequences that are a serial column's own, by qualified name. */
  private final Set<QualifiedName> serialSequences = new HashSet<>();

  private ModelAssembler(Catalog catalog, IntrospectionFilter filter) {
    this.catalog = catalog;
    this.filter = filter;
  }

  static Introspection assemble(Catalog catalog, IntrospectionFilter filter) {
    return new ModelAssembler(catalog, filter).run();
  }

  private Introspection run() {
    List<EnumType> enums =
        catalog.enums().stream()
            .map(e -> new EnumType(new QualifiedName(e.schema(), e.name()), e.labels()))
            .toList();
    catalog.enums().forEach(e -> enumTypes.add(e.printed()));
    Map<String, List<ColumnRow>> columns =
        byTable(catalog.columns(), ColumnRow::schema, ColumnRow::table);
    Map<String, List<ConstraintRow>> constraints =
        byTable(catalog.constraints(), ConstraintRow::schema, ConstraintRow::table);
    Map<String, List<IndexRow>> indexes =
        byTable(catalog.indexes(), IndexRow::schema, IndexRow::table);
    Map<String, List<PolicyRow>> policies =
        byTable(catalog.policies(), PolicyRow::schema, PolicyRow::table);
    Map<String, List<SequenceRow>> ownedSequences = new HashMap<>();
    for (SequenceRow s : catalog.sequences()) {
      if (s.ownerColumn() != null) {
        ownedSequences
            .computeIfAbsent(
                key(s.ownerSchema(), s.ownerTable()) + "\0" + s.ownerColumn(),
                k -> new ArrayList<>())
            .add(s);
      }
    }
    List<Table> tables = new ArrayList<>();
    for (TableRow t : catalog.tables()) {
      if (!filter.includesTable(t.schema(), t.name())) {
        continue;
      }
      String key = key(t.schema(), t.name());
      tables.add(
          new TableAssembler(t, ownedSequences)
              .table(
                  columns.getOrDefault(key, List.of()),
                  constraints.getOrDefault(key, List.of()),
                  indexes.getOrDefault(key, List.of()),
                  policies.getOrDefault(key, List.of()))
              .withPartitioning(partitioning(t)));
    }
    tables = withPartitionColumns(tables);
    tables = withoutForeignKeysOutside(tables);
    Set<QualifiedName> read = new HashSet<>();
    tables.forEach(t -> read.add(t.name()));
    List<Sequence> sequences = new ArrayList<>();
    for (SequenceRow s : catalog.sequences()) {
      QualifiedName name = new QualifiedName(s.schema(), s.name());
      if (serialSequences.contains(name)) {
        continue;
      }
      if (s.ownerColumn() != null && !filter.includesTable(s.ownerSchema(), s.ownerTable())) {
        continue; // it goes with its table, which the filters leave out
      }
      SequenceOwner owner = null;
      if (s.ownerColumn() != null) {
        QualifiedName table = new QualifiedName(s.ownerSchema(), s.ownerTable());
        if (read.contains(table)) {
          owner = new SequenceOwner(table, s.ownerColumn());
        } else {
          // A view's column, or a table of a kind the model does not hold.
          unmanaged.add(
              new UnmanagedObject(
                  "sequence ownership",
                  name
                      + " owned by "
                      + s.ownerSchema()
                      + "."
                      + s.ownerTable()
                      + "."
                      + s.ownerColumn()));
        }
      }
      sequences.add(new Sequence(name, s.settings().dataType(), s.settings().canonical(), owner));
    }
    List<View> views = new ArrayList<>();
    for (ViewRow v : catalog.views()) {
      if (!filter.includesTable(v.schema(), v.name())) {
        continue;
      }
      QualifiedName name = new QualifiedName(v.schema(), v.name());
      List<TableStorage.Parameter> options = parameters(v.options(), "");
      ServerText.Context context = new ServerText.Context(Set.of(), enumTypes);
      List<Index> viewIndexes = new ArrayList<>();
      for (IndexRow i : indexes.getOrDefault(key(v.schema(), v.name()), List.of())) {
        if (!i.valid()) {
          unmanaged.add(new UnmanagedObject("invalid index", i.name() + " on " + name));
        } else {
          viewIndexes.add(index(i, name, context));
        }
      }
      views.add(
          new View(
              name,
              ServerText.viewQuery(v.query(), context),
              v.materialized(),
              v.comment(),
              options,
              viewIndexes));
    }
    for (UnmanagedRow u : catalog.unmanaged()) {
      if (u.table() == null || filter.includesTable(u.schema(), u.table())) {
        unmanaged.add(new UnmanagedObject(u.kind(), u.schema() + "." + u.name()));
      }
    }
    List<Extension> extensions =
        catalog.extensions().stream()
            .map(e -> new Extension(e.name(), e.schema(), e.version()))
            .toList();
    Map<String, String> defaultVersions = new java.util.TreeMap<>();
    catalog.extensions().stream()
        .filter(e -> e.defaultVersion() != null)
        .forEach(e -> defaultVersions.put(e.name(), e.defaultVersion()));
    List<Routine> routines = catalog.routines().stream().map(ModelAssembler::routine).toList();
    SchemaModel model =
        new SchemaModel(
            schemas(extensions, routines, enums, sequences, tables, views),
            extensions,
            routines,
            enums,
            sequences,
            tables,
            views,
            catalog.userTypes().domainModels(unmanaged, enumTypes),
            catalog.userTypes().compositeModels(unmanaged));
    return new Introspection(model, unmanaged, defaultVersions);
  }

  private static final Map<String, String> ARGUMENT_MODES =
      Map.of("i", "in", "o", "out", "b", "inout", "v", "variadic");

  /** A function or procedure as the catalog holds it. */
  private static Routine routine(RoutineRow r) {
    List<RoutineArgument> arguments = new ArrayList<>();
    for (int i = 0; i < r.modes().size(); i++) {
      String dflt = r.defaults().get(i);
      arguments.add(
          new RoutineArgument(
              ARGUMENT_MODES.get(r.modes().get(i)),
              r.names().get(i),
              r.types().get(i),
              dflt.isEmpty() ? null : dflt));
    }
    return new Routine(
        new QualifiedName(r.schema(), r.name()),
        r.procedure(),
        arguments,
        r.returns(),
        r.language(),
        switch (r.volatility()) {
          case "i" -> "immutable";
          case "s" -> "stable";
          default -> "volatile";
        },
        r.strict(),
        r.securityDefiner(),
        switch (r.parallel()) {
          case "s" -> "safe";
          case "r" -> "restricted";
          default -> "unsafe";
        },
        r.settings(),
        r.body());
  }

  /**
   * The tables without their foreign keys to tables that are not read (outside the filters, or of a
   * kind Shale does not manage, such as a partitioned table): the DSL can only reference a table it
   * declares. Each such key is listed as unmanaged, so that it is named and left as it is.
   */
  private static Partitioning partitioning(TableRow t) {
    PartitionKey key = t.partitionKey() == null ? null : PartitionText.key(t.partitionKey());
    if (t.partitionBound() == null) {
      return key == null ? null : new Partitioning(key, null, null);
    }
    return new Partitioning(
        key,
        new QualifiedName(t.parentSchema(), t.parentName()),
        PartitionText.bound(t.partitionBound()));
  }

  /**
   * The partitions with their parent's columns, as the loader gives them (a partition's columns are
   * its parent's); those whose parent was not read (left out by the filters) are left out and
   * listed.
   */
  private List<Table> withPartitionColumns(List<Table> tables) {
    Map<QualifiedName, Table> byName = new java.util.LinkedHashMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    Map<QualifiedName, Table> done = new HashMap<>();
    List<Table> result = new ArrayList<>();
    for (Table t : tables) {
      Table resolved = resolvedPartition(t, byName, done, 0);
      if (resolved != null) {
        result.add(resolved);
      }
    }
    return result;
  }

  private Table resolvedPartition(
      Table t, Map<QualifiedName, Table> byName, Map<QualifiedName, Table> done, int depth) {
    if (!t.isPartition()) {
      return t;
    }
    if (done.containsKey(t.name())) {
      return done.get(t.name());
    }
    Table parent = byName.get(t.partitioning().parent());
    Table resolvedParent =
        parent == null || depth > 100 ? null : resolvedPartition(parent, byName, done, depth + 1);
    Table resolved = resolvedParent == null ? null : t.withColumns(resolvedParent.columns());
    if (resolved == null) {
      unmanaged.add(
          new UnmanagedObject(
              "partition of a table not pulled",
              t.name() + " (partition of " + t.partitioning().parent() + ")"));
    }
    done.put(t.name(), resolved);
    return resolved;
  }

  private List<Table> withoutForeignKeysOutside(List<Table> tables) {
    Set<QualifiedName> read = new HashSet<>();
    tables.forEach(t -> read.add(t.name()));
    List<Table> result = new ArrayList<>();
    for (Table t : tables) {
      List<ForeignKey> kept = new ArrayList<>();
      for (ForeignKey f : t.foreignKeys()) {
        if (read.contains(f.targetTable())) {
          kept.add(f);
        } else {
          unmanaged.add(
              new UnmanagedObject(
                  "foreign key to a table not pulled",
                  f.name() + " on " + t.name() + " referencing " + f.targetTable()));
        }
      }
      result.add(kept.size() == t.foreignKeys().size() ? t : t.withForeignKeys(kept));
    }
    return result;
  }

  /**
   * The chosen schemas other than public, as the loader lists them, without the history table's
   * schema when the history table is all it holds.
   */
  private List<String> schemas(
      List<Extension> extensions,
      List<Routine> routines,
      List<EnumType> enums,
      List<Sequence> sequences,
      List<Table> tables,
      List<View> views) {
    Set<String> schemas = new TreeSet<>(catalog.schemas());
    schemas.remove("public");
    HistoryTable history = HistoryTable.parse(filter.history());
    String historySchema = history.schema();
    Set<String> used = new HashSet<>();
    extensions.forEach(e -> used.add(e.schema()));
    routines.forEach(r -> used.add(r.name().schema()));
    enums.forEach(e -> used.add(e.name().schema()));
    sequences.forEach(s -> used.add(s.name().schema()));
    tables.forEach(t -> used.add(t.name().schema()));
    views.forEach(v -> used.add(v.name().schema()));
    catalog.userTypes().names().forEach(n -> used.add(n.schema()));
    unmanaged.forEach(u -> used.add(u.name().substring(0, Math.max(0, u.name().indexOf('.')))));
    boolean holdsHistory =
        catalog.tables().stream()
            .anyMatch(t -> t.schema().equals(historySchema) && t.name().equals(history.table()));
    if (holdsHistory && !used.contains(historySchema)) {
      schemas.remove(historySchema);
    }
    return List.copyOf(schemas);
  }

  private static String key(String schema, String table) {
    return schema + "\0" + table;
  }

  private static <T> Map<String, List<T>> byTable(
      List<T> rows,
      java.util.function.Function<T, String> schema,
      java.util.function.Function<T, String> table) {
    Map<String, List<T>> map = new LinkedHashMap<>();
    for (T row : rows) {
      map.computeIfAbsent(key(schema.apply(row), table.apply(row)), k -> new ArrayList<>())
          .add(row);
    }
    return map;
  }

  /** One table: its columns, keys, checks and indexes. */
  private final class TableAssembler {
    private final TableRow row;
    private final QualifiedName name;
    private final Map<String, List<SequenceRow>> ownedSequences;
    private final Set<String> varcharColumns = new HashSet<>();
    private final ServerText.Context context =
        new ServerText.Context(varcharColumns, ModelAssembler.this.enumTypes);

    TableAssembler(TableRow row, Map<String, List<SequenceRow>> ownedSequences) {
      this.row = row;
      this.name = new QualifiedName(row.schema(), row.name());
      this.ownedSequences = ownedSequences;
    }

    /**
     * The unique constraints less those on the primary key's columns or on the columns of one kept
     * before (by name), which are listed instead: the model refuses them, since CREATE TABLE keeps
     * only one of several equal keys, and the key that stays enforces the same rule.
     */
    private List<UniqueConstraint> withoutRepeats(PrimaryKey pk, List<UniqueConstraint> uniques) {
      List<UniqueConstraint> kept = new ArrayList<>();
      for (UniqueConstraint u : uniques) {
        boolean repeatsKey =
            pk != null && !u.nullsNotDistinct() && pk.columns().equals(u.columns());
        boolean repeatsUnique =
            kept.stream()
                .anyMatch(
                    o ->
                        o.columns().equals(u.columns())
                            && o.nullsNotDistinct() == u.nullsNotDistinct());
        if (repeatsKey || repeatsUnique) {
          unmanaged.add(
              new UnmanagedObject(
                  repeatsKey
                      ? "unique constraint repeating the primary key"
                      : "unique constraint repeating another",
                  u.name() + " on " + name));
        } else {
          kept.add(u);
        }
      }
      return kept;
    }

    Table table(
        List<ColumnRow> columnRows,
        List<ConstraintRow> constraintRows,
        List<IndexRow> indexRows,
        List<PolicyRow> policyRows) {
      for (ColumnRow c : columnRows) {
        if (!c.array() && "pg_catalog".equals(c.typeSchema()) && "varchar".equals(c.typeName())) {
          varcharColumns.add(c.name());
        }
      }
      List<Column> columns = new ArrayList<>();
      for (ColumnRow c : columnRows) {
        columns.add(column(c));
      }
      PrimaryKey primaryKey = null;
      List<UniqueConstraint> uniques = new ArrayList<>();
      List<ForeignKey> foreignKeys = new ArrayList<>();
      List<CheckConstraint> checks = new ArrayList<>();
      for (ConstraintRow k : constraintRows) {
        switch (k.type()) {
          case 'p' -> primaryKey = new PrimaryKey(k.name(), k.columns());
          case 'u' ->
              uniques.add(new UniqueConstraint(k.name(), k.columns(), k.nullsNotDistinct()));
          case 'f' -> foreignKeys.add(foreignKey(k));
          default -> {
            if (k.noInherit()) {
              unmanaged.add(new UnmanagedObject("NO INHERIT check", k.name() + " on " + name));
            }
            checks.add(
                new CheckConstraint(
                    k.name(), ServerText.expression(k.expression(), context), !k.validated()));
          }
        }
      }
      List<Index> indexes = new ArrayList<>();
      List<dev.shale.model.ExclusionConstraint> exclusions = new ArrayList<>();
      for (IndexRow i : indexRows) {
        if (i.exclusion() != null) {
          Index index = index(i);
          exclusions.add(
              new dev.shale.model.ExclusionConstraint(
                  index.name(),
                  index.method(),
                  index.elements(),
                  i.exclusion().operators(),
                  index.where(),
                  ForeignKey.Deferral.of(i.exclusion().deferrable(), i.exclusion().deferred())));
          continue;
        }
        if (!i.valid()) {
          unmanaged.add(new UnmanagedObject("invalid index", i.name() + " on " + name));
          continue;
        }
        indexes.add(index(i));
      }
      Comparator<String> byName = Comparator.naturalOrder();
      uniques.sort(Comparator.comparing(UniqueConstraint::name, byName));
      foreignKeys.sort(Comparator.comparing(ForeignKey::name, byName));
      checks.sort(Comparator.comparing(CheckConstraint::name, byName));
      indexes.sort(Comparator.comparing(Index::name, byName));
      uniques = withoutRepeats(primaryKey, uniques);
      List<Policy> policies = new ArrayList<>();
      for (PolicyRow p : policyRows) {
        policies.add(
            new Policy(
                p.name(),
                p.permissive(),
                p.command(),
                p.roles(),
                ServerText.expression(p.using(), context),
                ServerText.expression(p.withCheck(), context)));
      }
      return new Table(
          name,
          columns,
          primaryKey,
          uniques,
          foreignKeys,
          checks,
          indexes,
          row.comment(),
          new RowSecurity(row.rowSecurity(), forced(), policies),
          storage(columns),
          exclusions,
          List.of(),
          null);
    }

    /**
     * UNLOGGED and the storage parameters, the TOAST table's with the prefix {@code toast.}; those
     * of a TOAST table that the table's columns would no longer give it (it was made for a column
     * since dropped) are listed instead: a new table could not keep them.
     */
    private TableStorage storage(List<Column> columns) {
      List<TableStorage.Parameter> parameters = new ArrayList<>();
      parameters.addAll(parameters(row.options(), ""));
      if (!row.toastOptions().isEmpty()
          && !StorageParameters.needsToastTable(columns.stream().map(Column::type).toList())) {
        unmanaged.add(
            new UnmanagedObject(
                "TOAST storage parameters of a table its columns no longer give one",
                name.toString()));
      } else {
        parameters.addAll(parameters(row.toastOptions(), "toast."));
      }
      return new TableStorage(row.unlogged(), parameters);
    }

    /**
     * FORCE without ENABLE: the flag has no effect until row-level security is enabled, and the DSL
     * only forces what it enables, so it is listed and left as it is.
     */
    private boolean forced() {
      if (row.forceRowSecurity() && !row.rowSecurity()) {
        unmanaged.add(
            new UnmanagedObject("row level security forced but not enabled", name.toString()));
        return false;
      }
      return row.forceRowSecurity();
    }

    private Column column(ColumnRow c) {
      ColumnType type = type(c);
      String defaultSql = null;
      String generated = null;
      Identity identity = null;
      if (c.identity() != null) {
        identity = identity(c.identity());
      } else if ("s".equals(c.generated()) || "v".equals(c.generated())) {
        generated = ServerText.expression(c.expression(), context);
        if ("v".equals(c.generated())) {
          unmanaged.add(new UnmanagedObject("virtual generated column", name + "." + c.name()));
        }
      } else if (c.expression() != null) {
        SequenceRow serial = serialSequence(c, type);
        if (serial != null) {
          serialSequences.add(new QualifiedName(serial.schema(), serial.name()));
          type = ColumnType.builtin(serialName(type.name()));
        } else {
          String enumType = "e".equals(c.typeKind()) && !c.array() ? c.typeSql() : null;
          defaultSql = ServerText.columnDefault(c.expression(), context, enumType);
        }
      }
      return new Column(
          c.name(), type, c.notNull(), defaultSql, identity, generated, c.comment(), c.collation());
    }

    private ColumnType type(ColumnRow c) {
      return catalog
          .userTypes()
          .type(
              new UserTypeRows.TypeRef(
                  c.typeKind(), c.typeSchema(), c.typeName(), c.typeSql(), c.array()));
    }

    /**
     * The sequence that makes this column a serial: owned by it, called by its default exactly as
     * {@code serial} writes it, of the column's type, with the default options and the name the
     * server (and Shale's export) gives it; null when any of that does not hold.
     */
    private SequenceRow serialSequence(ColumnRow c, ColumnType type) {
      if (type.isArray() || type.isUserDefined() || !TypeNames.isInteger(type.name())) {
        return null;
      }
      for (SequenceRow s :
          ownedSequences.getOrDefault(key(row.schema(), row.name()) + "\0" + c.name(), List.of())) {
        if (s.settings().dataType().equals(type.name())
            && s.schema().equals(row.schema())
            && s.name().equals(PgNames.makeObjectName(row.name(), c.name(), "seq"))
            && c.expression().equals("nextval('" + s.regclass().replace("'", "''") + "'::regclass)")
            && s.settings().canonical().equals(SequenceOptions.DEFAULTS)) {
          return s;
        }
      }
      return null;
    }

    private static String serialName(String integerType) {
      return switch (integerType) {
        case "smallint" -> "smallserial";
        case "bigint" -> "bigserial";
        default -> "serial";
      };
    }

    private static Identity identity(IdentityRow i) {
      return new Identity(
          "a".equals(i.kind()) ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT,
          i.settings().canonical());
    }

    private ForeignKey foreignKey(ConstraintRow k) {
      if (k.matchType() == 'f') {
        unmanaged.add(new UnmanagedObject("foreign key MATCH FULL", k.name() + " on " + name));
      }
      if (k.setColumns()) {
        unmanaged.add(
            new UnmanagedObject("foreign key SET NULL/DEFAULT columns", k.name() + " on " + name));
      }
      ForeignKey.Deferral deferral = ForeignKey.Deferral.of(k.deferrable(), k.deferred());
      return new ForeignKey(
          k.name(),
          k.columns(),
          new QualifiedName(k.targetSchema(), k.targetTable()),
          k.targetColumns(),
          action(k.onDelete()),
          action(k.onUpdate()),
          deferral,
          !k.validated());
    }

    private static String action(char code) {
      return switch (code) {
        case 'r' -> "RESTRICT";
        case 'c' -> "CASCADE";
        case 'n' -> "SET NULL";
        case 'd' -> "SET DEFAULT";
        default -> "NO ACTION";
      };
    }

    private Index index(IndexRow i) {
      return ModelAssembler.this.index(i, name, context);
    }
  }

  /** An index of a table or materialized view ({@code owner}). */
  private Index index(IndexRow i, QualifiedName owner, ServerText.Context context) {
    List<IndexElement> elements = new ArrayList<>();
    for (IndexKeyRow k : i.keys()) {
      boolean descending = (k.option() & 1) != 0;
      boolean nullsFirst = (k.option() & 2) != 0;
      String nulls = descending ? (nullsFirst ? null : "LAST") : (nullsFirst ? "FIRST" : null);
      if (k.ownCollation()) {
        unmanaged.add(new UnmanagedObject("index key collation", i.name() + " on " + owner));
      }
      elements.add(
          new IndexElement(
              k.column(),
              k.column() == null ? ServerText.indexKey(k.sql(), context) : null,
              k.opclass(),
              descending ? "DESC" : null,
              nulls));
    }
    return new Index(
        i.name(),
        i.unique(),
        i.nullsNotDistinct(),
        "btree".equals(i.method()) ? null : i.method(),
        elements,
        i.include(),
        ServerText.expression(i.predicate(), context),
        parameters(i.storage(), ""));
  }

  /** Storage parameters as the catalog keeps them ({@code name=value}), the name prefixed. */
  private static List<TableStorage.Parameter> parameters(List<String> options, String prefix) {
    List<TableStorage.Parameter> parameters = new ArrayList<>();
    for (String option : options) {
      int eq = option.indexOf('=');
      parameters.add(
          new TableStorage.Parameter(prefix + option.substring(0, eq), option.substring(eq + 1)));
    }
    return parameters;
  }
}
