package dev.shale.loader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.DefaultLiterals;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.NameClashes;
import dev.shale.model.PgNames;
import dev.shale.model.Policy;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.RowSecurity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.SequenceOptions;
import dev.shale.model.SequenceOwner;
import dev.shale.model.StorageParameters;
import dev.shale.model.TableStorage;
import dev.shale.model.TypeNames;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import dev.shale.schema.CheckDef;
import dev.shale.schema.DataType;
import dev.shale.schema.ExclusionDef;
import dev.shale.schema.ForeignKeyDef;
import dev.shale.schema.IndexDef;
import dev.shale.schema.IndexKey;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgExtension;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.PolicyDef;
import dev.shale.schema.PrimaryKeyDef;
import dev.shale.schema.RowLevelSecurityDef;
import dev.shale.schema.Table;
import dev.shale.schema.TablePart;
import dev.shale.schema.UniqueDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Turns the objects a user declared with the DSL into the canonical model: resolves default names
 * the way PostgreSQL does, normalizes types and options, and collects every problem before failing.
 */
public final class ModelTranslator {
  /**
   * A strict JSON reader, as PostgreSQL's json and jsonb input (duplicate keys allowed); made on
   * first use, as most schemas have no json default and setting up the mapper takes a while.
   */
  private static final class Json {
    private Json() {}

    private static final ObjectMapper READER =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private final List<String> problems = new ArrayList<>();
  private final Map<QualifiedName, EnumType> enums = new HashMap<>();

  /** Domains and composite types; reads {@link #enums}, so it runs after them. */
  private final UserTypeTranslator userTypes = new UserTypeTranslator(enums, problems);

  /**
   * Per schema, the relation names (tables, views, sequences, indexes) that defaulted index,
   * primary key and unique names step around, as ChooseRelationName does.
   */
  private final Map<String, Set<String>> relationNames = new HashMap<>();

  /**
   * Per schema, the constraint names that defaulted constraint names step around, as
   * ChooseConstraintName (checks, foreign keys) and ChooseRelationName (primary keys, unique
   * constraints) do.
   */
  private final Map<String, Set<String>> constraintNames = new HashMap<>();

  /** The tables translated so far: a partition is translated after its parent. */
  private final Map<QualifiedName, dev.shale.model.Table> translatedTables = new HashMap<>();

  private ModelTranslator() {}

  /** How many parents above {@code table} (0 for a table that is no partition). */
  private int partitionDepth(Table table) {
    int depth = 0;
    try {
      for (Table t = table.partitionParent(); t != null && depth < 100; t = t.partitionParent()) {
        depth++;
      }
    } catch (RuntimeException | LinkageError e) {
      // reported when the partition itself is translated
    }
    return depth;
  }

  /** The model of everything declared, or an {@link InvalidSchemaException} listing problems. */
  public static SchemaModel translate(DeclaredObjects declared) {
    return new ModelTranslator().run(declared);
  }

