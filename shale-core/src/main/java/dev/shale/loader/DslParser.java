package dev.shale.loader;

import dev.shale.loader.DslSyntax.Call;
import dev.shale.loader.DslSyntax.ClassDecl;
import dev.shale.loader.DslSyntax.Concat;
import dev.shale.loader.DslSyntax.Expr;
import dev.shale.loader.DslSyntax.FieldDecl;
import dev.shale.loader.DslSyntax.Import;
import dev.shale.loader.DslSyntax.Lambda;
import dev.shale.loader.DslSyntax.Literal;
import dev.shale.loader.DslSyntax.Name;
import dev.shale.loader.DslSyntax.Unit;
import dev.shale.loader.JavaTokenizer.Kind;
import dev.shale.loader.JavaTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a schema source that is nothing but classes of static final fields initialized with DSL
 * calls. Any other construct (methods, statements, casts, operators, nested classes, …) is refused,
 * and the compiler handles the file.
 */
final class DslParser {
  private static final Set<String> FIELD_MODIFIERS =
      Set.of("public", "private", "protected", "static", "final");

  private final List<Token> tokens;
  private final String file;
  private int pos;

  private DslParser(List<Token> tokens, String file) {
    this.tokens = tokens;
    this.file = file;
  }

  static Unit parse(String source, String file) throws NotInterpretableException {
    return new DslParser(JavaTokenizer.tokenize(source), file).unit();
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    return tokens.get(pos++);
  }

  private boolean at(String symbolOrWord) {
    Token t = peek();
    return (t.kind() == Kind.SYMBOL || t.kind() == Kind.IDENTIFIER)
        && symbolOrWord.equals(t.text());
  }

  private void expect(String symbolOrWord) throws NotInterpretableException {
    if (!at(symbolOrWord)) {
      throw refuse("expected '" + symbolOrWord + "'");
    }
    pos++;
  }

  private String identifier() throws NotInterpretableException {
    Token t = next();
    if (t.kind() != Kind.IDENTIFIER) {
      pos--;
      throw refuse("expected a name");
    }
    return t.text();
  }

  private NotInterpretableException refuse(String why) {
    return new NotInterpretableException(
        file + ":" + peek().line() + ": " + why + " near '" + peek().text() + "'");
  }

  private String dotted() throws NotInterpretableException {
    StringBuilder name = new StringBuilder(identifier());
    while (at(".") && tokens.get(pos + 1).kind() == Kind.IDENTIFIER) {
      pos++;
      name.append('.').append(identifier());
    }
    return name.toString();
  }

  private Unit unit() throws NotInterpretableException {
    String packageName = "";
    if (at("package")) {
      pos++;
      packageName = dotted();
      expect(";");
    }
    List<Import> imports = new ArrayList<>();
    while (at("import")) {
      pos++;
      boolean isStatic = at("static");
      if (isStatic) {
        pos++;
      }
      String name = dotted();
      boolean onDemand = false;
      if (at(".")) {
        pos++;
        expect("*");
        onDemand = true;
      }
      expect(";");
      imports.add(new Import(isStatic, name, onDemand));
    }
    List<ClassDecl> classes = new ArrayList<>();
    while (peek().kind() != Kind.END) {
      classes.add(classDecl());
    }
    return new Unit(packageName, imports, classes, file);
  }

  private ClassDecl classDecl() throws NotInterpretableException {
    while (at("public") || at("final")) {
      pos++;
    }
    expect("class");
    String name = identifier();
    expect("{");
    List<FieldDecl> fields = new ArrayList<>();
    while (!at("}")) {
      if (peek().kind() == Kind.END) {
        throw refuse("unclosed class");
      }
      member(name, fields);
    }
    expect("}");
    return new ClassDecl(name, fields);
  }

