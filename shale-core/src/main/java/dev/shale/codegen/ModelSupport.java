package dev.shale.codegen;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.SequenceOptions;
import dev.shale.model.Table;
import dev.shale.model.TypeNames;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What of a model the DSL can declare. The loader normalizes what it reads (SQL text stripped,
 * index methods and operator classes in lower case, DEFAULT NULL dropped, primary key and identity
 * columns NOT NULL, …), so a model holding the un-normalized form, or a feature the DSL has no call
 * for, could never be loaded back: each such thing is named here instead of being written wrongly.
 */
final class ModelSupport {
  private static final Set<String> ACTIONS =
      Set.of("NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT");

  private final SchemaModel model;
  private final List<String> problems = new ArrayList<>();
  private final Set<QualifiedName> tables = new HashSet<>();
  private final Set<QualifiedName> enums = new HashSet<>();

  private ModelSupport(SchemaModel model) {
    this.model = model;
    model.tables().forEach(t -> tables.add(t.name()));
    model.enums().forEach(e -> enums.add(e.name()));
    model.domains().forEach(d -> enums.add(d.name()));
    model.composites().forEach(c -> enums.add(c.name()));
  }

  static List<String> problems(SchemaModel model) {
    return new ModelSupport(model).check();
  }

  private List<String> check() {
    Set<String> schemas = new HashSet<>(model.schemas());
    if (schemas.contains("public")) {
      problems.add("the schema list holds public, which the loader never lists");
    }
    List<QualifiedName> objects = new ArrayList<>();
    model.enums().forEach(e -> objects.add(e.name()));
    model.sequences().forEach(s -> objects.add(s.name()));
    model.tables().forEach(t -> objects.add(t.name()));
    model.views().forEach(v -> objects.add(v.name()));
    for (QualifiedName name : objects) {
      if (!name.schema().equals("public") && !schemas.contains(name.schema())) {
        problems.add(
            name + " is in schema " + name.schema() + ", which the model's schema list lacks");
      }
    }
    for (EnumType e : model.enums()) {
      if (e.values().isEmpty()) {
        problems.add("enum " + e.name() + " has no values; the DSL needs at least one");
      }
    }
    for (Sequence s : model.sequences()) {
      if (!TypeNames.isInteger(s.dataType())) {
        problems.add("sequence " + s.name() + " has type " + s.dataType());
      } else {
        options("sequence " + s.name(), s.dataType(), s.options());
      }
      if (s.ownedBy() != null && !s.ownedBy().table().schema().equals(s.name().schema())) {
        problems.add("sequence " + s.name() + " is owned by " + s.ownedBy() + " of another schema");
      }
    }
    for (Table t : model.tables()) {
      table(t);
    }
    for (View v : model.views()) {
      String query = v.query();
      if (!normalized(query) || query.endsWith(";")) {
        problems.add(
            "view "
                + v.name()
                + ": its query is not as the loader keeps it (stripped, without a final ';')");
      }
    }
    return problems;
  }

  private static boolean normalized(String sql) {
    return sql != null && !sql.isEmpty() && sql.equals(sql.strip());
  }

  private void table(Table t) {
    String where = "table " + t.name();
    Set<String> keyColumns = new HashSet<>();
    if (t.primaryKey() != null) {
      keyColumns.addAll(t.primaryKey().columns());
    }
    for (Column c : t.columns()) {
      column(where + " column " + c.name(), c, keyColumns.contains(c.name()));
    }
    if (t.security().forced() && !t.security().enabled()) {
      problems.add(
          where
              + ": row level security is forced but not enabled, which the DSL cannot say"
              + " (rowLevelSecurity().force() enables it too)");
    }
    for (CheckConstraint c : t.checks()) {
      if (!normalized(c.expression())) {
        problems.add(where + " check " + c.name() + ": the expression is empty or not stripped");
      }
    }
    for (ForeignKey f : t.foreignKeys()) {
      String what = where + " foreign key " + f.name();
      if (!ACTIONS.contains(f.onDelete()) || !ACTIONS.contains(f.onUpdate())) {
        problems.add(
            what
                + ": ON DELETE "
                + f.onDelete()
                + " ON UPDATE "
                + f.onUpdate()
                + ": the DSL has NO ACTION, RESTRICT, CASCADE, SET NULL and SET DEFAULT"
                + " (without a column list)");
      }
      if (!tables.contains(f.targetTable())) {
        problems.add(
            what
                + " references "
                + f.targetTable()
                + ", which is not in the model; the loader refuses a foreign key to a table the"
                + " schema does not declare (pull that table too)");
      }
    }
    for (Index i : t.indexes()) {
      index(where + " index " + i.name(), i);
    }
  }