  private SchemaModel run(DeclaredObjects declared) {
    Set<String> schemas = new TreeSet<>();
    declared.schemas().forEach(s -> schemas.add(s.object().name()));
    List<Extension> extensions = translateExtensions(declared.extensions(), schemas);
    List<EnumType> enumTypes = translateEnums(declared.enums(), schemas);
    List<Sequence> sequences = translateSequences(declared.sequences(), schemas);
    userTypes.translate(declared, schemas);
    List<dev.shale.model.Routine> routines =
        RoutineTranslator.translate(
            declared.functions(), schemas, enums, problems, userTypes::declares);
    reserveExplicitNames(declared);

    List<dev.shale.model.Table> tables = new ArrayList<>();
    Set<QualifiedName> tableNames = new HashSet<>();
    List<Declared<Table>> sortedTables = new ArrayList<>(declared.tables());
    sortedTables.sort(
        java.util.Comparator.<Declared<Table>>comparingInt(t -> partitionDepth(t.object()))
            .thenComparing(t -> name(t.object().schema(), t.object().name())));
    for (Declared<Table> table : sortedTables) {
      schemas.add(table.object().schema());
      QualifiedName name = name(table.object().schema(), table.object().name());
      if (!tableNames.add(name)) {
        problems.add("table " + name + " is declared twice (again by " + table.origin() + ")");
        continue;
      }
      checkName("table " + name + " (" + table.origin() + ")", table.object().name());
      dev.shale.model.Table translated =
          new TableTranslator(table.object(), table.origin()).translate();
      tables.add(translated);
      translatedTables.put(name, translated);
    }
    List<View> views = translateViews(declared.views(), schemas);
    new ForeignKeyChecker(tables, problems).check();
    checkOwners(sequences, tables);
    Set<QualifiedName> unlogged = new HashSet<>();
    tables.stream().filter(t -> t.storageOrNone().unlogged()).forEach(t -> unlogged.add(t.name()));
    for (dev.shale.model.Table t : tables) {
      for (dev.shale.model.ForeignKey fk : t.foreignKeys()) {
        if (!t.storageOrNone().unlogged() && unlogged.contains(fk.targetTable())) {
          problems.add(
              "table "
                  + t.name()
                  + ": foreign key "
                  + fk.name()
                  + " references the unlogged table "
                  + fk.targetTable()
                  + ", which PostgreSQL refuses for a logged table: make both unlogged, or"
                  + " neither");
        }
      }
    }
    for (String schema : schemas) {
      String problem = Identifiers.schemaProblem(schema);
      if (problem != null) {
        problems.add("schema " + schema + ": " + problem);
      }
    }
    problems.addAll(NameClashes.find(enumTypes, sequences, tables, views));
    userTypes.reportClashes(tables, views);
    TriggerTranslator.checkReferences(
        SchemaModel.EMPTY.withExtensions(extensions).withRoutines(routines).withTables(tables),
        problems);
    List<dev.shale.model.Grant> grants =
        GrantTranslator.grants(declared, this::identityArguments, problems);
    List<dev.shale.model.Role> roles = GrantTranslator.roles(declared.roles(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidSchemaException(problems);
    }
    schemas.remove("public");
    return new SchemaModel(
        List.copyOf(schemas),
        extensions,
        routines,
        enumTypes,
        sequences,
        tables,
        views,
        userTypes.domains(),
        userTypes.composites(),
        grants,
        roles);
  }

  /** A declared function's input argument types as the model spells them, or null if wrong. */
  private String identityArguments(Declared<dev.shale.schema.PgFunction> function) {
    List<dev.shale.model.Routine> one =
        RoutineTranslator.translate(
            List.of(function), new TreeSet<>(), enums, new ArrayList<>(), userTypes::declares);
    return one.isEmpty() ? null : one.get(0).identityArguments();
  }

  private static QualifiedName name(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  /**
   * Storage parameters or options given as {@code {name, value}} pairs, with names lowercased and
   * values as the server keeps them; {@code problem} judges each (name lowercased), and a name
   * given twice is a problem too.
   */
  private List<TableStorage.Parameter> parameters(
      String what, List<List<String>> given, java.util.function.BinaryOperator<String> problem) {
    List<TableStorage.Parameter> parameters = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<String> pair : given) {
      String key = pair.get(0).strip().toLowerCase(Locale.ROOT);
      String wrong = problem.apply(key, pair.get(1));
      if (wrong != null) {
        problems.add(what + ": with(\"" + pair.get(0) + "\", ...): " + wrong);
      } else if (!seen.add(key)) {
        problems.add(what + " sets " + key + " twice");
      } else {
        parameters.add(new TableStorage.Parameter(key, StorageParameters.canonical(pair.get(1))));
      }
    }
    return parameters;
  }

  /** Reports a name PostgreSQL would not keep as written (empty, or longer than 63 bytes). */
  private void checkName(String what, String name) {
    String problem = Identifiers.problem(name);
    if (problem != null) {
      problems.add(what + ": " + problem);
    }
  }

  private List<Extension> translateExtensions(
      List<Declared<PgExtension>> declared, Set<String> schemas) {
    Map<String, Extension> byName = new java.util.TreeMap<>();
    for (Declared<PgExtension> each : declared) {
      PgExtension x = each.object();
      String what = "extension " + x.name() + " (" + each.origin() + ")";
      checkName(what, x.name());
      if (x.version() != null && x.version().isBlank()) {
        problems.add(what + ": the version is empty; leave version(...) out for the default");
        continue;
      }
      schemas.add(x.schema());
      Extension extension = new Extension(x.name(), x.schema(), x.version());
      Extension earlier = byName.putIfAbsent(x.name(), extension);
      if (earlier != null && !earlier.equals(extension)) {
        problems.add(
            "extension "
                + x.name()
                + " is declared twice, differently (again by "
                + each.origin()
                + "): an extension is installed once per database");
      }
    }
    return List.copyOf(byName.values());
  }

  private List<EnumType> translateEnums(List<Declared<PgEnum>> declared, Set<String> schemas) {
    List<EnumType> result = new ArrayList<>();
    for (Declared<PgEnum> each : declared) {
      PgEnum e = each.object();
      QualifiedName name = name(e.schema(), e.name());
      schemas.add(e.schema());
      String what = "enum " + name + " (" + each.origin() + ")";
      checkName(what, e.name());
      if (e.values().isEmpty()) {
        problems.add(what + " has no values");
      }
      Set<String> seen = new HashSet<>();
      for (String value : e.values()) {
        if (!seen.add(value)) {
          problems.add(what + " lists '" + value + "' twice");
        }
        int bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > PgNames.MAX_IDENTIFIER_BYTES) {
          problems.add(
              what
                  + ": the value '"
                  + value
                  + "' is "
                  + bytes
                  + " bytes long; PostgreSQL allows at most "
                  + PgNames.MAX_IDENTIFIER_BYTES);
        }
      }
      EnumType type = new EnumType(name, e.values());
      if (enums.containsKey(name) && !enums.get(name).equals(type)) {
        problems.add("enum " + name + " is declared twice (again by " + each.origin() + ")");
      } else if (!enums.containsKey(name)) {
        enums.put(name, type);
        result.add(type);
      }
    }
    return result;
  }

  private List<Sequence> translateSequences(
      List<Declared<PgSequence>> declared, Set<String> schemas) {
    List<Sequence> result = new ArrayList<>();
    Set<QualifiedName> seen = new HashSet<>();
    for (Declared<PgSequence> each : declared) {
      PgSequence s = each.object();
      QualifiedName name = name(s.schema(), s.name());
      schemas.add(s.schema());
      if (!seen.add(name)) {
        problems.add("sequence " + name + " is declared twice (again by " + each.origin() + ")");
        continue;
      }
      String what = "sequence " + name + " (" + each.origin() + ")";
      checkName(what, s.name());
      String type = TypeNames.canonical(s.type().toString());
      if (!TypeNames.isInteger(type)) {
        problems.add(
            "sequence "
                + name
                + " ("
                + each.origin()
                + ") must be smallint, integer or bigint, not "
                + type);
        continue;
      }
      for (String problem : sequenceProblems(type, s.options())) {
        problems.add(what + ": " + problem);
      }
      SequenceOwner owner = null;
      if (s.ownerTable() != null) {
        owner = new SequenceOwner(QualifiedName.parse(s.ownerTable(), s.schema()), s.ownerColumn());
        ownerOrigins.put(name, each.origin());
      }
      result.add(new Sequence(name, type, canonicalOptions(type, s.options()), owner));
    }
    return result;
  }

  /** Where each sequence with an owner was declared, for the messages of {@link #checkOwners}. */
  private final Map<QualifiedName, String> ownerOrigins = new HashMap<>();

