package dev.shale.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The name PostgreSQL gives an index expression (FigureIndexColname, which is FigureColnameInternal
 * in the server's parse_target.c), worked out from the expression's text as the server's grammar
 * reads it. Only the node at the top of the raw parse tree matters, so this is a small precedence
 * parser that follows gram.y's operator precedence and skips what cannot change the name:
 *
 * <ul>
 *   <li>a column reference, possibly qualified, or a field selection: its last name;
 *   <li>a function call: the function's name; the SQL-standard forms use the function they stand
 *       for ({@code trim} is {@code btrim}, {@code ltrim} or {@code rtrim}, {@code x AT TIME ZONE
 *       z} is {@code timezone}, {@code x IS NORMALIZED} is {@code is_normalized}, {@code COLLATION
 *       FOR} is {@code pg_collation_for}); {@code coalesce}, {@code greatest}, {@code least},
 *       {@code nullif}, {@code ARRAY[...]}, {@code ROW(...)}, {@code EXISTS}, {@code current_date}
 *       and the like are named after themselves;
 *   <li>{@code x COLLATE c} and a subscript {@code x[1]}: the name of {@code x};
 *   <li>a cast {@code x::t} or {@code CAST(x AS t)}: the name of {@code x} when it is a column or a
 *       function, else the type's name as the parser spells it ({@code int8}, {@code int4}, {@code
 *       float8}, {@code bool}, {@code varchar}, {@code bpchar}, {@code timestamptz}, ...);
 *   <li>{@code CASE}: the name of its ELSE result when that is a column or a function, else {@code
 *       case};
 *   <li>anything whose top node is an operator ({@code a || b}, {@code n + 1}, {@code a IS NULL},
 *       {@code -n}) or a constant: no name (the index key is then called {@code expr}).
 * </ul>
 */
final class ExpressionNames {
  /** How sure the server is of a name: 2 for columns and functions, 1 for type names. */
  private record Figure(String name, int strength) {
    static final Figure NONE = new Figure(null, 0);
  }

  private enum Kind {
    WORD,
    STRING,
    NUMBER,
    PARAM,
    OP,
    TYPECAST,
    LPAREN,
    RPAREN,
    LBRACK,
    RBRACK,
    COMMA,
    DOT,
    COLON,
    SEMICOLON,
    END
  }

  /** A token; {@code text} of an unquoted word is lowercased, as the server folds it. */
  private record Token(Kind kind, String text, boolean quoted) {
    boolean isWord(String keyword) {
      return kind == Kind.WORD && !quoted && text.equals(keyword);
    }
  }

