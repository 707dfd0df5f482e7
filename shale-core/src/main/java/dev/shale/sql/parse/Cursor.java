package dev.shale.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A position in one statement's tokens, with the small moves a recursive-descent parser makes: look
 * at, accept or require a keyword or symbol, read a name, and capture an expression's text up to
 * where its clause ends. Keywords are given in lower case and match any case.
 */
class Cursor {
  final String sql;
  final List<Token> tokens;
  int pos;

  Cursor(String sql, List<Token> tokens) {
    this.sql = sql;
    this.tokens = tokens;
  }

  final boolean atEnd() {
    return pos >= tokens.size();
  }

  /** The current token, or null at the end. */
  final Token peek() {
    return peek(0);
  }

  final Token peek(int ahead) {
    int i = pos + ahead;
    return i < tokens.size() ? tokens.get(i) : null;
  }

  /** Whether the tokens from here are the keywords {@code words}. */
  final boolean is(String... words) {
    for (int k = 0; k < words.length; k++) {
      Token t = peek(k);
      if (t == null || !t.is(words[k])) {
        return false;
      }
    }
    return true;
  }

  final boolean isSymbol(String symbol) {
    Token t = peek();
    return t != null && t.isSymbol(symbol);
  }

  /** Takes the keywords {@code words} if they come next, all or none. */
  final boolean accept(String... words) {
    if (is(words)) {
      pos += words.length;
      return true;
    }
    return false;
  }

  final boolean acceptSymbol(String symbol) {
    if (isSymbol(symbol)) {
      pos++;
      return true;
    }
    return false;
  }

  final void expect(String... words) {
    if (!accept(words)) {
      throw error("expected " + String.join(" ", words).toUpperCase(Locale.ROOT));
    }
  }

  final void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) {
      throw error("expected " + symbol);
    }
  }

  final void expectEnd() {
    if (!atEnd()) {
      throw error("unexpected text after the end of the statement");
    }
  }

  /** An error at the current token (or just past the last one). */
  final ParseError error(String message) {
    Token t = peek();
    if (t != null) {
      return new ParseError(message + ", found " + describe(t), t.line(), t.column());
    }
    Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    return new ParseError(
        message + " at the end of the statement",
        last == null ? 1 : last.endLine(),
        last == null ? 1 : last.endColumn());
  }

  private static String describe(Token t) {
    String text = t.text().length() > 30 ? t.text().substring(0, 30) + "…" : t.text();
    return t.kind() == Token.Kind.WORD ? text.toUpperCase(Locale.ROOT) : "'" + text + "'";
  }

  final boolean isIdentifier() {
    Token t = peek();
    return t != null && (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.QUOTED_IDENT);
  }

  /** An identifier (any unquoted word or a quoted one), folded as PostgreSQL does. */
  final String identifier() {
    if (!isIdentifier()) {
      throw error("expected a name");
    }
    return Names.identifier(tokens.get(pos++));
  }

  /** {@code name}, {@code schema.name} or {@code db.schema.name}. */
  final QualifiedName qualifiedName() {
    String first = identifier();
    if (!isSymbol(".")) {
      return QualifiedName.of(first);
    }
    pos++;
    String second = identifier();
    if (!isSymbol(".")) {
      return new QualifiedName(first, second);
    }
    pos++;
    return new QualifiedName(second, identifier());
  }

  /** {@code name [, name ...]}. */
  final List<QualifiedName> qualifiedNames() {
    List<QualifiedName> names = new ArrayList<>();
    do {
      names.add(qualifiedName());
    } while (acceptSymbol(","));
    return names;
  }

  /** {@code (a, b, ...)}: a parenthesized list of plain names. */
  final List<String> nameList() {
    expectSymbol("(");
    List<String> names = new ArrayList<>();
    if (!isSymbol(")")) {
      do {
        names.add(identifier());
      } while (acceptSymbol(","));
    }
    expectSymbol(")");
    return names;
  }

  /** A string literal's value (any kind of string, dollar-quoted too). */
  final String stringLiteral() {
    Token t = peek();
    if (t == null || (t.kind() != Token.Kind.STRING && t.kind() != Token.Kind.DOLLAR_STRING)) {
      throw error("expected a quoted string");
    }
    pos++;
    return Names.stringValue(t);
  }

  /** {@code ( ... )}: the text between balanced parentheses, which are consumed. */
  final String parenthesized() {
    expectSymbol("(");
    int from = pos;
    int depth = 1;
    while (!atEnd()) {
      Token t = tokens.get(pos);
      if (t.isSymbol("(") || t.isSymbol("[")) {
        depth++;
      } else if (t.isSymbol(")") || t.isSymbol("]")) {
        if (--depth == 0) {
          String inner = text(from, pos);
          pos++;
          return inner;
        }
      }
      pos++;
    }
    throw error("expected )");
  }

  /**
   * The text of an expression (or any run of tokens) from here up to, not including, a comma or
   * closing parenthesis at depth 0, a keyword of {@code stop} at depth 0, or the end. At least one
   * token is taken.
   */
  final String textUntil(Set<String> stop) {
    int from = pos;
    int depth = 0;
    while (!atEnd()) {
      Token t = tokens.get(pos);
      if (t.isSymbol("(") || t.isSymbol("[")) {
        depth++;
      } else if (t.isSymbol(")") || t.isSymbol("]")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0
          && (t.isSymbol(",")
              || (pos > from
                  && t.kind() == Token.Kind.WORD
                  && stop.contains(t.text().toLowerCase(Locale.ROOT))))) {
        break;
      }
      pos++;
    }
    if (pos == from) {
      throw error("expected an expression");
    }
    return text(from, pos);
  }

  /** Skips to the end of the statement and returns the text skipped (null when nothing). */
  final String rest() {
    if (atEnd()) {
      return null;
    }
    int from = pos;
    pos = tokens.size();
    return text(from, pos);
  }

  /** The source text of tokens {@code [from, to)}. */
  final String text(int from, int to) {
    if (to <= from) {
      return "";
    }
    return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** From token {@code from} through the token before the current one. */
  final Span spanFrom(int from) {
    Token first = tokens.get(Math.min(from, tokens.size() - 1));
    Token last = tokens.get(Math.max(from, Math.min(pos, tokens.size()) - 1));
    return first.span().to(last.span());
  }

  /** The next word in upper case, taken; an error when there is none. */
  final String word() {
    Token t = peek();
    if (t == null || t.kind() != Token.Kind.WORD) {
      throw error("expected a keyword");
    }
    pos++;
    return t.upper();
  }

  /** Up to {@code max} leading words from {@code from}, in upper case, joined by spaces. */
  final String words(int from, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < tokens.size() && i < from + max; i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD) {
        break;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(t.upper());
    }
    return out.toString();
  }
}
