package dev.shale.codegen;

import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a schema model as Java source in Shale's DSL (for {@code shale pull}), such that loading
 * the source gives back exactly the same model, and reads as if written by hand.
 *
 * <ul>
 *   <li><b>Classes</b>: one per PostgreSQL schema unless {@link CodegenOptions#className()} names
 *       one class for all. A schema's class is its name in PascalCase with {@code Schema} appended
 *       ({@code public} → {@code PublicSchema}, {@code billing_v2} → {@code BillingV2Schema};
 *       {@code Schema} first when the name starts with a digit), so that it never collides with the
 *       DSL's own types or with {@code java.lang}; two schemas that give one name are numbered
 *       ({@code MyAppSchema2}).
 *   <li><b>Order</b> in a class: the {@code PgSchema} fields, enums, sequences, tables, views.
 *       Tables come in dependency order: a table that a foreign key references comes before the
 *       table that references it, so {@code references(() -> USERS, "id")} names it directly; a
 *       reference to its own table, to a table further down (a cycle) or to another class goes
 *       through the class ({@code () -> PublicSchema.USERS}), which Java allows because the lambda
 *       runs only after every field is set.
 *   <li><b>Fields</b> are the SQL names as constants ({@code "userId"} → {@code USER_ID}, {@code
 *       "Straße"} → {@code STRASSE}, {@code "2fa"} → {@code _2FA}), numbered on a clash ({@code
 *       USER_ID_2}); upper case never meets a Java keyword. The SQL names stay exact in the
 *       strings.
 *   <li><b>Names</b> of keys, checks, foreign keys and indexes are written only where they differ
 *       from the one PostgreSQL (and the loader) would give ({@link DefaultNames}).
 *   <li><b>Size</b>: a class whose static initializer would pass the JVM's 64 KB method limit moves
 *       the parts of its largest tables into private methods ({@link ClassWriter}), so a table of
 *       1,600 columns or a schema of thousands of tables still compiles, with the same fields.
 * </ul>
 */
public final class JavaCodegen {
  /** Names that the static import of {@code Pg.*} brings in and a field must not shadow. */
  static final Set<String> PG_CONSTANTS =
      Set.of("NO_ACTION", "RESTRICT", "CASCADE", "SET_NULL", "SET_DEFAULT");

  /** Types the generated files import; a generated class must not take their names. */
  static final Set<String> IMPORTED_TYPES =
      Set.of(
          "Pg",
          "PgSchema",
          "PgExtension",
          "PgFunction",
          "PgEnum",
          "PgDomain",
          "PgComposite",
          "PgSequence",
          "PgView",
          "PgRole",
          "Table",
          "TablePart");

  private final SchemaModel model;
  private final CodegenOptions options;
  private final Map<String, ClassPlan> classes = new LinkedHashMap<>();
  private final Map<QualifiedName, Field> tableFields = new HashMap<>();
  private final Map<QualifiedName, Field> enumFields = new HashMap<>();

  /**
   * A field: the class that declares it, its name, and where it stands among its class's fields.
   */
  record Field(ClassPlan owner, String name, int position) {}

  /** What one generated class declares, in order. */
  static final class ClassPlan {
    final String name;
    final Map<String, String> schemaFields = new LinkedHashMap<>();
    final List<Extension> extensions = new ArrayList<>();
    final List<dev.shale.model.Routine> routines = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();

    /** Domains and composite types, each after the ones it uses. */
    final List<Object> userTypes = new ArrayList<>();

    final List<Sequence> sequences = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<View> views = new ArrayList<>();
    final List<dev.shale.model.Role> roles = new ArrayList<>();

    /** Every grant of the model; each object's class writes its own. */
    List<dev.shale.model.Grant> grants = List.of();

    final Map<Object, String> fieldNames = new HashMap<>();

    ClassPlan(String name) {
      this.name = name;
    }
  }

  private JavaCodegen(SchemaModel model, CodegenOptions options) {
    this.model = model;
    this.options = options;
  }

  /**
   * The Java sources that declare {@code model}, one per class, sorted by path.
   *
   * @throws UnsupportedModelException when the model holds something the DSL cannot declare
   */
  public static List<GeneratedSource> generate(SchemaModel model, CodegenOptions options) {
    List<String> problems = ModelSupport.problems(model);
    if (!problems.isEmpty()) {
      throw new UnsupportedModelException(problems);
    }
    if (options.className() != null && IMPORTED_TYPES.contains(options.className())) {
      throw new IllegalArgumentException(
          "class " + options.className() + " would hide Shale's type of that name: choose another");
    }
    return new JavaCodegen(model, options).run();
  }

  private List<GeneratedSource> run() {
    plan();
    Set<Object> explicit = DefaultNames.explicit(model);
    List<GeneratedSource> sources = new ArrayList<>();
    for (ClassPlan plan : classes.values()) {
      String text = new ClassWriter(plan, options.packageName(), this::names, explicit).write();
      Path path =
          options.packageName().isEmpty()
              ? Path.of(plan.name + ".java")
              : Path.of(options.packageName().replace('.', '/'), plan.name + ".java");
      sources.add(new GeneratedSource(path, text));
    }
    sources.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
    return sources;
  }

  /** Sorts every object into its class and names its field. */
  private void plan() {
    Set<String> schemas = new TreeSet<>(model.schemas());
    model.extensions().forEach(e -> schemas.add(e.schema()));
    model.routines().forEach(r -> schemas.add(r.name().schema()));
    model.enums().forEach(e -> schemas.add(e.name().schema()));
    model.domains().forEach(d -> schemas.add(d.name().schema()));
    model.composites().forEach(c -> schemas.add(c.name().schema()));
    model.sequences().forEach(s -> schemas.add(s.name().schema()));
    model.tables().forEach(t -> schemas.add(t.name().schema()));
    model.views().forEach(v -> schemas.add(v.name().schema()));
    model.grants().forEach(g -> schemas.add(g.schema()));
    if (schemas.isEmpty()) {
      schemas.add("public");
    }
    JavaNames.Allocator classNames = new JavaNames.Allocator("", IMPORTED_TYPES);
    Map<String, ClassPlan> bySchema = new HashMap<>();
    for (String schema : schemas) {
      String name =
          options.className() != null
              ? options.className()
              : classNames.allocate(JavaNames.schemaClass(schema));
      ClassPlan plan = classes.computeIfAbsent(name, ClassPlan::new);
      bySchema.put(schema, plan);
    }
    Map<ClassPlan, JavaNames.Allocator> fieldNames = new HashMap<>();
    Set<String> reserved = new HashSet<>(PG_CONSTANTS);
    if (!model.grants().isEmpty()) {
      reserved.addAll(GrantCode.PRIVILEGE_CONSTANTS);
    }
    for (ClassPlan plan : classes.values()) {
      fieldNames.put(plan, new JavaNames.Allocator("_", reserved));
      plan.grants = model.grants();
    }
    ClassPlan rolesPlan = bySchema.getOrDefault("public", classes.values().iterator().next());
    for (dev.shale.model.Role r : model.roles()) {
      rolesPlan.roles.add(r);
      rolesPlan.fieldNames.put(
          r, fieldNames.get(rolesPlan).allocate(JavaNames.constant(r.name(), "ROLE")));
    }
    for (String schema : schemas) {
      boolean publicGrants =
          schema.equals("public")
              && model.grants().stream().anyMatch(GrantCode.onSchema("public")::test);
      if (!schema.equals("public") || publicGrants) {
        ClassPlan plan = bySchema.get(schema);
        plan.schemaFields.put(
            schema, fieldNames.get(plan).allocate(JavaNames.constant(schema, "SCHEMA")));
      }
    }
    for (Extension x : model.extensions()) {
      ClassPlan plan = bySchema.get(x.schema());
      plan.extensions.add(x);
      plan.fieldNames.put(
          x, fieldNames.get(plan).allocate(JavaNames.constant(x.name(), "EXTENSION")));
    }
    for (EnumType e : model.enums()) {
      ClassPlan plan = bySchema.get(e.name().schema());
      plan.enums.add(e);
      String name = fieldNames.get(plan).allocate(JavaNames.constant(e.name().name(), "ENUM"));
      plan.fieldNames.put(e, name);
      enumFields.put(e.name(), new Field(plan, name, -1));
    }
    for (QualifiedName type : UserTypeOrder.of(model)) {
      Object object =
          model.domain(type).map(Object.class::cast).orElseGet(() -> model.composite(type).get());
      ClassPlan plan = bySchema.get(type.schema());
      plan.userTypes.add(object);
      String name =
          fieldNames
              .get(plan)
              .allocate(
                  JavaNames.constant(
                      type.name(), object instanceof dev.shale.model.Domain ? "DOMAIN" : "TYPE"));
      plan.fieldNames.put(object, name);
      enumFields.put(type, new Field(plan, name, -1));
    }
    for (Sequence s : model.sequences()) {
      ClassPlan plan = bySchema.get(s.name().schema());
      plan.sequences.add(s);
      plan.fieldNames.put(
          s, fieldNames.get(plan).allocate(JavaNames.constant(s.name().name(), "SEQUENCE")));
    }
    for (dev.shale.model.Routine r : model.routines()) {
      ClassPlan plan = bySchema.get(r.name().schema());
      plan.routines.add(r);
      plan.fieldNames.put(
          r,
          fieldNames
              .get(plan)
              .allocate(
                  JavaNames.constant(r.name().name(), r.procedure() ? "PROCEDURE" : "FUNCTION")));
    }
    Map<ClassPlan, List<Table>> tables = new LinkedHashMap<>();
    for (Table t : model.tables()) {
      tables.computeIfAbsent(bySchema.get(t.name().schema()), k -> new ArrayList<>()).add(t);
    }
    tables.forEach(
        (plan, list) -> {
          plan.tables.addAll(dependencyOrder(list));
          for (int i = 0; i < plan.tables.size(); i++) {
            Table t = plan.tables.get(i);
            String name =
                fieldNames.get(plan).allocate(JavaNames.constant(t.name().name(), "TABLE"));
            plan.fieldNames.put(t, name);
            tableFields.put(t.name(), new Field(plan, name, i));
          }
        });
    for (View v : model.views()) {
      ClassPlan plan = bySchema.get(v.name().schema());
      plan.views.add(v);
      plan.fieldNames.put(
          v, fieldNames.get(plan).allocate(JavaNames.constant(v.name().name(), "VIEW")));
    }
  }

  /**
   * The tables with every foreign key's target before the table that references it, where cycles
   * allow; otherwise in the model's (name) order. Of the tables ready at each step, the first by
   * name goes next; in a cycle, the first by name of those left.
   */
  static List<Table> dependencyOrder(List<Table> tables) {
    Set<QualifiedName> here = new HashSet<>();
    tables.forEach(t -> here.add(t.name()));
    List<Table> left = new ArrayList<>(tables);
    Set<QualifiedName> placed = new HashSet<>();
    List<Table> order = new ArrayList<>();
    while (!left.isEmpty()) {
      Table next = left.get(0);
      for (Table candidate : left) {
        if (ready(candidate, here, placed)) {
          next = candidate;
          break;
        }
      }
      left.remove(next);
      placed.add(next.name());
      order.add(next);
    }
    return order;
  }

  private static boolean ready(Table t, Set<QualifiedName> here, Set<QualifiedName> placed) {
    for (ForeignKey f : t.foreignKeys()) {
      QualifiedName target = f.targetTable();
      if (!target.equals(t.name()) && here.contains(target) && !placed.contains(target)) {
        return false;
      }
    }
    return true;
  }

  /** How {@code plan}'s code, at field {@code position} of its tables, names other objects. */
  private DslWriter.Names names(ClassPlan plan, int position, boolean inMethod) {
    return new DslWriter.Names() {
      @Override
      public Code schema(String schema) {
        return schema.equals("public") ? null : Code.atom(plan.schemaFields.get(schema));
      }

      @Override
      public String table(QualifiedName table) {
        Field field = tableFields.get(table);
        boolean direct = field.owner() == plan && (inMethod || field.position() < position);
        return direct ? field.name() : field.owner().name + "." + field.name();
      }

      @Override
      public String enumType(QualifiedName enumType) {
        Field field = enumFields.get(enumType);
        return field.owner() == plan ? field.name() : field.owner().name + "." + field.name();
      }

      @Override
      public QualifiedName enumPrinted(String printed) {
        for (QualifiedName e : enumFields.keySet()) {
          String inSignature = dev.shale.sql.Identifiers.qualified(e.schema(), e.name());
          if (inSignature.equals(printed)) {
            return e;
          }
        }
        return null;
      }
    };
  }

  /** Gives the {@link DslWriter.Names} of a class at a position. */
  interface NamesAt {
    DslWriter.Names at(ClassPlan plan, int position, boolean inMethod);
  }
}