  /**
   * Each owner is a column of a declared table in the sequence's schema (PostgreSQL refuses another
   * schema, and views or materialized views cannot own a sequence in Shale's model); a sequence
   * that pull would read back as a serial column is refused, so that one schema has one spelling.
   */
  private void checkOwners(List<Sequence> sequences, List<dev.shale.model.Table> tables) {
    Map<QualifiedName, dev.shale.model.Table> byName = new HashMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    for (Sequence s : sequences) {
      SequenceOwner owner = s.ownedBy();
      if (owner == null) {
        continue;
      }
      String what =
          "sequence " + s.name() + " (" + ownerOrigins.get(s.name()) + "): ownedBy(" + owner + ")";
      dev.shale.model.Table table = byName.get(owner.table());
      if (!owner.table().schema().equals(s.name().schema())) {
        problems.add(
            what
                + ": PostgreSQL requires a sequence to be in the schema of the table that owns"
                + " it; declare it as schema(\""
                + owner.table().schema()
                + "\").sequence(\""
                + s.name().name()
                + "\")");
      } else if (table == null) {
        problems.add(
            what
                + ": no table "
                + owner.table()
                + " is declared (only a table's column can own a sequence)");
      } else if (table.column(owner.column()).isEmpty()) {
        problems.add(what + ": table " + owner.table() + " has no column " + owner.column());
      } else if (readsAsSerial(s, owner, table.column(owner.column()).get())) {
        String serial =
            switch (s.dataType()) {
              case "smallint" -> "smallserial()";
              case "bigint" -> "bigserial()";
              default -> "serial()";
            };
        problems.add(
            what
                + ": a sequence of that name and type, with default options, owned by the column"
                + " whose default calls it is what a serial column declares; declare column "
                + owner.column()
                + " as "
                + serial
                + " (without the default) and leave the sequence out");
      }
    }
  }

  /** Whether the server would show this sequence and column as a serial column (pull does). */
  private static boolean readsAsSerial(Sequence s, SequenceOwner owner, dev.shale.model.Column c) {
    if (c.defaultExpression() == null
        || !c.type().name().equals(s.dataType())
        || c.type().isArray()
        || !s.options().equals(SequenceOptions.DEFAULTS)
        || !s.name()
            .name()
            .equals(PgNames.makeObjectName(owner.table().name(), owner.column(), "seq"))) {
      return false;
    }
    String call = c.defaultExpression().replaceAll("\\s+", "").replace("::regclass", "");
    return call.equals("nextval('" + s.name().name() + "')")
        || call.equals("nextval('" + s.name() + "')");
  }

  private static List<String> sequenceProblems(
      String integerType, dev.shale.schema.SequenceOptions options) {
    return SequenceOptions.problems(
        integerType,
        options.start(),
        options.increment(),
        options.minValue(),
        options.maxValue(),
        options.cache());
  }

  private static SequenceOptions canonicalOptions(
      String integerType, dev.shale.schema.SequenceOptions options) {
    return SequenceOptions.canonical(
        integerType,
        options.start(),
        options.increment(),
        options.minValue(),
        options.maxValue(),
        options.cache(),
        options.cycling());
  }

  private List<View> translateViews(List<Declared<PgView>> declared, Set<String> schemas) {
    List<View> result = new ArrayList<>();
    Set<QualifiedName> seen = new HashSet<>();
    for (Declared<PgView> each : declared) {
      PgView v = each.object();
      QualifiedName name = name(v.schema(), v.name());
      schemas.add(v.schema());
      if (!seen.add(name)) {
        problems.add("view " + name + " is declared twice (again by " + each.origin() + ")");
        continue;
      }
      checkName("view " + name + " (" + each.origin() + ")", v.name());
      String query = v.query().strip();
      while (query.endsWith(";")) {
        query = query.substring(0, query.length() - 1).strip();
      }
      if (query.isEmpty()) {
        problems.add("view " + name + " (" + each.origin() + ") has an empty query");
      }
      List<TableStorage.Parameter> options =
          parameters(
              "view " + name + " (" + each.origin() + ")",
              v.options(),
              (key, value) -> StorageParameters.viewProblem(key, value, v.materialized()));
      List<dev.shale.model.Index> indexes = List.of();
      if (!v.indexDefs().isEmpty()) {
        if (!v.materialized()) {
          problems.add(
              "view "
                  + name
                  + " ("
                  + each.origin()
                  + ") has indexes: only a materialized view can have them");
        }
        indexes =
            new TableTranslator(
                    null,
                    v.schema(),
                    v.name(),
                    v.indexDefs(),
                    false,
                    "materialized view",
                    each.origin())
                .indexes();
      }
      result.add(new View(name, query, v.materialized(), v.commentText(), options, indexes));
    }
    return result;
  }

  /**
   * Explicit names are claimed first so that defaulted names step around them, as in Postgres:
   * relation names (tables, views, sequences, indexes, and primary keys and unique constraints,
   * whose indexes take their names) and constraint names, each in its own namespace.
   */
  private void reserveExplicitNames(DeclaredObjects declared) {
    for (Declared<Table> each : declared.tables()) {
      Table t = each.object();
      relations(t.schema()).add(t.name());
      for (TablePart part : t.parts()) {
        String explicit = explicitName(part);
        if (explicit == null) {
          continue;
        }
        if (!(part instanceof CheckDef) && !(part instanceof ForeignKeyDef)) {
          relations(t.schema()).add(explicit);
        }
        if (!(part instanceof IndexDef)) {
          constraints(t.schema()).add(explicit);
        }
      }
    }
    for (Declared<PgView> each : declared.views()) {
      PgView v = each.object();
      relations(v.schema()).add(v.name());
      v.indexDefs().stream()
          .map(IndexDef::explicitName)
          .filter(java.util.Objects::nonNull)
          .forEach(relations(v.schema())::add);
    }
    declared.sequences().forEach(s -> relations(s.object().schema()).add(s.object().name()));
  }

  private static String explicitName(TablePart part) {
    if (part instanceof dev.shale.schema.Column c) {
      return c.uniqueConstraint() == null ? null : c.uniqueConstraint().explicitName();
    } else if (part instanceof PrimaryKeyDef p) {
      return p.explicitName();
    } else if (part instanceof UniqueDef u) {
      return u.explicitName();
    } else if (part instanceof ForeignKeyDef f) {
      return f.explicitName();
    } else if (part instanceof CheckDef c) {
      return c.explicitName();
    } else if (part instanceof IndexDef i) {
      return i.explicitName();
    } else if (part instanceof ExclusionDef x) {
      return x.explicitName();
    }
    return null;
  }

