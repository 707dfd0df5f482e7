package dev.shale.codegen;

import dev.shale.codegen.Code.Atom;
import dev.shale.codegen.Code.Call;
import dev.shale.codegen.Code.Concat;
import dev.shale.codegen.JavaCodegen.ClassPlan;
import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one class: package, imports, javadoc, a {@code public static final} field per object, and,
 * where the static initializer would pass the JVM's 64 KB limit on a method's code, private methods
 * that hold the parts of the largest tables (each under the limit too). The fields stay the same
 * either way, so code that uses them does not notice.
 */
final class ClassWriter {
  /**
   * Estimated bytes of code a static initializer or method may hold: below the JVM's 65,535, with
   * room for the estimate's error (it counts every constant as a 3-byte load).
   */
  static final int BUDGET = 50_000;

  private static final Set<String> VARARGS =
      Set.of("table", "enumType", "primaryKey", "foreignKey", "index", "include", "references");

  private final ClassPlan plan;
  private final String packageName;
  private final JavaCodegen.NamesAt names;
  private final Set<Object> explicit;
  private final Set<String> imports = new TreeSet<>();

  ClassWriter(ClassPlan plan, String packageName, JavaCodegen.NamesAt names, Set<Object> explicit) {
    this.plan = plan;
    this.packageName = packageName;
    this.names = names;
    this.explicit = explicit;
  }

  /** One field: its type, name and initializer. */
  private record FieldCode(String type, String name, Code init) {}

  /** A private method returning the parts (or one chunk of the parts) of a table. */
  private record PartsMethod(String name, List<Code> parts) {}

  String write() {
    List<FieldCode> fields = new ArrayList<>();
    DslWriter plain = writer(0, false);
    plan.schemaFields.forEach(
        (schema, field) ->
            fields.add(
                new FieldCode(
                    "PgSchema",
                    field,
                    GrantCode.chain(
                        Code.call("schema", Code.atom(JavaLiterals.string(schema))),
                        plan.grants,
                        GrantCode.onSchema(schema)))));
    for (dev.shale.model.Role r : plan.roles) {
      fields.add(new FieldCode("PgRole", plan.fieldNames.get(r), GrantCode.role(r)));
    }
    for (Extension x : plan.extensions) {
      fields.add(new FieldCode("PgExtension", plan.fieldNames.get(x), plain.extension(x)));
    }
    for (EnumType e : plan.enums) {
      fields.add(new FieldCode("PgEnum", plan.fieldNames.get(e), plain.enumType(e)));
    }
    for (Object type : plan.userTypes) {
      if (type instanceof dev.shale.model.Domain d) {
        fields.add(new FieldCode("PgDomain", plan.fieldNames.get(d), plain.domain(d)));
      } else {
        dev.shale.model.CompositeType c = (dev.shale.model.CompositeType) type;
        fields.add(new FieldCode("PgComposite", plan.fieldNames.get(c), plain.composite(c)));
      }
    }
    for (Sequence s : plan.sequences) {
      fields.add(
          new FieldCode(
              "PgSequence",
              plan.fieldNames.get(s),
              GrantCode.chain(plain.sequence(s), plan.grants, GrantCode.onSequence(s.name()))));
    }
    for (dev.shale.model.Routine r : plan.routines) {
      fields.add(
          new FieldCode(
              "PgFunction",
              plan.fieldNames.get(r),
              GrantCode.chain(plain.routine(r), plan.grants, GrantCode.onRoutine(r))));
    }
    int firstTable = fields.size();
    for (int i = 0; i < plan.tables.size(); i++) {
      Table t = plan.tables.get(i);
      DslWriter writer = writer(i, false);
      List<Code> parts = writer.tableParts(new TableParts(t, explicit));
      fields.add(new FieldCode("Table", plan.fieldNames.get(t), table(writer, t, parts)));
    }
    for (View v : plan.views) {
      fields.add(
          new FieldCode(
              "PgView",
              plan.fieldNames.get(v),
              GrantCode.chain(plain.view(v), plan.grants, GrantCode.onView(v))));
    }
    List<PartsMethod> methods = split(fields, firstTable);
    return render(fields, methods);
  }