  /** A static final field, or an empty private constructor; anything else is refused. */
  private void member(String className, List<FieldDecl> fields) throws NotInterpretableException {
    int line = peek().line();
    Set<String> modifiers = new java.util.HashSet<>();
    while (peek().kind() == Kind.IDENTIFIER && FIELD_MODIFIERS.contains(peek().text())) {
      modifiers.add(next().text());
    }
    if (at(className) && tokens.get(pos + 1).text().equals("(")) {
      pos++;
      expect("(");
      expect(")");
      expect("{");
      expect("}");
      return;
    }
    if (!modifiers.contains("static") || !modifiers.contains("final")) {
      throw refuse("only static final fields are evaluated");
    }
    String type = dotted();
    if (at("<") || at("[")) {
      throw refuse("generic or array field type");
    }
    String name = identifier();
    expect("=");
    Expr init = expression();
    expect(";");
    List<String> accessWords =
        java.util.stream.Stream.of("public", "protected", "private")
            .filter(modifiers::contains)
            .toList();
    if (accessWords.size() > 1) {
      throw refuse("more than one access modifier");
    }
    String access = accessWords.isEmpty() ? "package-private" : accessWords.get(0);
    fields.add(new FieldDecl(access, type, name, init, line));
  }

  private Expr expression() throws NotInterpretableException {
    List<Expr> parts = new ArrayList<>();
    parts.add(postfix());
    while (at("+")) {
      pos++;
      parts.add(postfix());
    }
    return parts.size() == 1 ? parts.get(0) : new Concat(parts);
  }

  private Expr postfix() throws NotInterpretableException {
    Expr expr = primary();
    while (at(".")) {
      pos++;
      int line = peek().line();
      String name = identifier();
      if (at("(")) {
        expr = new Call(expr, name, arguments(), line);
      } else if (expr instanceof Name n) {
        List<String> parts = new ArrayList<>(n.parts());
        parts.add(name);
        expr = new Name(parts, n.line());
      } else {
        throw refuse("field of an expression");
      }
    }
    return expr;
  }

  private Expr primary() throws NotInterpretableException {
    Token t = peek();
    switch (t.kind()) {
      case STRING, CHAR, INT, LONG, DOUBLE -> {
        pos++;
        return new Literal(t.value());
      }
      case IDENTIFIER -> {
        switch (t.text()) {
          case "true" -> {
            pos++;
            return new Literal(Boolean.TRUE);
          }
          case "false" -> {
            pos++;
            return new Literal(Boolean.FALSE);
          }
          case "null" -> {
            pos++;
            return new Literal(null);
          }
          case "new", "this", "super", "switch" -> throw refuse("'" + t.text() + "'");
          default -> {
            pos++;
            if (at("(")) {
              return new Call(null, t.text(), arguments(), t.line());
            }
            return new Name(List.of(t.text()), t.line());
          }
        }
      }
      case SYMBOL -> {
        if (at("(")
            && tokens.get(pos + 1).text().equals(")")
            && tokens.get(pos + 2).text().equals("->")) {
          pos += 3;
          return new Lambda(expression());
        }
        if (at("-")
            && (tokens.get(pos + 1).kind() == Kind.INT
                || tokens.get(pos + 1).kind() == Kind.LONG
                || tokens.get(pos + 1).kind() == Kind.DOUBLE)) {
          pos++;
          Object value = next().value();
          return new Literal(negate(value));
        }
        throw refuse("operator or cast");
      }
      default -> throw refuse("unexpected end");
    }
  }

  private static Object negate(Object value) {
    if (value instanceof Integer i) {
      return -i;
    }
    if (value instanceof Long l) {
      return -l;
    }
    if (value instanceof Float f) {
      return -f;
    }
    return -(Double) value;
  }

  private List<Expr> arguments() throws NotInterpretableException {
    expect("(");
    List<Expr> args = new ArrayList<>();
    if (at(")")) {
      pos++;
      return args;
    }
    args.add(expression());
    while (at(",")) {
      pos++;
      args.add(expression());
    }
    expect(")");
    return args;
  }
}