  private Set<String> relations(String schema) {
    return relationNames.computeIfAbsent(schema, k -> new HashSet<>());
  }

  private Set<String> constraints(String schema) {
    return constraintNames.computeIfAbsent(schema, k -> new HashSet<>());
  }

  /** Which namespaces a table's constraint or index name lives in. */
  private enum NameKind {
    /** A primary key or unique constraint: a constraint, and an index of the same name. */
    CONSTRAINT_INDEX,
    /** A check or foreign key constraint. */
    CONSTRAINT,
    /** A plain index. */
    INDEX
  }

  /** Translates one table; problems go to the shared list. */
  private final class TableTranslator {
    /** The table declared, or null for a materialized view's indexes. */
    private final Table table;

    private final String schema;
    private final String relation;
    private final List<TablePart> parts;

    /** False for a materialized view, whose columns come from its query. */
    private final boolean columnsKnown;

    private final String where;
    private final QualifiedName name;
    private final List<Column> columns = new ArrayList<>();
    private final Set<String> columnNames = new LinkedHashSet<>();
    private final Set<String> localNames = new HashSet<>();
    private final Set<String> explicitNames = new HashSet<>();

    TableTranslator(Table table, String origin) {
      this(table, table.schema(), table.name(), table.parts(), true, "table", origin);
    }

    TableTranslator(
        Table table,
        String schema,
        String relation,
        List<? extends TablePart> parts,
        boolean columnsKnown,
        String kind,
        String origin) {
      this.table = table;
      this.schema = schema;
      this.relation = relation;
      this.parts = List.copyOf(parts);
      this.columnsKnown = columnsKnown;
      this.name = new QualifiedName(schema, relation);
      this.where = kind + " " + name + " (" + origin + ")";
      for (TablePart part : parts) {
        String explicit = explicitName(part);
        if (explicit != null) {
          explicitNames.add(explicit);
        }
      }
    }

    dev.shale.model.Table translate() {
      List<String> pkColumns = null;
      String pkName = null;
      List<UniqueDef> uniqueDefs = new ArrayList<>();
      List<CheckDef> checkDefs = new ArrayList<>();
      List<ForeignKeyDef> fkDefs = new ArrayList<>();
      List<IndexDef> indexDefs = new ArrayList<>();
      List<dev.shale.schema.Column> columnDefs = new ArrayList<>();
      List<RowLevelSecurityDef> securityDefs = new ArrayList<>();
      List<PolicyDef> policyDefs = new ArrayList<>();
      List<ExclusionDef> exclusionDefs = new ArrayList<>();

      List<dev.shale.schema.TriggerDef> triggerDefs = new ArrayList<>();
      for (TablePart part : parts) {
        if (part instanceof dev.shale.schema.Column c) {
          columnDefs.add(c);
          if (c.isPrimaryKey()) {
            if (pkColumns != null) {
              problems.add(where + " declares more than one primary key");
            }
            pkColumns = List.of(c.name());
          }
          if (c.uniqueConstraint() != null) {
            uniqueDefs.add(c.uniqueConstraint());
          }
          if (c.checkConstraint() != null) {
            checkDefs.add(c.checkConstraint());
          }
          if (c.foreignKey() != null) {
            fkDefs.add(c.foreignKey());
          }
        } else if (part instanceof PrimaryKeyDef p) {
          if (pkColumns != null) {
            problems.add(where + " declares more than one primary key");
          }
          pkColumns = p.columns();
          pkName = p.explicitName();
        } else if (part instanceof UniqueDef u) {
          uniqueDefs.add(u);
        } else if (part instanceof CheckDef c) {
          checkDefs.add(c);
        } else if (part instanceof ForeignKeyDef f) {
          fkDefs.add(f);
        } else if (part instanceof IndexDef i) {
          indexDefs.add(i);
        } else if (part instanceof RowLevelSecurityDef r) {
          securityDefs.add(r);
        } else if (part instanceof PolicyDef p) {
          policyDefs.add(p);
        } else if (part instanceof ExclusionDef x) {
          exclusionDefs.add(x);
        } else if (part instanceof dev.shale.schema.TriggerDef t) {
          triggerDefs.add(t);
        }
      }
      dev.shale.model.Table parent = partitionParent();
      if (parent != null) {
        if (!columnDefs.isEmpty()) {
          problems.add(
              where
                  + " is a partition of "
                  + parent.name()
                  + " and takes its columns from it: declare columns on "
                  + parent.name()
                  + " only");
          columnDefs.clear();
        }
        columns.addAll(parent.columns());
        parent.columns().forEach(c -> columnNames.add(c.name()));
      } else if (columnDefs.isEmpty() && (table == null || table.partitionBound() == null)) {
        problems.add(where + " has no columns");
      }
      Set<String> pkSet = pkColumns == null ? Set.of() : Set.copyOf(pkColumns);
      for (dev.shale.schema.Column c : columnDefs) {
        translateColumn(c, pkSet.contains(c.name()));
      }
      PrimaryKey pk = null;
      if (pkColumns != null) {
        requireColumns("primary key", pkColumns);
        requireDistinct("primary key", pkColumns);
        pk = new PrimaryKey(claim(pkName, NameKind.CONSTRAINT_INDEX, null, "pkey"), pkColumns);
      }
      List<UniqueConstraint> uniques = new ArrayList<>();
      for (UniqueDef u : uniqueDefs) {
        requireColumns("unique constraint", u.columns());
        requireDistinct("unique constraint", u.columns());
        String constraintName =
            claim(
                u.explicitName(),
                NameKind.CONSTRAINT_INDEX,
                PgNames.joinColumns(u.columns()),
                "key");
        uniques.add(new UniqueConstraint(constraintName, u.columns(), u.isNullsNotDistinct()));
      }
      reportRedundantUniques(pk, uniques);
      List<CheckConstraint> checks = new ArrayList<>();
      for (CheckDef c : checkDefs) {
        String expression = c.expression() == null ? "" : c.expression().strip();
        if (expression.isEmpty()) {
          problems.add(where + " has a check constraint with an empty expression");
          continue;
        }
        String only = ColumnReferences.singleColumn(expression, columnNames);
        String constraintName = claim(c.explicitName(), NameKind.CONSTRAINT, only, "check");
        checks.add(new CheckConstraint(constraintName, expression, c.isNotValid()));
      }
      List<ForeignKey> foreignKeys = new ArrayList<>();
      for (ForeignKeyDef f : fkDefs) {
        ForeignKey fk = translateForeignKey(f);
        if (fk != null) {
          foreignKeys.add(fk);
        }
      }
      List<Index> indexes = new ArrayList<>();
      for (IndexDef i : indexDefs) {
        indexes.add(translateIndex(i));
      }
      uniques.sort((a, b) -> a.name().compareTo(b.name()));
      checks.sort((a, b) -> a.name().compareTo(b.name()));
      foreignKeys.sort((a, b) -> a.name().compareTo(b.name()));
      indexes.sort((a, b) -> a.name().compareTo(b.name()));
      dev.shale.model.Table translated =
          new dev.shale.model.Table(
              name,
              columns,
              pk,
              uniques,
              foreignKeys,
              checks,
              indexes,
              table.commentText(),
              rowSecurity(securityDefs, policyDefs),
              storage(),
              exclusionDefs.stream()
                  .map(this::translateExclusion)
                  .sorted(java.util.Comparator.comparing(ExclusionConstraint::name))
                  .toList(),
              TriggerTranslator.translate(
                  where,
                  triggerDefs,
                  columnNames,
                  columns.stream()
                      .filter(c -> c.generatedExpression() != null)
                      .map(Column::name)
                      .collect(java.util.stream.Collectors.toSet()),
                  problems),
              partitioning(parent, indexes));
      PartitionChecks partitionChecks = new PartitionChecks(where, translatedTables, problems);
      partitionChecks.uniqueKeys(translated);
      if (parent != null && translated.isPartition()) {
        partitionChecks.bound(translated, parent);
      }
      return translated;
    }

