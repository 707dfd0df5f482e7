package dev.shale.codegen;

import dev.shale.model.Grant;
import dev.shale.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Grants written as {@code .grant("reporting", SELECT, INSERT)} chained onto the object that holds
 * them ({@code .grantWithGrantOption(...)} for those with the grant option, {@code
 * .revokeExecuteFromPublic()} first on a function whose EXECUTE PUBLIC lost), and declared roles as
 * {@code role("reporting").login()}.
 */
final class GrantCode {
  /** The privilege constants of {@code Pg}: generated fields must not hide them. */
  static final List<String> PRIVILEGE_CONSTANTS =
      List.of(
          "SELECT",
          "INSERT",
          "UPDATE",
          "DELETE",
          "TRUNCATE",
          "REFERENCES",
          "TRIGGER",
          "MAINTAIN",
          "USAGE",
          "CREATE",
          "EXECUTE",
          "ALL");

  private GrantCode() {}

  /** {@code code} with a grant call for each of {@code grants} that {@code on} picks. */
  static Code chain(Code code, List<Grant> grants, Predicate<Grant> on) {
    for (Grant g : grants) {
      if (on.test(g) && g.revoked()) {
        code = Code.chain(code, "revokeExecuteFromPublic");
      }
    }
    for (Grant g : grants) {
      if (!on.test(g) || g.revoked()) {
        continue;
      }
      List<Code> args = new ArrayList<>();
      args.add(Code.atom(JavaLiterals.string(g.grantee())));
      List<String> privileges = new ArrayList<>(g.privileges());
      List<String> all = Grant.ALL.get(g.on());
      if (privileges.containsAll(all) && all.size() > 1) {
        privileges.removeAll(all);
        args.add(Code.atom("ALL"));
      }
      privileges.forEach(p -> args.add(Code.atom(p)));
      code =
          Code.chain(
              code, g.grantable() ? "grantWithGrantOption" : "grant", args.toArray(Code[]::new));
    }
    return code;
  }

  static Predicate<Grant> onTable(dev.shale.model.QualifiedName name) {
    return g -> g.on().equals("table") && name.equals(g.qualifiedName());
  }

  static Predicate<Grant> onView(dev.shale.model.View v) {
    String kind = v.materialized() ? "materialized view" : "view";
    return g -> g.on().equals(kind) && v.name().equals(g.qualifiedName());
  }

  static Predicate<Grant> onSequence(dev.shale.model.QualifiedName name) {
    return g -> g.on().equals("sequence") && name.equals(g.qualifiedName());
  }

  static Predicate<Grant> onSchema(String schema) {
    return g -> g.on().equals("schema") && g.schema().equals(schema);
  }

  static Predicate<Grant> onRoutine(dev.shale.model.Routine r) {
    return g ->
        g.on().equals("function")
            && r.name().equals(g.qualifiedName())
            && r.identityArguments().equals(g.arguments());
  }

  static Code role(Role r) {
    Code code = Code.call("role", Code.atom(JavaLiterals.string(r.name())));
    if (r.login()) {
      code = Code.chain(code, "login");
    }
    if (!r.inherit()) {
      code = Code.chain(code, "noInherit");
    }
    if (r.createDb()) {
      code = Code.chain(code, "createDb");
    }
    if (r.createRole()) {
      code = Code.chain(code, "createRole");
    }
    if (r.bypassRls()) {
      code = Code.chain(code, "bypassRls");
    }
    return code;
  }
}