  private Code table(DslWriter writer, Table t, List<Code> parts) {
    return GrantCode.chain(writer.table(t, parts), plan.grants, GrantCode.onTable(t.name()));
  }

  private DslWriter writer(int position, boolean inMethod) {
    return new DslWriter(names.at(plan, position, inMethod), explicit);
  }

  /**
   * Moves the parts of the largest tables into methods until the static initializer fits the
   * budget; a table too large for one method is cut into several, joined by {@code parts(...)}.
   */
  private List<PartsMethod> split(List<FieldCode> fields, int firstTable) {
    int total = 0;
    for (FieldCode f : fields) {
      total += cost(f.init()) + 3;
    }
    List<PartsMethod> methods = new ArrayList<>();
    List<Integer> largestFirst = new ArrayList<>();
    int[] costs = new int[plan.tables.size()];
    for (int i = 0; i < costs.length; i++) {
      largestFirst.add(i);
      costs[i] = cost(fields.get(firstTable + i).init());
    }
    largestFirst.sort((a, b) -> Integer.compare(costs[b], costs[a]));
    Set<String> methodNames = new HashSet<>(Set.of("parts"));
    boolean joined = false;
    for (int next = 0; total > BUDGET && next < largestFirst.size(); next++) {
      int largest = largestFirst.get(next);
      Table t = plan.tables.get(largest);
      FieldCode field = fields.get(firstTable + largest);
      List<Code> parts = writer(largest, true).tableParts(new TableParts(t, explicit));
      List<List<Code>> chunks = chunks(parts);
      String base = JavaNames.method(field.name(), "Parts");
      List<Code> calls = new ArrayList<>();
      for (int c = 0; c < chunks.size(); c++) {
        String name = base + (chunks.size() == 1 ? "" : Integer.toString(c + 1));
        while (!methodNames.add(name)) {
          name = name + "_";
        }
        methods.add(new PartsMethod(name, chunks.get(c)));
        calls.add(Code.call(name));
      }
      Code argument = calls.size() == 1 ? calls.get(0) : Code.call("parts", calls);
      joined |= calls.size() > 1;
      Code init = table(writer(largest, false), t, List.of(argument));
      total += cost(init) - costs[largest];
      fields.set(firstTable + largest, new FieldCode("Table", field.name(), init));
    }
    if (!methods.isEmpty()) {
      imports.add("TablePart");
    }
    if (joined) {
      methods.add(new PartsMethod("parts", null));
    }
    return methods;
  }

