package dev.shale.codegen;

import static dev.shale.codegen.Code.atom;
import static dev.shale.codegen.Code.call;
import static dev.shale.codegen.Code.chain;

import dev.shale.model.Table;
import dev.shale.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's triggers as DSL table parts: {@code
 * trigger("audit").after().onUpdate("status").forEachRow().when("...").execute("audit_row")}. The
 * function is named by its text ({@code "schema.name"} outside public), so that the trigger does
 * not depend on where the function's field is declared.
 */
final class TriggerCode {
  private TriggerCode() {}

  static List<Code> parts(Table t) {
    List<Code> out = new ArrayList<>();
    for (Trigger trigger : t.triggers()) {
      out.add(trigger(trigger));
    }
    return out;
  }

  private static Code str(String text) {
    return atom(JavaLiterals.string(text));
  }

  static Code trigger(Trigger t) {
    Code code = call("trigger", str(t.name()));
    if (t.constraint()) {
      code = chain(code, "constraint");
    } else {
      code = chain(code, t.timing().equals("BEFORE") ? "before" : "after");
    }
    for (String event : t.events()) {
      switch (event) {
        case "INSERT":
          code = chain(code, "onInsert");
          break;
        case "DELETE":
          code = chain(code, "onDelete");
          break;
        case "UPDATE":
          code =
              chain(
                  code,
                  "onUpdate",
                  t.columns().stream().map(TriggerCode::str).toArray(Code[]::new));
          break;
        default:
          code = chain(code, "onTruncate");
      }
    }
    if (t.from() != null) {
      String from = t.from().schema().equals("public") ? t.from().name() : t.from().toString();
      code = chain(code, "from", str(from));
    }
    if (t.initiallyDeferred()) {
      code = chain(code, "initiallyDeferred");
    } else if (t.deferrable()) {
      code = chain(code, "deferrable");
    }
    if (t.oldTable() != null) {
      code = chain(code, "referencingOldTable", str(t.oldTable()));
    }
    if (t.newTable() != null) {
      code = chain(code, "referencingNewTable", str(t.newTable()));
    }
    if (t.forEachRow() && !t.constraint()) {
      code = chain(code, "forEachRow");
    }
    if (t.when() != null) {
      code = chain(code, "when", JavaLiterals.text(t.when()));
    }
    List<Code> args = new ArrayList<>();
    String function =
        t.function().schema().equals("public") ? t.function().name() : t.function().toString();
    args.add(str(function));
    t.arguments().forEach(a -> args.add(str(a)));
    code = chain(code, "execute", args.toArray(Code[]::new));
    switch (t.state()) {
      case "disabled":
        code = chain(code, "disabled");
        break;
      case "replica":
        code = chain(code, "enabledReplica");
        break;
      case "always":
        code = chain(code, "enabledAlways");
        break;
      default:
        break;
    }
    return code;
  }
}
