package dev.shale.loader;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.EnumType;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import dev.shale.model.Routine;
import dev.shale.model.RoutineArgument;
import dev.shale.model.TypeNames;
import dev.shale.schema.DataType;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Declared functions and procedures as model routines, with types spelled as the server prints a
 * routine's signature (with {@code search_path} = public: no type modifiers, public types
 * unqualified), so that what is declared compares equal to what introspection reads.
 */
final class RoutineTranslator {
  private final Map<QualifiedName, EnumType> enums;
  private final List<String> problems;

  /** Whether a domain or composite type is declared. */
  private final java.util.function.Predicate<QualifiedName> userTypes;

  private RoutineTranslator(
      Map<QualifiedName, EnumType> enums,
      List<String> problems,
      java.util.function.Predicate<QualifiedName> userTypes) {
    this.enums = enums;
    this.problems = problems;
    this.userTypes = userTypes;
  }

  static List<Routine> translate(
      List<Declared<PgFunction>> declared,
      Set<String> schemas,
      Map<QualifiedName, EnumType> enums,
      List<String> problems) {
    return translate(declared, schemas, enums, problems, n -> false);
  }

  static List<Routine> translate(
      List<Declared<PgFunction>> declared,
      Set<String> schemas,
      Map<QualifiedName, EnumType> enums,
      List<String> problems,
      java.util.function.Predicate<QualifiedName> userTypes) {
    RoutineTranslator translator = new RoutineTranslator(enums, problems, userTypes);
    Map<String, Routine> bySignature = new TreeMap<>();
    for (Declared<PgFunction> each : declared) {
      PgFunction f = each.object();
      String what = (f.procedure() ? "procedure " : "function ") + f.schema() + "." + f.name();
      Routine routine = translator.routine(f, what + " (" + each.origin() + ")");
      if (routine == null) {
        continue;
      }
      schemas.add(f.schema());
      Routine earlier = bySignature.putIfAbsent(routine.signature(), routine);
      if (earlier != null && !earlier.equals(routine)) {
        problems.add(
            routine.kind()
                + " "
                + routine.signature()
                + " is declared twice, differently (again by "
                + each.origin()
                + "): overloads need other input argument types");
      }
    }
    return List.copyOf(bySignature.values());
  }

  private Routine routine(PgFunction f, String what) {
    int before = problems.size();
    String problem = Identifiers.problem(f.name());
    if (problem != null) {
      problems.add(what + ": " + problem);
    }
    if (f.language() == null || f.language().isBlank()) {
      problems.add(what + " has no language(...) (plpgsql, sql, …)");
    }
    if (f.body() == null) {
      problems.add(what + " has no body(...)");
    }
    List<RoutineArgument> arguments = new ArrayList<>();
    for (PgFunction.Argument a : f.arguments()) {
      String type = type(a.type(), what + " argument " + a.name());
      if (a.defaultValue() != null && a.defaultValue().isBlank()) {
        problems.add(what + " argument " + a.name() + ": the default is empty");
      }
      arguments.add(new RoutineArgument(a.mode(), a.name(), type, a.defaultValue()));
    }
    String returns = returns(f, arguments, what);
    if (f.procedure()
        && (!f.volatility().equals("volatile") || f.isStrict() || !f.parallel().equals("unsafe"))) {
      problems.add(what + ": a procedure has no volatility, strictness or parallel safety");
    }
    List<String> settings = new ArrayList<>();
    f.settings()
        .forEach(
            (name, value) -> {
              String parameter = name.trim().toLowerCase(Locale.ROOT);
              if (parameter.isEmpty() || parameter.contains("=")) {
                problems.add(what + ": set(\"" + name + "\", …) is not a parameter name");
              }
              settings.add(parameter + "=" + settingValue(parameter, value));
            });
    if (problems.size() > before) {
      return null;
    }
    return new Routine(
        new QualifiedName(f.schema(), f.name()),
        f.procedure(),
        arguments,
        returns,
        f.language().trim().toLowerCase(Locale.ROOT),
        f.volatility(),
        f.isStrict(),
        f.isSecurityDefiner(),
        f.parallel(),
        settings,
        f.body());
  }

  /**
   * The result as pg_get_function_result prints it: the declared one, or what OUT arguments make it
   * (their type, or {@code record} for several); null for a procedure.
   */
  private String returns(PgFunction f, List<RoutineArgument> arguments, String what) {
    List<RoutineArgument> outputs =
        arguments.stream().filter(a -> a.mode().equals("out") || a.mode().equals("inout")).toList();
    if (f.procedure()) {
      if (f.returnType() != null || f.returnsText() != null) {
        problems.add(what + ": a procedure returns nothing (use out(...) arguments)");
      }
      return null;
    }
    String declared = null;
    if (f.returnType() != null) {
      declared = (f.returnsSet() ? "SETOF " : "") + type(f.returnType(), what + " result");
    } else if (f.returnsText() != null) {
      declared = resultText(f.returnsText());
    }
    String fromOutputs =
        outputs.isEmpty() ? null : outputs.size() == 1 ? outputs.get(0).type() : "record";
    if (declared == null && fromOutputs == null) {
      problems.add(what + " has no returns(...) (\"void\" when it returns nothing)");
    }
    return declared != null ? declared : fromOutputs;
  }

  /** {@code int} as {@code integer}, {@code setof int} as {@code SETOF integer}; TABLE as given. */
  static String resultText(String text) {
    String trimmed = text.trim();
    if (trimmed.regionMatches(true, 0, "setof ", 0, 6)) {
      return "SETOF " + unmodified(TypeNames.canonical(trimmed.substring(6)));
    }
    if (trimmed.regionMatches(true, 0, "table", 0, 5)
        && trimmed.substring(5).stripLeading().startsWith("(")) {
      return trimmed;
    }
    return unmodified(TypeNames.canonical(trimmed));
  }

  /** A signature's types have no modifiers: {@code character varying(20)} is printed without. */
  private static String unmodified(String type) {
    return type.replaceAll("\\(\\s*\\d+\\s*(,\\s*-?\\d+\\s*)?\\)", "");
  }

  private String type(DataType type, String what) {
    String base;
    if (type.userType() != null) {
      dev.shale.schema.UserType e = type.userType();
      QualifiedName name = new QualifiedName(e.schema(), e.name());
      boolean declared = e instanceof PgEnum ? enums.containsKey(name) : userTypes.test(name);
      if (!declared) {
        problems.add(
            what
                + " uses "
                + e
                + ", which is not declared as a public static field of the schema classes");
      }
      base = dev.shale.sql.Identifiers.qualified(e.schema(), e.name());
    } else {
      base = unmodified(TypeNames.canonical(type.sqlName()));
      if (base.isEmpty()) {
        problems.add(what + " has an empty type name");
      } else if (base.endsWith("serial")) {
        problems.add(what + ": " + base + " is a column shorthand, not a type");
      }
    }
    return base + "[]".repeat(Math.min(1, type.arrayDimensions()));
  }

  /**
   * A setting's value as proconfig keeps it: a search_path as a list of names joined by {@code ",
   * "} ({@code ""} for the empty path), others as given.
   */
  static String settingValue(String parameter, String value) {
    if (!parameter.equals("search_path")) {
      return value;
    }
    List<String> names = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String name = part.trim();
      names.add(name.isEmpty() || name.equals("''") ? "\"\"" : name);
    }
    return String.join(", ", names);
  }
}