    /** The translated parent of this partition, or null when it is none (or is not declared). */
    private dev.shale.model.Table partitionParent() {
      if (table == null || table.partitionParent() == null) {
        return null;
      }
      Table declaredParent;
      try {
        declaredParent = table.partitionParent();
      } catch (RuntimeException | LinkageError e) {
        Throwable cause =
            e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
        problems.add(
            where
                + ": its partitionOf(() -> ...) supplier failed instead of returning the parent: "
                + cause);
        return null;
      }
      if (declaredParent == null) {
        problems.add(
            where
                + " is a partition of a table that is null when resolved: declare the parent as"
                + " a public static final field");
        return null;
      }
      QualifiedName parentName = name(declaredParent.schema(), declaredParent.name());
      dev.shale.model.Table parent = translatedTables.get(parentName);
      if (parent == null) {
        problems.add(
            where
                + " is a partition of "
                + parentName
                + ", which is not declared as a public static final field");
      } else if (!parent.isPartitioned()) {
        problems.add(
            where
                + " is a partition of "
                + parentName
                + ", which is not partitioned: give it partitionByRange/List/Hash(...)");
        return null;
      }
      return parent;
    }

    private dev.shale.model.Partitioning partitioning(
        dev.shale.model.Table parent, List<Index> indexes) {
      if (table == null) {
        return null;
      }
      PartitionTranslator partitions = new PartitionTranslator(where, problems);
      dev.shale.model.PartitionKey key =
          table.partitionKey() == null ? null : partitions.key(table.partitionKey(), columns);
      if (key != null && table.storageParameters().size() > 0) {
        problems.add(
            where
                + " is partitioned and holds no rows of its own, so it takes no storage"
                + " parameters: set them on its partitions");
      }
      if (key != null && table.isUnlogged()) {
        problems.add(
            where
                + " is partitioned and unlogged, which PostgreSQL 18 refuses and earlier versions"
                + " ignore (its partitions stay logged): leave out unlogged() here and make its"
                + " partitions unlogged()");
      }
      if (parent == null) {
        return key == null ? null : new dev.shale.model.Partitioning(key, null, null);
      }
      for (dev.shale.model.Table ancestor = parent;
          ancestor != null;
          ancestor =
              ancestor.isPartition()
                  ? translatedTables.get(ancestor.partitioning().parent())
                  : null) {
        for (Index own : indexes) {
          for (Index inherited : ancestor.indexes()) {
            if (own.withName("").equals(inherited.withName(""))) {
              problems.add(
                  where
                      + " declares index "
                      + own.name()
                      + ", which "
                      + ancestor.name()
                      + "'s index "
                      + inherited.name()
                      + " already gives every partition: leave it out of the partition");
            }
          }
        }
      }
      return new dev.shale.model.Partitioning(
          key,
          parent.name(),
          partitions.bound(table.partitionBound(), parent.partitioning().key(), parent.columns()));
    }

    private ExclusionConstraint translateExclusion(ExclusionDef x) {
      List<IndexElement> elements = new ArrayList<>();
      List<String> operators = new ArrayList<>();
      if (x.elements().isEmpty()) {
        problems.add(where + " has an exclusion constraint with no elements");
      }
      for (ExclusionDef.Element element : x.elements()) {
        elements.add(indexElement(element.key()));
        String operator = element.operator().strip();
        if (operator.isEmpty()) {
          problems.add(where + " has an exclusion constraint element with an empty operator");
        }
        operators.add(operator);
      }
      String method = x.method().strip().toLowerCase(Locale.ROOT);
      if (method.isEmpty()) {
        problems.add(where + " has an exclusion constraint with an empty method");
      }
      String predicate = x.whereClause() == null ? null : x.whereClause().strip();
      if (predicate != null && predicate.isEmpty()) {
        problems.add(where + " has an exclusion constraint with an empty where(...) predicate");
      }
      String constraintName =
          claim(
              x.explicitName(),
              NameKind.CONSTRAINT_INDEX,
              PgNames.joinColumns(PgNames.indexColumnNames(elements, List.of())),
              "excl");
      ForeignKey.Deferral deferral =
          ForeignKey.Deferral.of(x.isDeferrable(), x.isInitiallyDeferred());
      return new ExclusionConstraint(
          constraintName,
          method.equals("btree") ? null : method,
          elements,
          operators,
          predicate,
          deferral);
    }

