package dev.shale.codegen;

import static dev.shale.codegen.Code.atom;

import dev.shale.codegen.Code.Atom;
import dev.shale.codegen.Code.Call;
import dev.shale.codegen.Code.Concat;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out {@link Code} in the manner of google-java-format, at 100 columns: an expression stays on
 * one line when it fits; otherwise a call breaks after its {@code (} with its arguments on the next
 * line, or one per line, indented by 4; a chain puts each {@code .call()} on a line of its own; a
 * concatenation breaks before each {@code +}.
 */
final class CodeLayout {
  static final int WIDTH = 100;
  private static final int CONTINUATION = 4;

  private CodeLayout() {}

  /** The expression on one line. */
  static String flat(Code code) {
    StringBuilder out = new StringBuilder();
    flat(code, out);
    return out.toString();
  }

  private static void flat(Code code, StringBuilder out) {
    if (code instanceof Atom a) {
      out.append(a.text());
    } else if (code instanceof Concat c) {
      for (int i = 0; i < c.parts().size(); i++) {
        if (i > 0) {
          out.append(" + ");
        }
        flat(c.parts().get(i), out);
      }
    } else {
      Call call = (Call) code;
      if (call.receiver() != null) {
        flat(call.receiver(), out);
        out.append('.');
      }
      out.append(call.name()).append('(');
      for (int i = 0; i < call.args().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        flat(call.args().get(i), out);
      }
      out.append(')');
    }
  }

  /**
   * A field declaration: {@code prefix = expression;} at two spaces, breaking after {@code =} when
   * the expression does not fit on the first line.
   */
  static String field(String prefix, Code init) {
    String first = "  " + prefix + " = ";
    String oneLine = first + flat(init) + ";";
    if (!oneLine.contains("\n") && oneLine.length() <= WIDTH) {
      return oneLine + "\n";
    }
    int indent = 2 + CONTINUATION;
    return "  " + prefix + " =\n" + " ".repeat(indent) + write(init, indent, indent, 1) + ";\n";
  }

  /** A {@code return expression;} statement in a method body (four spaces in). */
  static String returnStatement(Code value) {
    return "    return " + write(value, 4, 11, 1) + ";\n";
  }

  /**
   * The expression starting at {@code column} on a line indented by {@code indent}, with {@code
   * suffix} characters still to follow it on its last line.
   */
  static String write(Code code, int indent, int column, int suffix) {
    String oneLine = flat(code);
    if (column + oneLine.length() + suffix <= WIDTH) {
      return oneLine;
    }
    if (code instanceof Atom) {
      // A lambda too long for its line breaks after its arrow, as google-java-format does.
      if (oneLine.startsWith("() -> ")) {
        int inner = indent + CONTINUATION;
        return "() ->\n"
            + " ".repeat(inner)
            + write(atom(oneLine.substring(6)), inner, inner, suffix);
      }
      int dot = oneLine.lastIndexOf('.');
      return dot > 0 && !oneLine.contains("\"")
          ? oneLine.substring(0, dot)
              + "\n"
              + " ".repeat(indent + CONTINUATION)
              + oneLine.substring(dot)
          : oneLine;
    }
    if (code instanceof Concat c) {
      StringBuilder out = new StringBuilder();
      int inner = indent + CONTINUATION;
      for (int i = 0; i < c.parts().size(); i++) {
        boolean last = i == c.parts().size() - 1;
        int tail = last ? suffix : 0;
        if (i == 0) {
          out.append(write(c.parts().get(i), indent, column, tail));
        } else {
          out.append('\n').append(" ".repeat(inner)).append("+ ");
          out.append(write(c.parts().get(i), inner, inner + 2, tail));
        }
      }
      return out.toString();
    }
    List<Call> links = new ArrayList<>();
    Code head = code;
    while (head instanceof Call call && call.receiver() instanceof Call) {
      links.add(0, call);
      head = call.receiver();
    }
    Call first = (Call) head;
    StringBuilder out = new StringBuilder();
    int inner = indent + CONTINUATION;
    if (first.receiver() != null && !links.isEmpty() && flat(first.receiver()).length() > 4) {
      // A field before a chain of calls stands on its own line, each call on one below it
      // (unless its name is no longer than the indentation, as google-java-format decides).
      out.append(flat(first.receiver()));
      links.add(0, new Call(null, first.name(), first.args()));
    } else {
      String prefix = first.receiver() == null ? "" : flat(first.receiver()) + ".";
      // In a broken chain, the first call's arguments are indented once more than the dots.
      int headIndent = links.isEmpty() ? indent : inner;
      out.append(
          arguments(
              prefix + first.name(),
              first.args(),
              headIndent,
              column,
              links.isEmpty() ? suffix : 0));
    }
    for (int i = 0; i < links.size(); i++) {
      Call link = links.get(i);
      int tail = i == links.size() - 1 ? suffix : 0;
      out.append('\n').append(" ".repeat(inner));
      out.append(arguments("." + link.name(), link.args(), inner, inner, tail));
    }
    return out.toString();
  }

  /** {@code name(args)}: on one line, or broken after {@code (}. */
  private static String arguments(
      String name, List<Code> args, int indent, int column, int suffix) {
    List<String> flatArgs = args.stream().map(CodeLayout::flat).toList();
    String oneLine = name + "(" + String.join(", ", flatArgs) + ")";
    if (column + oneLine.length() + suffix <= WIDTH || args.isEmpty()) {
      return oneLine;
    }
    int inner = indent + CONTINUATION;
    String together = String.join(", ", flatArgs) + ")";
    if (inner + together.length() + suffix <= WIDTH) {
      return name + "(\n" + " ".repeat(inner) + together;
    }
    StringBuilder out = new StringBuilder(name).append('(');
    for (int i = 0; i < args.size(); i++) {
      boolean last = i == args.size() - 1;
      out.append('\n').append(" ".repeat(inner));
      out.append(write(args.get(i), inner, inner, last ? 1 + suffix : 1));
      out.append(last ? ")" : ",");
    }
    return out.toString();
  }
}