  private static final class ParseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseFailure() {
      super(null, null, false, false);
    }
  }

  private static final Set<String> VALUE_FUNCTIONS =
      Set.of(
          "current_date",
          "current_time",
          "current_timestamp",
          "localtime",
          "localtimestamp",
          "current_role",
          "current_user",
          "session_user",
          "user",
          "current_catalog",
          "current_schema",
          "system_user");

  /** Words that start a type name with its own grammar (and so a typed literal). */
  private static final Set<String> TYPE_KEYWORDS =
      Set.of(
          "int",
          "integer",
          "smallint",
          "bigint",
          "real",
          "float",
          "double",
          "decimal",
          "dec",
          "numeric",
          "boolean",
          "bit",
          "character",
          "char",
          "nchar",
          "varchar",
          "national",
          "timestamp",
          "time",
          "interval",
          "json");

  private static final Set<String> INTERVAL_FIELDS =
      Set.of("year", "month", "day", "hour", "minute", "second");

  private static final Set<String> COMPARISONS = Set.of("<", ">", "=", "<=", ">=", "<>", "!=");

  private final List<Token> tokens;
  private int pos;

  private ExpressionNames(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The name PostgreSQL gives the expression as an index key, or null when it gives none. */
  static String figure(String expression) {
    try {
      ExpressionNames parser = new ExpressionNames(tokenize(expression));
      Figure figure = parser.expression(0);
      return parser.peek().kind() == Kind.END ? figure.name() : null;
    } catch (ParseFailure e) {
      return null;
    }
  }

  // ---- precedence parsing ------------------------------------------------------------------

  // gram.y's precedence levels, lowest first.
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int IS = 4;
  private static final int COMPARISON = 5;
  private static final int LIKE = 6;
  private static final int ESCAPE = 7;
  private static final int OTHER_OP = 8;
  private static final int ADD = 9;
  private static final int MULTIPLY = 10;
  private static final int POWER = 11;
  private static final int AT = 12;
  private static final int COLLATE = 13;
  private static final int UNARY = 14;
  private static final int SUBSCRIPT = 15;
  private static final int TYPECAST = 17;
  private static final int FIELD = 18;

  private Figure expression(int minPrecedence) {
    Figure left = prefix();
    while (true) {
      int precedence = infixPrecedence();
      if (precedence < 0 || precedence < minPrecedence) {
        return left;
      }
      left = infix(left, precedence);
    }
  }

  private int infixPrecedence() {
    Token t = peek();
    switch (t.kind()) {
      case TYPECAST:
        return TYPECAST;
      case LBRACK:
        return SUBSCRIPT;
      case DOT:
        return FIELD;
      case OP:
        if (COMPARISONS.contains(t.text())) {
          return COMPARISON;
        }
        return switch (t.text()) {
          case "+", "-" -> ADD;
          case "*", "/", "%" -> MULTIPLY;
          case "^" -> POWER;
          default -> OTHER_OP;
        };
      case WORD:
        if (t.quoted()) {
          return -1;
        }
        Token after = peek(1);
        return switch (t.text()) {
          case "or" -> OR;
          case "and" -> AND;
          case "is", "isnull", "notnull" -> IS;
          case "between", "in", "like", "ilike", "similar" -> LIKE;
          case "not" -> isLikeKeyword(after) ? LIKE : -1;
          case "escape" -> ESCAPE;
          case "at" -> after.isWord("time") || after.isWord("local") ? AT : -1;
          case "collate" -> COLLATE;
          case "overlaps" -> COMPARISON;
          case "operator" -> after.kind() == Kind.LPAREN ? OTHER_OP : -1;
          default -> -1;
        };
      default:
        return -1;
    }
  }

  private static boolean isLikeKeyword(Token t) {
    return t.isWord("between")
        || t.isWord("in")
        || t.isWord("like")
        || t.isWord("ilike")
        || t.isWord("similar");
  }

  private Figure infix(Figure left, int precedence) {
    Token t = next();
    switch (precedence) {
      case TYPECAST:
        return cast(left, typeName());
      case SUBSCRIPT:
        pos--;
        skipGroup();
        return left;
      case FIELD:
        Token field = next();
        if (field.kind() == Kind.WORD) {
          return new Figure(field.text(), 2);
        }
        if (field.kind() == Kind.OP && field.text().equals("*")) {
          return left;
        }
        throw new ParseFailure();
      case COLLATE:
        qualifiedName();
        return left;
      case AT:
        if (next().isWord("time")) {
          expectWord("zone");
          expression(AT + 1);
        }
        return new Figure("timezone", 2);
      case IS:
        return isClause(t);
      case LIKE:
        likeClause(t);
        return Figure.NONE;
      default:
        if (t.isWord("overlaps")) {
          expression(COMPARISON + 1);
          return new Figure("overlaps", 2);
        }
        if (t.isWord("operator")) {
          skipGroup();
        }
        expression(precedence + 1);
        return Figure.NONE;
    }
  }

  /** {@code IS [NOT] ...}, {@code ISNULL}, {@code NOTNULL}. */
  private Figure isClause(Token keyword) {
    if (!keyword.isWord("is")) {
      return Figure.NONE;
    }
    boolean negated = false;
    if (peek().isWord("not")) {
      next();
      negated = true;
    }
    Token what = next();
    if (what.isWord("distinct")) {
      expectWord("from");
      expression(IS + 1);
      return Figure.NONE;
    }
    if (what.isWord("of")) {
      skipGroup();
      return Figure.NONE;
    }
    if (what.isWord("nfc") || what.isWord("nfd") || what.isWord("nfkc") || what.isWord("nfkd")) {
      what = next();
    }
    if (what.isWord("normalized")) {
      return negated ? Figure.NONE : new Figure("is_normalized", 2);
    }
    if (what.isWord("json")) {
      while (peek().isWord("value")
          || peek().isWord("scalar")
          || peek().isWord("array")
          || peek().isWord("object")
          || peek().isWord("with")
          || peek().isWord("without")
          || peek().isWord("unique")
          || peek().isWord("keys")) {
        next();
      }
    }
    return Figure.NONE;
  }

  /** {@code [NOT] BETWEEN|IN|LIKE|ILIKE|SIMILAR TO ...}. */
  private void likeClause(Token keyword) {
    if (keyword.isWord("not")) {
      keyword = next();
    }
    if (keyword.isWord("between")) {
      if (peek().isWord("symmetric") || peek().isWord("asymmetric")) {
        next();
      }
      expression(NOT);
      expectWord("and");
      expression(LIKE + 1);
    } else if (keyword.isWord("in")) {
      skipGroup();
    } else {
      if (keyword.isWord("similar")) {
        expectWord("to");
      }
      expression(LIKE + 1);
    }
  }

  private Figure prefix() {
    Token t = next();
    switch (t.kind()) {
      case LPAREN:
        return parenthesized();
      case STRING:
      case NUMBER:
      case PARAM:
        return Figure.NONE;
      case OP:
        boolean sign = t.text().equals("-") || t.text().equals("+");
        expression(sign ? UNARY : OTHER_OP + 1);
        return Figure.NONE;
      case WORD:
        return word(t);
      default:
        throw new ParseFailure();
    }
  }

  private Figure parenthesized() {
    Token first = peek();
    if (first.isWord("select")
        || first.isWord("values")
        || first.isWord("with")
        || first.isWord("table")) {
      pos--;
      skipGroup();
      return Figure.NONE;
    }
    Figure inner = expression(0);
    if (peek().kind() == Kind.COMMA) {
      skipRest();
      return new Figure("row", 2);
    }
    expect(Kind.RPAREN);
    return inner;
  }

  private Figure word(Token t) {
    if (!t.quoted()) {
      Figure special = keyword(t);
      if (special != null) {
        return special;
      }
    }
    List<String> names = new ArrayList<>(List.of(t.text()));
    while (peek().kind() == Kind.DOT && peek(1).kind() == Kind.WORD) {
      next();
      names.add(next().text());
    }
    String last = names.get(names.size() - 1);
    if (peek().kind() == Kind.DOT && peek(1).kind() == Kind.OP && peek(1).text().equals("*")) {
      next();
      next();
      return new Figure(last, 2);
    }
    if (peek().kind() == Kind.STRING) {
      // A typed literal: type 'text' is a cast of the string to that type.
      next();
      return new Figure(last, 1);
    }
    if (peek().kind() != Kind.LPAREN) {
      return new Figure(last, 2);
    }
    skipGroup();
    if (peek().kind() == Kind.STRING) {
      next();
      return new Figure(last, 1);
    }
    if (peek().isWord("within") && peek(1).isWord("group")) {
      next();
      next();
      skipGroup();
    }
    if (peek().isWord("filter") && peek(1).kind() == Kind.LPAREN) {
      next();
      skipGroup();
    }
    if (peek().isWord("over")) {
      next();
      if (peek().kind() == Kind.LPAREN) {
        skipGroup();
      } else {
        next();
      }
    }
    return new Figure(last, 2);
  }

  /** The keywords with a grammar (and so a name) of their own, or null for a plain name. */
  private Figure keyword(Token t) {
    boolean call = peek().kind() == Kind.LPAREN;
    switch (t.text()) {
      case "not":
        expression(NOT);
        return Figure.NONE;
      case "true", "false", "null", "default":
        return Figure.NONE;
      case "case":
        return caseExpression();
      case "array":
        if (call || peek().kind() == Kind.LBRACK) {
          skipGroup();
          return new Figure("array", 2);
        }
        return null;
      case "row", "exists":
        if (call) {
          skipGroup();
          return new Figure(t.text(), 2);
        }
        return null;
      case "cast", "treat":
        if (!call) {
          return null;
        }
        next();
        Figure argument = expression(0);
        expectWord("as");
        String type = typeName();
        expect(Kind.RPAREN);
        return t.text().equals("cast") ? cast(argument, type) : new Figure(type, 2);
      case "trim":
        if (!call) {
          return null;
        }
        Token mode = peek(1);
        skipGroup();
        return new Figure(
            mode.isWord("leading") ? "ltrim" : mode.isWord("trailing") ? "rtrim" : "btrim", 2);
      case "collation":
        if (peek().isWord("for")) {
          next();
          skipGroup();
          return new Figure("pg_collation_for", 2);
        }
        return null;
      default:
        break;
    }
    if (VALUE_FUNCTIONS.contains(t.text())) {
      if (call) {
        skipGroup();
      }
      return new Figure(t.text(), 2);
    }
    if (TYPE_KEYWORDS.contains(t.text())) {
      int start = pos;
      pos--;
      try {
        String type = typeName();
        if (peek().kind() == Kind.STRING) {
          next();
          intervalQualifier();
          return new Figure(type, 1);
        }
      } catch (ParseFailure e) {
        // not a type name after all
      }
      pos = start;
    }
    return null;
  }

  private Figure caseExpression() {
    if (!peek().isWord("when")) {
      expression(0);
    }
    while (peek().isWord("when")) {
      next();
      expression(0);
      expectWord("then");
      expression(0);
    }
    Figure otherwise = null;
    if (peek().isWord("else")) {
      next();
      otherwise = expression(0);
    }
    expectWord("end");
    return otherwise != null && otherwise.strength() == 2 ? otherwise : new Figure("case", 1);
  }

  private static Figure cast(Figure argument, String type) {
    return argument.strength() <= 1 ? new Figure(type, 1) : argument;
  }

  /** A type name, as the last component of the name the grammar builds for it. */
  private String typeName() {
    if (peek().isWord("setof")) {
      next();
    }
    Token t = next();
    if (t.kind() != Kind.WORD) {
      throw new ParseFailure();
    }
    String name = t.quoted() ? null : keywordType(t.text());
    if (name == null) {
      name = t.text();
      while (peek().kind() == Kind.DOT && peek(1).kind() == Kind.WORD) {
        next();
        name = next().text();
      }
      if (peek().kind() == Kind.LPAREN) {
        skipGroup();
      }
    }
    if (peek().kind() == Kind.OP && peek().text().equals("%")) {
      next();
      next();
    }
    while (peek().kind() == Kind.LBRACK || peek().isWord("array")) {
      if (peek().isWord("array")) {
        next();
      }
      if (peek().kind() == Kind.LBRACK) {
        skipGroup();
      }
    }
    return name;
  }

  /** The name gram.y gives a type spelled with SQL keywords, or null for a generic name. */
  private String keywordType(String word) {
    switch (word) {
      case "int", "integer":
        return "int4";
      case "smallint":
        return "int2";
      case "bigint":
        return "int8";
      case "real":
        return "float4";
      case "boolean":
        return "bool";
      case "double":
        expectWord("precision");
        return "float8";
      case "float":
        if (peek().kind() == Kind.LPAREN) {
          next();
          Token precision = next();
          expect(Kind.RPAREN);
          if (precision.kind() != Kind.NUMBER) {
            throw new ParseFailure();
          }
          return Integer.parseInt(precision.text()) <= 24 ? "float4" : "float8";
        }
        return "float8";
      case "decimal", "dec", "numeric":
        optionalModifiers();
        return "numeric";
      case "bit":
        boolean varyingBits = optionalVarying();
        optionalModifiers();
        return varyingBits ? "varbit" : "bit";
      case "national":
        Token character = next();
        if (!character.isWord("character") && !character.isWord("char")) {
          throw new ParseFailure();
        }
        return character();
      case "character", "char", "nchar":
        return character();
      case "varchar":
        optionalModifiers();
        return "varchar";
      case "timestamp", "time":
        optionalModifiers();
        boolean zone = false;
        if (peek().isWord("with") || peek().isWord("without")) {
          zone = next().isWord("with");
          expectWord("time");
          expectWord("zone");
        }
        return word + (zone ? "tz" : "");
      case "interval":
        intervalQualifier();
        optionalModifiers();
        return "interval";
      default:
        return null;
    }
  }

  private String character() {
    boolean varying = optionalVarying();
    optionalModifiers();
    return varying ? "varchar" : "bpchar";
  }

  private boolean optionalVarying() {
    if (peek().isWord("varying")) {
      next();
      return true;
    }
    return false;
  }

  private void optionalModifiers() {
    if (peek().kind() == Kind.LPAREN) {
      skipGroup();
    }
  }

  /** {@code DAY}, {@code HOUR TO MINUTE}, {@code SECOND(3)}, ... after an interval. */
  private void intervalQualifier() {
    while (peek().kind() == Kind.WORD
        && !peek().quoted()
        && (INTERVAL_FIELDS.contains(peek().text()) || peek().text().equals("to"))) {
      next();
      if (peek().kind() == Kind.LPAREN) {
        skipGroup();
      }
    }
  }

  private void qualifiedName() {
    if (next().kind() != Kind.WORD) {
      throw new ParseFailure();
    }
    while (peek().kind() == Kind.DOT && peek(1).kind() == Kind.WORD) {
      next();
      next();
    }
  }

  /** Skips a parenthesized or bracketed group, starting at its opening token. */
  private void skipGroup() {
    Token open = next();
    if (open.kind() != Kind.LPAREN && open.kind() != Kind.LBRACK) {
      throw new ParseFailure();
    }
    skipRest();
  }

  /** Skips to just past the bracket that closes the group whose opening was consumed. */
  private void skipRest() {
    int depth = 1;
    while (depth > 0) {
      Token t = next();
      switch (t.kind()) {
        case LPAREN, LBRACK -> depth++;
        case RPAREN, RBRACK -> depth--;
        case END -> throw new ParseFailure();
        default -> {}
      }
    }
  }

  private Token peek() {
    return peek(0);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token t = peek();
    if (t.kind() == Kind.END) {
      throw new ParseFailure();
    }
    pos++;
    return t;
  }

  private void expect(Kind kind) {
    if (next().kind() != kind) {
      throw new ParseFailure();
    }
  }

  private void expectWord(String keyword) {
    if (!next().isWord(keyword)) {
      throw new ParseFailure();
    }
  }

  // ---- lexer -------------------------------------------------------------------------------

  private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
  private static final String NON_SQL_OPERATOR_CHARS = "~!@#^&|`?%";

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("--", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (text.startsWith("/*", i)) {
        i = skipComment(text, i);
      } else if (c == '\'') {
        i = string(text, i, false, tokens);
      } else if ((c == 'e' || c == 'E') && at(text, i + 1) == '\'') {
        i = string(text, i + 1, true, tokens);
      } else if ("bBxXnN".indexOf(c) >= 0 && at(text, i + 1) == '\'') {
        i = string(text, i + 1, false, tokens);
      } else if ((c == 'u' || c == 'U') && at(text, i + 1) == '&' && at(text, i + 2) == '\'') {
        i = string(text, i + 2, false, tokens);
      } else if ((c == 'u' || c == 'U') && at(text, i + 1) == '&' && at(text, i + 2) == '"') {
        i = quotedIdentifier(text, i + 2, tokens);
      } else if (c == '"') {
        i = quotedIdentifier(text, i, tokens);
      } else if (c == '$') {
        i = dollar(text, i, tokens);
      } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(at(text, i + 1)))) {
        i = number(text, i, tokens);
      } else if (isIdentifierStart(c)) {
        int end = i + 1;
        while (end < n && isIdentifierPart(text.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.WORD, identifier(downcase(text.substring(i, end))), false));
        i = end;
      } else if (text.startsWith("::", i)) {
        tokens.add(new Token(Kind.TYPECAST, "::", false));
        i += 2;
      } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
        i = operator(text, i, tokens);
      } else {
        Kind kind =
            switch (c) {
              case '(' -> Kind.LPAREN;
              case ')' -> Kind.RPAREN;
              case '[' -> Kind.LBRACK;
              case ']' -> Kind.RBRACK;
              case ',' -> Kind.COMMA;
              case '.' -> Kind.DOT;
              case ':' -> Kind.COLON;
              case ';' -> Kind.SEMICOLON;
              default -> throw new ParseFailure();
            };
        tokens.add(new Token(kind, String.valueOf(c), false));
        i++;
      }
    }
    tokens.add(new Token(Kind.END, "", false));
    return tokens;
  }

  private static char at(String text, int i) {
    return i < text.length() ? text.charAt(i) : '\0';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
  }

  /** The server folds only ASCII letters of unquoted identifiers to lower case. */
  private static String downcase(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return b.toString();
  }

  /** Identifiers are truncated to 63 bytes, never inside a character. */
  private static String identifier(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= PgNames.MAX_IDENTIFIER_BYTES) {
      return name;
    }
    int end = PgNames.MAX_IDENTIFIER_BYTES;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--;
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }

  private static int skipComment(String text, int start) {
    int depth = 0;
    int i = start;
    while (i < text.length()) {
      if (text.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (text.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    throw new ParseFailure();
  }

  private static int string(String text, int quote, boolean backslashes, List<Token> tokens) {
    int i = quote + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (backslashes && c == '\\') {
        i += 2;
      } else if (c == '\'') {
        if (at(text, i + 1) == '\'') {
          i += 2;
        } else {
          // Strings separated by whitespace with a newline are one string; one token suffices.
          if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind() != Kind.STRING) {
            tokens.add(new Token(Kind.STRING, "", false));
          }
          return i + 1;
        }
      } else {
        i++;
      }
    }
    throw new ParseFailure();
  }

  private static int quotedIdentifier(String text, int quote, List<Token> tokens) {
    StringBuilder name = new StringBuilder();
    int i = quote + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        if (at(text, i + 1) == '"') {
          name.append('"');
          i += 2;
          continue;
        }
        tokens.add(new Token(Kind.WORD, identifier(name.toString()), true));
        return i + 1;
      }
      name.append(c);
      i++;
    }
    throw new ParseFailure();
  }

  private static int dollar(String text, int start, List<Token> tokens) {
    int i = start + 1;
    if (Character.isDigit(at(text, i))) {
      while (Character.isDigit(at(text, i))) {
        i++;
      }
      tokens.add(new Token(Kind.PARAM, text.substring(start, i), false));
      return i;
    }
    while (i < text.length() && isIdentifierPart(text.charAt(i)) && text.charAt(i) != '$') {
      i++;
    }
    if (at(text, i) != '$') {
      throw new ParseFailure();
    }
    String tag = text.substring(start, i + 1);
    int end = text.indexOf(tag, i + 1);
    if (end < 0) {
      throw new ParseFailure();
    }
    tokens.add(new Token(Kind.STRING, "", false));
    return end + tag.length();
  }

  private static int number(String text, int start, List<Token> tokens) {
    int i = start;
    if (text.charAt(i) == '0' && "xXoObB".indexOf(at(text, i + 1)) >= 0) {
      i += 2;
      while (Character.isLetterOrDigit(at(text, i)) || at(text, i) == '_') {
        i++;
      }
    } else {
      while (Character.isDigit(at(text, i)) || at(text, i) == '_') {
        i++;
      }
      if (at(text, i) == '.' && at(text, i + 1) != '.') {
        i++;
        while (Character.isDigit(at(text, i)) || at(text, i) == '_') {
          i++;
        }
      }
      if ((at(text, i) == 'e' || at(text, i) == 'E')
          && (Character.isDigit(at(text, i + 1))
              || ("+-".indexOf(at(text, i + 1)) >= 0 && Character.isDigit(at(text, i + 2))))) {
        i += 2;
        while (Character.isDigit(at(text, i))) {
          i++;
        }
      }
    }
    tokens.add(new Token(Kind.NUMBER, text.substring(start, i).replace("_", ""), false));
    return i;
  }

  /**
   * An operator: the longest run of operator characters, stopping at a comment start; a
   * multi-character operator made only of SQL operator characters cannot end in + or -.
   */
  private static int operator(String text, int start, List<Token> tokens) {
    int end = start;
    while (end < text.length()
        && OPERATOR_CHARS.indexOf(text.charAt(end)) >= 0
        && !(end > start && (text.startsWith("--", end) || text.startsWith("/*", end)))) {
      end++;
    }
    String op = text.substring(start, end);
    if (op.length() > 1 && (op.endsWith("+") || op.endsWith("-"))) {
      boolean nonSql = false;
      for (int k = 0; k < op.length() - 1; k++) {
        if (NON_SQL_OPERATOR_CHARS.indexOf(op.charAt(k)) >= 0) {
          nonSql = true;
          break;
        }
      }
      if (!nonSql) {
        while (op.length() > 1 && (op.endsWith("+") || op.endsWith("-"))) {
          op = op.substring(0, op.length() - 1);
        }
      }
    }
    tokens.add(new Token(Kind.OP, op, false));
    return start + op.length();
  }
}