  private static List<List<Code>> chunks(List<Code> parts) {
    List<List<Code>> chunks = new ArrayList<>();
    List<Code> chunk = new ArrayList<>();
    int size = 0;
    for (Code part : parts) {
      int c = cost(part) + 5;
      if (!chunk.isEmpty() && size + c > BUDGET) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        size = 0;
      }
      chunk.add(part);
      size += c;
    }
    chunks.add(chunk);
    return chunks;
  }

  /**
   * About how many bytes of bytecode evaluating {@code code} takes: 3 per constant, field or call,
   * 5 per lambda, and for a varargs call the array it builds (5 per element, 6 to create).
   */
  static int cost(Code code) {
    if (code instanceof Atom a) {
      return a.text().startsWith("() ->") ? 5 : 3;
    }
    if (code instanceof Concat) {
      return 3;
    }
    Call call = (Call) code;
    int total = 3 + (call.receiver() == null ? 0 : cost(call.receiver()));
    boolean varargs =
        VARARGS.contains(call.name())
            || call.name().equals("parts")
            || (call.name().equals("unique") && call.receiver() == null);
    for (Code arg : call.args()) {
      total += cost(arg) + (varargs ? 5 : 0);
    }
    return total + (varargs ? 6 : 0);
  }

  private String render(List<FieldCode> fields, List<PartsMethod> methods) {
    for (FieldCode f : fields) {
      imports.add(f.type());
    }
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    out.append("import static dev.shale.schema.Pg.*;\n\n");
    for (String type : imports) {
      out.append("import dev.shale.schema.").append(type).append(";\n");
    }
    if (!imports.isEmpty()) {
      out.append('\n');
    }
    out.append(javadoc());
    out.append("public final class ").append(plan.name).append(" {\n");
    for (int i = 0; i < fields.size(); i++) {
      FieldCode f = fields.get(i);
      if (i > 0) {
        out.append('\n');
      }
      out.append(CodeLayout.field("public static final " + f.type() + " " + f.name(), f.init()));
    }
    if (!fields.isEmpty()) {
      out.append('\n');
    }
    out.append("  private ").append(plan.name).append("() {}\n");
    for (PartsMethod m : methods) {
      out.append('\n');
      if (m.parts() == null) {
        out.append("  private static TablePart[] parts(TablePart[]... groups) {\n");
        out.append("    return java.util.Arrays.stream(groups)\n");
        out.append("        .flatMap(java.util.Arrays::stream)\n");
        out.append("        .toArray(TablePart[]::new);\n");
        out.append("  }\n");
        continue;
      }
      out.append("  private static TablePart[] ").append(m.name()).append("() {\n");
      out.append("    return new TablePart[] {\n");
      for (int i = 0; i < m.parts().size(); i++) {
        out.append("      ").append(CodeLayout.write(m.parts().get(i), 6, 6, 1));
        out.append(i == m.parts().size() - 1 ? "\n" : ",\n");
      }
      out.append("    };\n");
      out.append("  }\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** The class comment: which schemas it declares, safe for any schema name. */
  private String javadoc() {
    Set<String> schemas = new TreeSet<>(plan.schemaFields.keySet());
    for (Extension x : plan.extensions) {
      schemas.add(x.schema());
    }
    for (dev.shale.model.Routine r : plan.routines) {
      schemas.add(r.name().schema());
    }
    for (EnumType e : plan.enums) {
      schemas.add(e.name().schema());
    }
    for (Object type : plan.userTypes) {
      schemas.add(
          type instanceof dev.shale.model.Domain d
              ? d.name().schema()
              : ((dev.shale.model.CompositeType) type).name().schema());
    }
    for (Sequence s : plan.sequences) {
      schemas.add(s.name().schema());
    }
    for (Table t : plan.tables) {
      schemas.add(t.name().schema());
    }
    for (View v : plan.views) {
      schemas.add(v.name().schema());
    }
    if (schemas.isEmpty()) {
      schemas.add("public");
    }
    List<String> quoted = schemas.stream().map(s -> "{@code " + commentSafe(s) + "}").toList();
    String text =
        (quoted.size() == 1 ? "The PostgreSQL schema " : "The PostgreSQL schemas ")
            + String.join(", ", quoted)
            + ", as Shale's Java DSL (written by shale pull).";
    return wrap(text);
  }

  /** Text for a comment that neither ends it, nor forms a unicode escape, nor breaks braces. */
  private static String commentSafe(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("&#92;");
      } else if (c == '/' && i > 0 && text.charAt(i - 1) == '*') {
        out.append("&#47;");
      } else if (c == '{' || c == '}' || c == '@' || c == '<' || c == '>' || c == '&') {
        out.append("&#").append((int) c).append(';');
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String wrap(String text) {
    String oneLine = "/** " + text + " */\n";
    if (oneLine.length() <= CodeLayout.WIDTH + 1) {
      return oneLine;
    }
    StringBuilder out = new StringBuilder("/**\n");
    StringBuilder line = new StringBuilder(" *");
    for (String word : text.split(" ")) {
      if (line.length() + 1 + word.length() > CodeLayout.WIDTH && line.length() > 2) {
        out.append(line).append('\n');
        line = new StringBuilder(" *");
      }
      line.append(' ').append(word);
    }
    out.append(line).append("\n */\n");
    return out.toString();
  }
}
