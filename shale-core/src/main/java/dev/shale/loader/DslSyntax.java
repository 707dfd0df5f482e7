package dev.shale.loader;

import java.util.List;

/** The syntax tree of the declarative subset of Java that the fast path evaluates. */
final class DslSyntax {
  private DslSyntax() {}

  record Unit(String packageName, List<Import> imports, List<ClassDecl> classes, String file) {}

  /** {@code import [static] a.b.C[.*]}. */
  record Import(boolean isStatic, String name, boolean onDemand) {}

  record ClassDecl(String name, List<FieldDecl> fields) {}

  /**
   * A static final field.
   *
   * @param access {@code public}, {@code protected}, {@code private} or {@code package-private}
   * @param line where the declaration starts (its first modifier)
   */
  record FieldDecl(String access, String type, String name, Expr init, int line) {
    boolean isPublic() {
      return access.equals("public");
    }
  }

  sealed interface Expr permits Literal, Name, Call, Lambda, Concat {}

  record Literal(Object value) implements Expr {}

  /** A simple or dotted name: a field, a constant, or a class qualifier. */
  record Name(List<String> parts, int line) implements Expr {}

  /** {@code target.name(args)}; a null target is an unqualified (statically imported) call. */
  record Call(Expr target, String name, List<Expr> args, int line) implements Expr {}

  /** {@code () -> body}. */
  record Lambda(Expr body) implements Expr {}

  /** {@code a + b + …}. */
  record Concat(List<Expr> parts) implements Expr {}
}