    /**
     * CREATE TABLE silently keeps only one of several unique keys on the same columns, while ALTER
     * TABLE would add them all: declaring such a pair would make the catalog depend on history.
     */
    private void reportRedundantUniques(PrimaryKey pk, List<UniqueConstraint> uniques) {
      for (int i = 0; i < uniques.size(); i++) {
        UniqueConstraint u = uniques.get(i);
        if (pk != null && !u.nullsNotDistinct() && pk.columns().equals(u.columns())) {
          problems.add(
              where
                  + ": unique constraint "
                  + u.name()
                  + " repeats the primary key's columns; remove it (the primary key is already unique)");
        }
        for (int j = 0; j < i; j++) {
          UniqueConstraint other = uniques.get(j);
          if (other.columns().equals(u.columns())
              && other.nullsNotDistinct() == u.nullsNotDistinct()) {
            problems.add(
                where
                    + ": unique constraints "
                    + other.name()
                    + " and "
                    + u.name()
                    + " are the same; remove one");
          }
        }
      }
    }

    /**
     * The explicit name, or the name PostgreSQL would choose: {@code table_name2_label}, numbered
     * past the names taken in the namespaces of {@code kind}. A defaulted name also steps around
     * the names of this table's other constraints and indexes, which the diff tells apart by name.
     */
    private String claim(String explicit, NameKind kind, String name2, String label) {
      Set<String> relations = relations(schema);
      Set<String> constraints = constraints(schema);
      String chosen;
      if (explicit != null) {
        chosen = explicit;
        checkName(where + ": constraint or index name", explicit);
      } else {
        Predicate<String> taken =
            switch (kind) {
              case CONSTRAINT_INDEX -> n -> relations.contains(n) || constraints.contains(n);
              case CONSTRAINT -> constraints::contains;
              case INDEX -> relations::contains;
            };
        chosen =
            PgNames.choose(
                relation, name2, label, taken.or(localNames::contains).or(explicitNames::contains));
        if (kind != NameKind.INDEX) {
          constraints.add(chosen);
        }
        if (kind != NameKind.CONSTRAINT) {
          relations.add(chosen);
        }
      }
      if (!localNames.add(chosen)) {
        problems.add(where + " has two constraints or indexes named " + chosen);
      }
      return chosen;
    }

    private RowSecurity rowSecurity(
        List<RowLevelSecurityDef> securityDefs, List<PolicyDef> policyDefs) {
      if (securityDefs.size() > 1) {
        problems.add(where + " declares rowLevelSecurity() more than once");
      }
      List<Policy> policies = new ArrayList<>();
      Set<String> policyNames = new HashSet<>();
      for (PolicyDef p : policyDefs) {
        String what = where + ": policy " + p.name();
        checkName(what, p.name());
        if (!policyNames.add(p.name())) {
          problems.add(what + " is declared twice");
          continue;
        }
        String using = policyExpression(what, "using", p.usingExpression());
        String withCheck = policyExpression(what, "withCheck", p.withCheckExpression());
        if (p.command().equals("INSERT") && using != null) {
          problems.add(what + " is for INSERT, which takes only withCheck(...), not using(...)");
        }
        if ((p.command().equals("SELECT") || p.command().equals("DELETE")) && withCheck != null) {
          problems.add(
              what
                  + " is for "
                  + p.command()
                  + ", which takes only using(...), not withCheck(...)");
        }
        List<String> roles = new ArrayList<>();
        for (String role : p.roles()) {
          if (role.isBlank()) {
            problems.add(what + " names an empty role");
          } else {
            roles.add(role.equalsIgnoreCase("public") ? Policy.PUBLIC : role);
          }
        }
        if (roles.contains(Policy.PUBLIC) && roles.stream().distinct().count() > 1) {
          // PostgreSQL keeps PUBLIC alone ("ignoring specified roles other than PUBLIC").
          problems.add(
              what
                  + " is to PUBLIC and other roles: PUBLIC already includes every role, and"
                  + " PostgreSQL keeps PUBLIC alone; name PUBLIC only, or only the other roles");
        }
        policies.add(
            new Policy(p.name(), !p.isRestrictive(), p.command(), roles, using, withCheck));
      }
      boolean enabled = !securityDefs.isEmpty();
      boolean forced = securityDefs.stream().anyMatch(RowLevelSecurityDef::forced);
      return new RowSecurity(enabled, forced, policies);
    }

    private TableStorage storage() {
      List<TableStorage.Parameter> parameters =
          parameters(where, table.storageParameters(), StorageParameters::problem);
      if (parameters.stream().anyMatch(p -> p.name().startsWith("toast."))
          && !StorageParameters.needsToastTable(columns.stream().map(c -> c.type()).toList())) {
        problems.add(
            where
                + " sets toast.* storage parameters, but its rows can never be large enough to be"
                + " TOASTed, so PostgreSQL makes no TOAST table and drops them silently");
      }
      return new TableStorage(table.isUnlogged(), parameters);
    }

    private String policyExpression(String what, String method, String expression) {
      if (expression == null) {
        return null;
      }
      String stripped = expression.strip();
      if (stripped.isEmpty()) {
        problems.add(what + ": " + method + "(...) is empty");
        return null;
      }
      return stripped;
    }

