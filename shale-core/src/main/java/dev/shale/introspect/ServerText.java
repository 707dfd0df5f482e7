package dev.shale.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plain spelling of SQL text that the server printed (pg_get_expr, pg_get_indexdef,
 * pg_get_viewdef, all pretty-printed): the decorations the server adds and the parser would add
 * back by itself are taken off, so that what a user writes plainly ({@code status <> 'x'}) is what
 * introspection reads back (the server prints {@code status::text <> 'x'::text}). Every rule yields
 * text that the server parses back to the same expression; the text is then stable: what this
 * returns, applied and read again, returns itself.
 *
 * <ul>
 *   <li>layout: runs of white space outside quotes become one space; a view's final {@code ;} goes;
 *       parentheses around a whole check, default, generated expression or predicate go (an index
 *       key keeps them: CREATE INDEX needs them around an expression);
 *   <li>a string literal's cast to {@code text}, {@code character varying} or {@code bpchar} (the
 *       type an untyped literal takes in those places);
 *   <li>a string literal's cast to an enum type when it is compared ({@code role = 'admin'::role}),
 *       and in a default of a column of that enum: the literal takes the enum's type from the other
 *       side;
 *   <li>an integer's cast to numeric when it is compared ({@code price >= 0::numeric}): the other
 *       side is numeric, or the server would not have cast;
 *   <li>{@code x = ANY (ARRAY[a, b])} with two or more items is {@code x IN (a, b)}, and {@code x
 *       <> ALL (ARRAY[a, b])} is {@code x NOT IN (a, b)}: what the parser makes of those;
 *   <li>a varchar column's cast to {@code text} ({@code c::text}): varchar has no functions or
 *       operators of its own, so the parser adds that cast wherever the column is used as text;
 *   <li>a number the server prints quoted because of its sign or size ({@code '-1'::integer},
 *       {@code '5000000000'::bigint}, {@code '-2.5'::numeric}): the bare number, which parses to
 *       that type;
 *   <li>{@code COALESCE}, {@code GREATEST}, {@code LEAST}, {@code NULLIF} in lower case, as
 *       functions are written;
 *   <li>in a view over one relation, that relation's name before its columns ({@code t.c}), which
 *       PostgreSQL before 16 prints and later versions leave out.
 * </ul>
 *
 * Anything else stays as the server prints it ({@code BETWEEN} comes back as two comparisons, an
 * interval literal as {@code '…'::interval}, {@code SELECT *} as the column list).
 */
final class ServerText {
  private static final Set<String> STRING_CASTS = Set.of("text", "character varying", "bpchar");
  private static final Set<String> NUMBER_CASTS =
      Set.of("smallint", "integer", "bigint", "numeric");
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
  private static final Set<String> LOWER_CASE_FUNCTIONS =
      Set.of("COALESCE", "GREATEST", "LEAST", "NULLIF");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("\\d+");
  private static final Set<String> FROM_ENDS =
      Set.of(
          "where",
          "group",
          "having",
          "window",
          "order",
          "limit",
          "offset",
          "union",
          "intersect",
          "except",
          "fetch",
          "for");

  /**
   * What the rules need to know of the table: its varchar columns, and the enum types of the
   * database as the server prints their names ({@code mood}, {@code app.status}).
   */
  record Context(Set<String> varcharColumns, Set<String> enumTypes) {
    static final Context NONE = new Context(Set.of(), Set.of());
  }

  private ServerText() {}

  /** A check, predicate or generated expression. */
  static String expression(String text, Context context) {
    return text == null
        ? null
        : Token.join(stripEnclosing(plain(Token.split(text), context, null)));
  }

  /** An index key expression, which keeps its parentheses. */
  static String indexKey(String text, Context context) {
    return text == null ? null : Token.join(plain(Token.split(text), context, null));
  }

  /** A column default; {@code enumType} is the column's enum as the server prints it, or null. */
  static String columnDefault(String text, Context context, String enumType) {
    return text == null
        ? null
        : Token.join(stripEnclosing(plain(Token.split(text), context, enumType)));
  }