  private void column(String what, Column c, boolean inPrimaryKey) {
    if (c.type().isUserDefined()) {
      if (!enums.contains(c.type().userType())) {
        problems.add(
            what + " has type " + c.type() + ", which is not an enum, domain or type of the model");
      }
    } else if (!TypeNames.canonical(c.type().name()).equals(c.type().name())) {
      problems.add(
          what
              + " has type "
              + c.type().name()
              + ", which the loader would read as "
              + TypeNames.canonical(c.type().name()));
    }
    if (c.type().isSerial() && c.type().isArray()) {
      problems.add(what + " is an array of " + c.type().name());
    }
    int kinds =
        (c.defaultExpression() != null ? 1 : 0)
            + (c.identity() != null ? 1 : 0)
            + (c.generatedExpression() != null ? 1 : 0)
            + (c.type().isSerial() ? 1 : 0);
    if (kinds > 1) {
      problems.add(what + " has more than one of a default, identity, serial and generated");
    }
    String defaultSql = c.defaultExpression();
    if (defaultSql != null
        && (!normalized(defaultSql) || defaultSql.toLowerCase(Locale.ROOT).equals("null"))) {
      problems.add(
          what + ": default " + defaultSql + " is not as the loader keeps it (stripped, not NULL)");
    }
    if (c.generatedExpression() != null && !normalized(c.generatedExpression())) {
      problems.add(what + ": the generated expression is empty or not stripped");
    }
    boolean impliedNotNull = inPrimaryKey || c.identity() != null || c.type().isSerial();
    if (impliedNotNull && !c.notNull()) {
      problems.add(
          what + " is nullable, but a primary key, identity or serial column is always NOT NULL");
    }
    if (c.identity() != null && TypeNames.isInteger(c.type().name()) && !c.type().isArray()) {
      options(what + " identity", c.type().name(), c.identity().options());
    }
    if (c.identity() != null
        && (c.type().isUserDefined()
            || c.type().isArray()
            || !TypeNames.isInteger(c.type().name()))) {
      problems.add(what + " is an identity column of type " + c.type());
    }
  }

  /** Options as the loader keeps them: each one equal to PostgreSQL's default left out. */
  private void options(String what, String type, SequenceOptions o) {
    SequenceOptions canonical =
        SequenceOptions.canonical(
            type, o.start(), o.increment(), o.minValue(), o.maxValue(), o.cache(), o.cycle());
    if (!canonical.equals(o)) {
      problems.add(
          what + ": options " + o + " are not as the loader keeps them (" + canonical + ")");
    }
  }

  private void index(String what, Index i) {
    if (i.elements().isEmpty()) {
      problems.add(what + " has no keys");
    }
    if (i.method() != null
        && (!normalized(i.method())
            || !i.method().equals(i.method().toLowerCase(Locale.ROOT))
            || i.method().equals("btree"))) {
      problems.add(what + ": method " + i.method() + " is not as the loader keeps it");
    }
    if (i.where() != null && !normalized(i.where())) {
      problems.add(what + ": the predicate is empty or not stripped");
    }
    for (IndexElement e : i.elements()) {
      if ((e.column() == null) == (e.expression() == null)) {
        problems.add(what + " has a key that is not exactly one of a column and an expression");
      }
      if (e.expression() != null && !normalized(e.expression())) {
        problems.add(what + ": the key expression is empty or not stripped");
      }
      if (e.opclass() != null
          && (!normalized(e.opclass())
              || !e.opclass().equals(e.opclass().toLowerCase(Locale.ROOT)))) {
        problems.add(what + ": operator class " + e.opclass() + " is not in lower case");
      }
      if (e.order() != null && !e.order().equals("DESC")) {
        problems.add(what + ": key order " + e.order() + " (the model keeps null for ASC)");
      }
      String defaultNulls = "DESC".equals(e.order()) ? "FIRST" : "LAST";
      if (e.nulls() != null
          && (!Set.of("FIRST", "LAST").contains(e.nulls()) || e.nulls().equals(defaultNulls))) {
        problems.add(what + ": NULLS " + e.nulls() + " (the model keeps null for the default)");
      }
    }
  }
}
