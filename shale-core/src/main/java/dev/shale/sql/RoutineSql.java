package dev.shale.sql;

import static dev.shale.sql.Identifiers.literal;
import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;

import dev.shale.model.Routine;
import dev.shale.model.RoutineArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CREATE statement of a function or procedure, with its body verbatim between dollar quotes.
 */
final class RoutineSql {
  private RoutineSql() {}

  static String create(Routine r, boolean replace) {
    StringBuilder sql =
        new StringBuilder("CREATE ")
            .append(replace ? "OR REPLACE " : "")
            .append(r.kind().toUpperCase(Locale.ROOT))
            .append(' ')
            .append(qualified(r.name()))
            .append('(')
            .append(arguments(r.arguments()))
            .append(')');
    if (r.returns() != null) {
      sql.append("\nRETURNS ").append(r.returns());
    }
    sql.append("\nLANGUAGE ").append(quote(r.language()));
    List<String> options = new ArrayList<>();
    if (!r.volatility().equals("volatile")) {
      options.add(r.volatility().toUpperCase(Locale.ROOT));
    }
    if (r.strict()) {
      options.add("STRICT");
    }
    if (r.securityDefiner()) {
      options.add("SECURITY DEFINER");
    }
    if (!r.parallel().equals("unsafe")) {
      options.add("PARALLEL " + r.parallel().toUpperCase(Locale.ROOT));
    }
    if (!options.isEmpty()) {
      sql.append('\n').append(String.join(" ", options));
    }
    for (String setting : r.settings()) {
      int eq = setting.indexOf('=');
      String name = setting.substring(0, eq);
      sql.append("\nSET ")
          .append(name)
          .append(" = ")
          .append(value(name, setting.substring(eq + 1)));
    }
    String tag = tag(r.body());
    return sql.append("\nAS ").append(tag).append(r.body()).append(tag).toString();
  }

  private static String arguments(List<RoutineArgument> arguments) {
    List<String> each = new ArrayList<>();
    for (RoutineArgument a : arguments) {
      StringBuilder arg = new StringBuilder();
      if (!a.mode().equals("in")) {
        arg.append(a.mode().toUpperCase(Locale.ROOT)).append(' ');
      }
      if (a.name() != null) {
        arg.append(quote(a.name())).append(' ');
      }
      arg.append(a.type());
      if (a.defaultValue() != null) {
        arg.append(" DEFAULT ").append(a.defaultValue());
      }
      each.add(arg.toString());
    }
    return String.join(", ", each);
  }

  /**
   * A setting's value as SET takes it: a search_path as the list of names proconfig holds ({@code
   * ""}, the empty name, written {@code ''}), anything else as a string literal.
   */
  private static String value(String name, String value) {
    if (!name.equals("search_path")) {
      return literal(value);
    }
    return String.join(
        ", ",
        java.util.Arrays.stream(value.split(", ", -1))
            .map(v -> v.equals("\"\"") ? "''" : v)
            .toList());
  }

  /** {@code $$}, or a tag that the body does not hold (nor end with a part of). */
  static String tag(String body) {
    String tag = "$$";
    for (int i = 0; (body + tag).indexOf(tag) != body.length(); i++) {
      tag = "$" + (i == 0 ? "body" : "body" + i) + "$";
    }
    return tag;
  }
}