    private void translateColumn(dev.shale.schema.Column c, boolean inPrimaryKey) {
      String column = where + " column " + c.name();
      if (!columnNames.add(c.name())) {
        problems.add(where + " declares column " + c.name() + " twice");
        return;
      }
      checkName(column, c.name());
      ColumnType type = translateType(c.type(), column);
      Identity identity = null;
      if (c.identityKind() != null) {
        if (!TypeNames.isInteger(type.name()) || type.isUserDefined() || type.isArray()) {
          problems.add(
              column + ": an identity column must be smallint, integer or bigint, not " + type);
        } else {
          for (String problem : sequenceProblems(type.name(), c.identityOptions())) {
            problems.add(column + ": identity " + problem);
          }
          identity =
              new Identity(
                  c.identityKind() == dev.shale.schema.Column.IdentityKind.ALWAYS
                      ? Identity.Kind.ALWAYS
                      : Identity.Kind.BY_DEFAULT,
                  canonicalOptions(type.name(), c.identityOptions()));
        }
      }
      String defaultSql = c.defaultExpression() == null ? null : c.defaultExpression().strip();
      if (defaultSql != null && defaultSql.equalsIgnoreCase("null")) {
        // PostgreSQL stores no default for DEFAULT NULL; neither does the model.
        defaultSql = null;
      }
      if (defaultSql != null && defaultSql.isEmpty()) {
        problems.add(column + " has an empty default expression");
      }
      String generated = c.generatedExpression() == null ? null : c.generatedExpression().strip();
      if (generated != null && generated.isEmpty()) {
        problems.add(column + " has an empty generatedAlwaysAs(...) expression");
      }
      int kinds =
          (defaultSql != null ? 1 : 0) + (identity != null ? 1 : 0) + (generated != null ? 1 : 0);
      if (kinds > 1) {
        problems.add(
            column + " may have only one of a default, an identity and a generated expression");
      }
      if (type.isSerial() && (defaultSql != null || identity != null)) {
        problems.add(column + " is serial, so it cannot also have a default or identity");
      }
      if (defaultSql != null) {
        EnumType enumType = type.isUserDefined() ? enums.get(type.userType()) : null;
        String problem =
            DefaultLiterals.problem(defaultSql, type, enumType == null ? null : enumType.values());
        if (problem == null) {
          problem = jsonProblem(defaultSql, type);
        }
        if (problem != null) {
          problems.add(column + ": default " + problem);
        }
      }
      boolean notNull = c.isNotNull() || inPrimaryKey || identity != null || type.isSerial();
      columns.add(
          new Column(
              c.name(),
              type,
              notNull,
              defaultSql,
              identity,
              generated,
              c.commentText(),
              collation(c, type, column),
              replacement(c, type, column, generated, identity)));
    }

    /** What the column replaces by expand and contract, or null; refused where it cannot apply. */
    private dev.shale.model.ColumnReplacement replacement(
        dev.shale.schema.Column c,
        ColumnType type,
        String column,
        String generated,
        Identity identity) {
      if (c.replacedColumn() == null) {
        return null;
      }
      String old = c.replacedColumn().strip();
      if (old.isEmpty()) {
        problems.add(column + " has replaces(\"\"): name the old column it replaces");
        return null;
      }
      for (String expression :
          java.util.Arrays.asList(c.replacementUsing(), c.replacementReverse())) {
        if (expression != null && expression.isBlank()) {
          problems.add(column + " has replaces(\"" + old + "\", …) with an empty expression");
          return null;
        }
      }
      if (generated != null || identity != null || type.isSerial()) {
        problems.add(
            column
                + " replaces \""
                + old
                + "\" but is "
                + (generated != null ? "generated" : identity != null ? "an identity" : "serial")
                + ": expand and contract copies values written by running code, so the new column"
                + " must be a plain one (add its default or identity after the contract)");
        return null;
      }
      return new dev.shale.model.ColumnReplacement(
          old, c.replacementUsing(), c.replacementReverse());
    }

    /**
     * The column's own collation, or null when it has none but its type's: {@code "default"} for a
     * built-in type, or the collation its domain gives (the catalog cannot tell that one repeated
     * from the inherited one, so introspection reads none).
     */
    private QualifiedName collation(dev.shale.schema.Column c, ColumnType type, String column) {
      if (c.collationName() == null) {
        return null;
      }
      String schema = c.collationSchema().strip();
      String name = c.collationName().strip();
      if (schema.isEmpty() || name.isEmpty()) {
        problems.add(column + " has an empty collate(...) name");
        return null;
      }
      String without = userTypes.withoutCollation(type);
      if (without != null) {
        problems.add(
            column
                + " is of type "
                + without
                + ", which has no collation: "
                + UserTypeTranslator.COLLATABLE_TYPES);
        return null;
      }
      String inherited = userTypes.collationOf(type);
      boolean same =
          inherited.equals("default")
              ? schema.equals("pg_catalog") && name.equals("default")
              : name.equals(inherited);
      return same ? null : new QualifiedName(schema, name);
    }

    /** A quoted default of a json or jsonb column must be valid JSON, as PostgreSQL parses it. */
    private static String jsonProblem(String defaultSql, ColumnType type) {
      if (type.isUserDefined()
          || type.isArray()
          || !(type.name().equals("json") || type.name().equals("jsonb"))) {
        return null;
      }
      String value = DefaultLiterals.quotedValue(defaultSql);
      if (value == null) {
        return null;
      }
      try {
        JsonNode parsed = Json.READER.readTree(value);
        if (parsed == null || parsed.isMissingNode()) {
          return defaultSql + " is not valid JSON: it is empty";
        }
        return null;
      } catch (JsonProcessingException e) {
        return defaultSql + " is not valid JSON: " + jsonSyntaxProblem(value, e);
      }
    }

    /**
     * What is wrong with {@code json}, in plain words with the character where it goes wrong (the
     * parser's own message names its internals).
     */
    private static String jsonSyntaxProblem(String json, JsonProcessingException e) {
      long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
      java.util.regex.Matcher token =
          java.util.regex.Pattern.compile("(?:Unrecognized|Non-standard) token '(.+?)'")
              .matcher(String.valueOf(e.getOriginalMessage()));
      if (token.lookingAt() && offset >= 0) {
        long start = Math.max(0, offset - token.group(1).length());
        return "'" + token.group(1) + "' at character " + (start + 1) + " is not a JSON value";
      }
      if (e instanceof JsonEOFException || offset < 0 || offset >= json.length()) {
        return "it ends before the JSON value does";
      }
      return "unexpected '" + json.charAt((int) offset) + "' at character " + (offset + 1);
    }

