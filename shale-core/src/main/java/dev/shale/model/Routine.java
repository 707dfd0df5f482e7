package dev.shale.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A function or procedure written in a procedural language ({@code CREATE FUNCTION}, {@code CREATE
 * PROCEDURE}). Its identity is its name and input argument types: overloads are distinct objects.
 * Types, return types and argument defaults are spelled as the server prints them with {@code
 * search_path} = public; the body is compared as the server stores it ({@code prosrc}).
 *
 * @param name the schema and name
 * @param procedure a procedure (no return type, no volatility or strictness) rather than a function
 * @param arguments every argument, in order, output arguments included
 * @param returns the result as {@code pg_get_function_result} prints it ({@code integer}, {@code
 *     SETOF text}, {@code trigger}, {@code TABLE(a integer)}); null for a procedure
 * @param language the language, lower case ({@code plpgsql}, {@code sql})
 * @param volatility {@code volatile}, {@code stable} or {@code immutable}
 * @param strict RETURNS NULL ON NULL INPUT
 * @param securityDefiner runs with the privileges of its owner
 * @param parallel {@code unsafe}, {@code restricted} or {@code safe}
 * @param settings SET options as {@code name=value}, sorted, as {@code proconfig} holds them
 * @param body the source text between the dollar quotes, verbatim
 */
public record Routine(
    QualifiedName name,
    boolean procedure,
    List<RoutineArgument> arguments,
    String returns,
    String language,
    String volatility,
    boolean strict,
    boolean securityDefiner,
    String parallel,
    List<String> settings,
    String body) {

  public static final List<String> VOLATILITIES = List.of("volatile", "stable", "immutable");
  public static final List<String> PARALLEL = List.of("unsafe", "restricted", "safe");

  public Routine {
    arguments = List.copyOf(arguments);
    settings = settings.stream().sorted().toList();
  }

  /** The input argument types, as the identity of overloads: {@code integer, text}. */
  public String identityArguments() {
    return arguments.stream()
        .filter(RoutineArgument::isInput)
        .map(RoutineArgument::type)
        .collect(Collectors.joining(", "));
  }

  /** {@code schema.name(integer, text)}: what tells overloads apart. */
  public String signature() {
    return name + "(" + identityArguments() + ")";
  }

  public String kind() {
    return procedure ? "procedure" : "function";
  }

  /** The value of SET option {@code setting}, or null. */
  public String setting(String setting) {
    for (String s : settings) {
      int eq = s.indexOf('=');
      if (s.substring(0, eq).equals(setting)) {
        return s.substring(eq + 1);
      }
    }
    return null;
  }

  /**
   * Whether {@code CREATE OR REPLACE} can turn this routine into {@code to}: the same kind, result
   * and arguments (modes, names and types), and no argument default taken away.
   */
  public boolean replaceableBy(Routine to) {
    if (procedure != to.procedure
        || !java.util.Objects.equals(returns, to.returns)
        || arguments.size() != to.arguments.size()) {
      return false;
    }
    for (int i = 0; i < arguments.size(); i++) {
      RoutineArgument a = arguments.get(i);
      RoutineArgument b = to.arguments.get(i);
      if (!a.mode().equals(b.mode())
          || !java.util.Objects.equals(a.name(), b.name())
          || !a.type().equals(b.type())
          || a.defaultValue() != null && b.defaultValue() == null) {
        return false;
      }
    }
    return true;
  }
}