  /** A view's query. */
  static String viewQuery(String text, Context context) {
    List<Token> tokens = new ArrayList<>(Token.split(text));
    while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(";")) {
      tokens.remove(tokens.size() - 1);
    }
    tokens = plain(tokens, context, null);
    tokens = dropSingleRelationQualifier(tokens);
    return Token.join(tokens);
  }

  private static List<Token> plain(List<Token> tokens, Context context, String enumType) {
    List<Token> out = dropCasts(tokens, context, enumType);
    out = inLists(out, context);
    List<Token> cased = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Token t = out.get(i);
      boolean call = i + 1 < out.size() && out.get(i + 1).text().equals("(");
      cased.add(
          call && LOWER_CASE_FUNCTIONS.contains(t.text())
              ? new Token(t.text().toLowerCase(Locale.ROOT), t.spaceBefore())
              : t);
    }
    return cased;
  }

  /** Without parentheses that enclose the whole text. */
  private static List<Token> stripEnclosing(List<Token> tokens) {
    List<Token> out = tokens;
    while (out.size() >= 2 && out.get(0).text().equals("(") && closing(out, 0) == out.size() - 1) {
      out = new ArrayList<>(out.subList(1, out.size() - 1));
      out.set(0, new Token(out.get(0).text(), false));
    }
    return out;
  }

  /** The index of the parenthesis or bracket that closes the one at {@code open}, or -1. */
  private static int closing(List<Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if (t.equals("(") || t.equals("[")) {
        depth++;
      } else if (t.equals(")") || t.equals("]")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean compared(List<Token> tokens, int first, int afterLast) {
    return (first > 0 && COMPARISONS.contains(tokens.get(first - 1).text()))
        || (afterLast < tokens.size() && COMPARISONS.contains(tokens.get(afterLast).text()));
  }

  private static List<Token> dropCasts(List<Token> tokens, Context context, String enumType) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      CastType cast = CastType.at(tokens, i + 1);
      if (cast == null) {
        out.add(token);
        continue;
      }
      boolean castAgain = cast.end() < tokens.size() && tokens.get(cast.end()).text().equals("::");
      String value = token.isString() ? token.stringValue() : null;
      // ('now'::text)::date is evaluated on every insert; 'now'::date once, when it is created
      boolean castOfCast =
          castAgain
              || (i > 0
                  && tokens.get(i - 1).text().equals("(")
                  && cast.end() + 1 < tokens.size()
                  && tokens.get(cast.end()).text().equals(")")
                  && tokens.get(cast.end() + 1).text().equals("::"));
      boolean drop =
          (token.isString() && STRING_CASTS.contains(cast.name()) && !castOfCast)
              || (token.isString()
                  && context.enumTypes().contains(cast.name())
                  && (compared(tokens, i, cast.end())
                      || (cast.name().equals(enumType) && i == 0 && cast.end() == tokens.size())))
              || (INTEGER.matcher(token.text()).matches()
                  && cast.name().equals("numeric")
                  && !castAgain
                  && compared(tokens, i, cast.end()))
              || (cast.name().equals("text")
                  && token.isIdentifier()
                  && context.varcharColumns().contains(token.identifier())
                  && !(i > 0 && tokens.get(i - 1).text().equals(".")));
      if (drop) {
        out.add(token);
        i = cast.end() - 1;
      } else if (NUMBER_CASTS.contains(cast.name())
          && value != null
          && NUMBER.matcher(value).matches()
          && !castAgain) {
        out.add(new Token(value, token.spaceBefore()));
        i = cast.end() - 1;
      } else {
        out.add(token);
      }
    }
    return out;
  }

  /**
   * {@code = ANY (ARRAY[a, b, …])} as {@code IN (a, b, …)} and {@code <> ALL (ARRAY[…])} as {@code
   * NOT IN (…)}, when the array has two items or more (one item the parser makes a plain
   * comparison); an item's cast to an enum goes, as the list takes its type from the left side.
   */
  private static List<Token> inLists(List<Token> tokens, Context context) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean any = t.text().equals("=") && keywordAt(tokens, i + 1, "any");
      boolean all = t.text().equals("<>") && keywordAt(tokens, i + 1, "all");
      if ((any || all)
          && i + 4 < tokens.size()
          && tokens.get(i + 2).text().equals("(")
          && tokens.get(i + 3).isKeyword("array")
          && tokens.get(i + 4).text().equals("[")) {
        int close = closing(tokens, i + 4);
        int outer = close < 0 ? -1 : close + 1;
        if (outer > 0 && outer < tokens.size() && tokens.get(outer).text().equals(")")) {
          List<Token> items = withoutEnumCasts(tokens.subList(i + 5, close), context);
          if (items.stream().anyMatch(x -> x.text().equals(","))) {
            if (all) {
              out.add(new Token("NOT", t.spaceBefore()));
            }
            out.add(new Token("IN", all || t.spaceBefore()));
            out.add(new Token("(", true));
            out.addAll(items);
            out.add(new Token(")", false));
            i = outer;
            continue;
          }
        }
      }
      out.add(t);
    }
    return withoutParenthesesAroundIn(out);
  }

  /**
   * {@code (x IN (…))} as {@code x IN (…)} between AND, OR and NOT, which bind less tightly than
   * IN: the server keeps the parentheses it put around the {@code = ANY} form.
   */
  private static List<Token> withoutParenthesesAroundIn(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens);
    for (int i = 0; i + 3 < out.size(); i++) {
      if (!out.get(i).text().equals("(") || !out.get(i + 1).isIdentifier()) {
        continue;
      }
      int in = out.get(i + 2).isKeyword("not") ? i + 3 : i + 2;
      if (in + 1 >= out.size()
          || !out.get(in).isKeyword("in")
          || !out.get(in + 1).text().equals("(")) {
        continue;
      }
      int list = closing(out, in + 1);
      int end = closing(out, i);
      boolean before = i == 0 || out.get(i - 1).isKeywordIn(BOOLEAN_WORDS);
      boolean after = end + 1 == out.size() || out.get(end + 1).isKeywordIn(BOOLEAN_WORDS);
      if (list > 0 && end == list + 1 && before && after) {
        out.remove(end);
        out.remove(i);
        out.set(i, new Token(out.get(i).text(), i > 0));
      }
    }
    return out;
  }

  private static final Set<String> BOOLEAN_WORDS = Set.of("and", "or", "not");

  private static List<Token> withoutEnumCasts(List<Token> items, Context context) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      CastType cast = CastType.at(items, i + 1);
      if (cast != null && items.get(i).isString() && context.enumTypes().contains(cast.name())) {
        out.add(items.get(i));
        i = cast.end() - 1;
      } else {
        out.add(items.get(i));
      }
    }
    if (!out.isEmpty()) {
      out.set(0, new Token(out.get(0).text(), false));
    }
    return out;
  }

  private static boolean keywordAt(List<Token> tokens, int i, String word) {
    return i < tokens.size() && tokens.get(i).isKeyword(word);
  }

  /**
   * {@code t.c} becomes {@code c} when the top-level FROM names one relation (possibly qualified,
   * possibly aliased) and nothing else: what PostgreSQL 16 and later print. Not inside a subquery:
   * there the server qualifies every column, and {@code c} could name a column of the subquery's
   * own relations instead.
   */
  private static List<Token> dropSingleRelationQualifier(List<Token> tokens) {
    String alias = singleRelation(tokens);
    if (alias == null) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    // For each open parenthesis, whether it opens a subquery.
    List<Boolean> open = new ArrayList<>();
    int subqueries = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.text().equals("(")) {
        boolean subquery =
            i + 1 < tokens.size()
                && (tokens.get(i + 1).isKeyword("select")
                    || tokens.get(i + 1).isKeyword("with")
                    || tokens.get(i + 1).isKeyword("values"));
        open.add(subquery);
        subqueries += subquery ? 1 : 0;
      } else if (token.text().equals(")") && !open.isEmpty()) {
        subqueries -= open.remove(open.size() - 1) ? 1 : 0;
      }
      boolean qualifier =
          subqueries == 0
              && token.isIdentifier()
              && alias.equals(token.identifier())
              && i + 2 < tokens.size()
              && tokens.get(i + 1).text().equals(".")
              && (tokens.get(i + 2).isIdentifier() || tokens.get(i + 2).text().equals("*"))
              && !(i > 0 && tokens.get(i - 1).text().equals("."));
      if (qualifier) {
        Token column = tokens.get(i + 2);
        out.add(new Token(column.text(), token.spaceBefore()));
        i += 2;
        continue;
      }
      out.add(token);
    }
    return out;
  }

  /** The name columns of the one relation of the top-level FROM are qualified with, or null. */
  private static String singleRelation(List<Token> tokens) {
    int depth = 0;
    int from = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if (t.equals("(")) {
        depth++;
      } else if (t.equals(")")) {
        depth--;
      } else if (depth == 0 && tokens.get(i).isKeyword("from")) {
        if (from >= 0) {
          return null;
        }
        from = i;
      } else if (depth == 0
          && (tokens.get(i).isKeyword("union")
              || tokens.get(i).isKeyword("intersect")
              || tokens.get(i).isKeyword("except"))) {
        return null;
      }
    }
    if (from < 0) {
      return null;
    }
    List<Token> relation = new ArrayList<>();
    for (int i = from + 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isKeywordIn(FROM_ENDS)) {
        break;
      }
      relation.add(token);
    }
    // name | schema . name | name alias | schema . name alias
    int n = relation.size();
    if (n == 0 || relation.stream().anyMatch(t -> !t.isIdentifier() && !t.text().equals("."))) {
      return null;
    }
    boolean qualified = n >= 3 && relation.get(1).text().equals(".");
    int nameEnd = qualified ? 3 : 1;
    if (n == nameEnd) {
      return relation.get(nameEnd - 1).identifier();
    }
    if (n == nameEnd + 1) {
      return relation.get(nameEnd).identifier();
    }
    if (n == nameEnd + 2 && relation.get(nameEnd).isKeyword("as")) {
      return relation.get(nameEnd + 1).identifier();
    }
    return null;
  }

  /** A cast {@code ::type} starting at a token: the type's words and where the cast ends. */
  private record CastType(String name, int end) {
    static CastType at(List<Token> tokens, int i) {
      if (i >= tokens.size() || !tokens.get(i).text().equals("::")) {
        return null;
      }
      StringBuilder name = new StringBuilder();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).isIdentifier()) {
        if (name.length() > 0) {
          boolean dotted = tokens.get(j - 1).text().equals(".");
          if (!dotted && !isTypeWord(tokens.get(j))) {
            break;
          }
        }
        name.append(tokens.get(j).text());
        j++;
        if (j + 1 < tokens.size()
            && tokens.get(j).text().equals(".")
            && tokens.get(j + 1).isIdentifier()) {
          name.append('.');
          j++;
        } else if (j < tokens.size() && isTypeWord(tokens.get(j))) {
          name.append(' ');
        }
      }
      if (name.length() == 0) {
        return null;
      }
      String type = name.toString().strip();
      // a modifier or array brackets make it another type than the plain name says
      if (j < tokens.size()
          && (tokens.get(j).text().equals("(") || tokens.get(j).text().equals("["))) {
        return new CastType(type + tokens.get(j).text(), j);
      }
      return new CastType(type, j);
    }

    private static boolean isTypeWord(Token token) {
      return token.isKeyword("varying")
          || token.isKeyword("precision")
          || token.isKeyword("with")
          || token.isKeyword("without")
          || token.isKeyword("time")
          || token.isKeyword("zone");
    }
  }

  /**
   * A token of server-printed SQL: a string literal, a quoted or plain identifier, a number, an
   * operator or punctuation. White space is not a token; {@link #join} puts back one space where
   * the text had any.
   */
  record Token(String text, boolean spaceBefore) {
    boolean isString() {
      return text.startsWith("'") || text.startsWith("E'") || text.startsWith("e'");
    }

    /** The value of a plain {@code '...'} literal, or null for an escape string. */
    String stringValue() {
      return text.startsWith("'") ? text.substring(1, text.length() - 1).replace("''", "'") : null;
    }

    boolean isIdentifier() {
      char c = text.charAt(0);
      return c == '"' || Character.isLetter(c) || c == '_';
    }

    /** The name an identifier token stands for: quoted as written, plain folded to lower case. */
    String identifier() {
      if (text.startsWith("\"")) {
        return text.substring(1, text.length() - 1).replace("\"\"", "\"");
      }
      return text.toLowerCase(Locale.ROOT);
    }

    boolean isKeyword(String word) {
      return !text.startsWith("\"") && text.equalsIgnoreCase(word);
    }

    boolean isKeywordIn(Set<String> words) {
      return !text.startsWith("\"") && words.contains(text.toLowerCase(Locale.ROOT));
    }

    static List<Token> split(String text) {
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      int n = text.length();
      boolean space = false;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          space = true;
          i++;
          continue;
        }
        int end;
        if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < n && text.charAt(i + 1) == '\'')) {
          end = endOfQuoted(text, c == '\'' ? i : i + 1, '\'', c != '\'');
        } else if (c == '"') {
          end = endOfQuoted(text, i, '"', false);
        } else if (Character.isLetter(c) || c == '_') {
          end = i + 1;
          while (end < n
              && (Character.isLetterOrDigit(text.charAt(end))
                  || text.charAt(end) == '_'
                  || text.charAt(end) == '$')) {
            end++;
          }
        } else if (Character.isDigit(c)) {
          end = i + 1;
          while (end < n && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
          }
        } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
          end = i + 2;
        } else if ("(),[];.".indexOf(c) >= 0) {
          end = i + 1;
        } else {
          end = i + 1;
          while (end < n
              && "+-*/<>=~!@#%^&|`?".indexOf(text.charAt(end)) >= 0
              && "+-*/<>=~!@#%^&|`?".indexOf(c) >= 0) {
            end++;
          }
        }
        tokens.add(new Token(text.substring(i, end), space));
        space = false;
        i = end;
      }
      return tokens;
    }

    private static int endOfQuoted(String text, int start, char quote, boolean backslashes) {
      int i = start + 1;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (backslashes && c == '\\') {
          i += 2;
          continue;
        }
        if (c == quote) {
          if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
            i += 2;
            continue;
          }
          return i + 1;
        }
        i++;
      }
      return text.length();
    }

    static String join(List<Token> tokens) {
      StringBuilder out = new StringBuilder();
      for (Token token : tokens) {
        if (token.spaceBefore() && out.length() > 0) {
          out.append(' ');
        }
        out.append(token.text());
      }
      return out.toString();
    }
  }
}