    private ColumnType translateType(DataType type, String column) {
      if (type == null) {
        problems.add(column + " has no type");
        return ColumnType.builtin("text");
      }
      if (type.userType() != null && type.enumType() == null) {
        return userTypes.columnType(type, column);
      }
      if (type.enumType() != null) {
        PgEnum e = type.enumType();
        QualifiedName enumName = new QualifiedName(e.schema(), e.name());
        if (!enums.containsKey(enumName)) {
          problems.add(
              column
                  + " uses enum "
                  + enumName
                  + ", which is not declared as a public static field of the schema classes");
        }
        return new ColumnType(e.schema(), e.name(), type.arrayDimensions());
      }
      String canonical = TypeNames.canonical(type.sqlName());
      if (canonical.isEmpty()) {
        problems.add(column + " has an empty type name");
      }
      if (canonical.endsWith("serial") && type.arrayDimensions() > 0) {
        problems.add(column + ": there are no arrays of " + canonical);
      }
      String modifierProblem = TypeNames.modifierProblem(canonical);
      if (modifierProblem != null) {
        problems.add(column + ": " + modifierProblem);
      }
      return new ColumnType(null, canonical, type.arrayDimensions());
    }

    private ForeignKey translateForeignKey(ForeignKeyDef f) {
      String what = where + " foreign key (" + String.join(", ", f.columns()) + ")";
      if (f.target() == null) {
        problems.add(what + " has no references(...)");
        return null;
      }
      QualifiedName target;
      if (f.target().name() != null) {
        target = QualifiedName.parse(f.target().name(), "public");
      } else {
        Table referenced;
        try {
          referenced = f.target().table();
        } catch (RuntimeException | LinkageError e) {
          Throwable cause =
              e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
          problems.add(
              what
                  + ": its references(() -> ...) supplier failed instead of returning the table: "
                  + cause);
          return null;
        }
        if (referenced == null) {
          problems.add(
              what
                  + " references a table that is null when resolved: declare it as a public static"
                  + " final field");
          return null;
        }
        target = new QualifiedName(referenced.schema(), referenced.name());
      }
      requireColumns("foreign key", f.columns());
      List<String> targetColumns = f.targetColumns();
      if (targetColumns.size() != f.columns().size()) {
        problems.add(
            what
                + " has "
                + f.columns().size()
                + " columns but references "
                + targetColumns.size());
      }
      String constraintName =
          claim(f.explicitName(), NameKind.CONSTRAINT, PgNames.joinColumns(f.columns()), "fkey");
      ForeignKey.Deferral deferral =
          ForeignKey.Deferral.of(f.isDeferrable(), f.isInitiallyDeferred());
      return new ForeignKey(
          constraintName,
          f.columns(),
          target,
          targetColumns,
          f.onDeleteAction().sql(),
          f.onUpdateAction().sql(),
          deferral,
          f.isNotValid());
    }

    /** The indexes among the parts, sorted by name (a materialized view has only these). */
    List<Index> indexes() {
      List<Index> indexes = new ArrayList<>();
      for (TablePart part : parts) {
        if (part instanceof IndexDef i) {
          indexes.add(translateIndex(i));
        }
      }
      indexes.sort((a, b) -> a.name().compareTo(b.name()));
      return indexes;
    }

    private IndexElement indexElement(IndexKey key) {
      if (columnsKnown && key.column() != null && !columnNames.contains(key.column())) {
        problems.add(where + " index on unknown column " + key.column());
      }
      String order = key.descending() ? "DESC" : null;
      String nulls = key.nulls();
      if (nulls != null && nulls.equals(key.descending() ? "FIRST" : "LAST")) {
        nulls = null;
      }
      String opclass =
          key.opclass() == null ? null : key.opclass().strip().toLowerCase(Locale.ROOT);
      String expression = key.expression() == null ? null : key.expression().strip();
      if (expression != null && expression.isEmpty()) {
        problems.add(where + " has an index with an empty expression key");
      }
      return new IndexElement(key.column(), expression, opclass, order, nulls);
    }

    private Index translateIndex(IndexDef i) {
      List<IndexElement> elements = new ArrayList<>();
      if (i.keys().isEmpty()) {
        problems.add(where + " has an index with no keys");
      }
      for (IndexKey key : i.keys()) {
        elements.add(indexElement(key));
      }
      if (columnsKnown && !i.includeColumns().isEmpty()) {
        requireColumns("index INCLUDE", i.includeColumns());
      }
      String method = i.method() == null ? null : i.method().strip().toLowerCase(Locale.ROOT);
      if ("btree".equals(method)) {
        method = null;
      }
      String predicate = i.whereClause() == null ? null : i.whereClause().strip();
      if (predicate != null && predicate.isEmpty()) {
        problems.add(where + " has an index with an empty where(...) predicate");
      }
      if (method != null && method.isEmpty()) {
        problems.add(where + " has an index with an empty using(...) method");
      }
      String indexName =
          claim(
              i.explicitName(),
              NameKind.INDEX,
              PgNames.joinColumns(PgNames.indexColumnNames(elements, i.includeColumns())),
              "idx");
      String accessMethod = method;
      List<TableStorage.Parameter> options =
          parameters(
              where + ": index " + indexName,
              i.storageParameters(),
              (key, value) -> StorageParameters.indexProblem(accessMethod, key, value));
      return new Index(
          indexName,
          i.isUnique(),
          i.isNullsNotDistinct(),
          method,
          elements,
          i.includeColumns(),
          predicate,
          options);
    }

    private void requireColumns(String what, List<String> names) {
      if (names.isEmpty()) {
        problems.add(where + " has a " + what + " with no columns");
      }
      for (String column : names) {
        if (!columnNames.contains(column)) {
          problems.add(where + " " + what + " names unknown column " + column);
        }
      }
    }

    private void requireDistinct(String what, List<String> names) {
      if (new HashSet<>(names).size() != names.size()) {
        problems.add(where + " " + what + " lists a column twice: " + names);
      }
    }
  }
}
